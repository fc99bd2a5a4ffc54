// LoadDemoData: the entry point (one unit of work, idempotent) and the small
// helpers the demo_*.cpp builders share.
#include "resources/demo_data.hpp"

#include <stdexcept>

#include "common/text.hpp"
#include "resources/coupa_pay_draft.hpp"
#include "resources/demo_data_internal.hpp"

namespace apbridge::resources {
namespace demo {

Timestamp At(std::string_view literal) {
  auto t = ParseTimestamp(literal);
  if (!t) throw std::logic_error("demo data: bad timestamp literal " + std::string(literal));
  return *t;
}

model::Value AtOrNull(std::string_view literal) {
  return literal.empty() ? model::Value{model::Null{}} : model::Value{At(literal)};
}

Decimal Amount(std::string_view literal) {
  auto d = Decimal::Parse(literal);
  if (!d) throw std::logic_error("demo data: bad decimal literal " + std::string(literal));
  return *d;
}

Decimal RoundHalfUp(const Decimal& value, int scale) {
  if (value.scale() <= scale) return value;
  __int128 factor = 1;
  for (int i = value.scale(); i > scale; --i) factor *= 10;
  __int128 quotient = value.mantissa() / factor;
  __int128 remainder = value.mantissa() % factor;
  if (remainder < 0) remainder = -remainder;
  if (2 * remainder >= factor) quotient += value.IsNegative() ? -1 : 1;
  return Decimal::FromScaled(quotient, scale);
}

std::string FullName(const UserSpec& user) {
  return std::string(user.firstname) + " " + std::string(user.lastname);
}

std::string Email(const UserSpec& user) {
  return AsciiLower(std::string(user.firstname) + "." + std::string(user.lastname)) + "@acme.example";
}

model::RecordPtr Builder::New(std::string_view resource) const {
  return model::Record::Make(catalog_.Get(resource));
}

model::RecordPtr Builder::Ref(std::string_view resource, int64_t id) const {
  auto r = New(resource);
  r->Set("id", id);
  return r;
}

model::RecordPtr Builder::Stamped(std::string_view resource, Timestamp created, Timestamp updated) const {
  auto r = New(resource);
  // Some resources (currency, coupa-pay-payee) carry no timestamps.
  if (r->resource().IndexOf("created-at") >= 0) r->Set("created-at", created);
  if (r->resource().IndexOf("updated-at") >= 0) r->Set("updated-at", updated);
  return r;
}

Result<bool> EnsureReferenceData(Builder& b) {
  auto first_currency = b.unit_of_work().Get(b.catalog().Get("currency"), kUsd,
                                             storage::LoadPlan{storage::LoadPlan::Shape::kLimited});
  if (first_currency) return false;
  if (first_currency.error().code != ErrorCode::kNotFound) return Fail(first_currency.error());
  APB_TRY_STATUS(InsertReferenceData(b));
  APB_TRY_STATUS(InsertCoupaPayReferenceData(b));
  return true;
}

}  // namespace demo

namespace {

// The record whose presence means the demo data is loaded: the spec's invoice.
constexpr int64_t kMarkerInvoiceId = 106;

Result<bool> MarkerPresent(storage::UnitOfWork& uow, const model::Catalog& catalog) {
  auto marker = uow.Get(catalog.Get("invoice-header"), kMarkerInvoiceId,
                        storage::LoadPlan{storage::LoadPlan::Shape::kLimited});
  if (marker) return true;
  if (marker.error().code == ErrorCode::kNotFound) return false;
  return Fail(marker.error());
}

Status LoadUnlessPresent(storage::Store& store, const model::Catalog& catalog) {
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  APB_TRY(bool present, MarkerPresent(*uow, catalog));
  if (present) return Ok();
  demo::Builder builder(*uow, catalog);
  APB_TRY(bool inserted, demo::EnsureReferenceData(builder));
  (void)inserted;
  APB_TRY(std::vector<demo::Payable> approved_invoices, demo::InsertInvoices(builder));
  APB_TRY_STATUS(demo::InsertCoupaPay(builder, approved_invoices));
  return uow->Commit();
}

}  // namespace

Status LoadDemoData(storage::Store& store, const model::Catalog& catalog, const Clock& clock) {
  (void)clock;  // the data set is fixed: every timestamp in it is a literal
  Status loaded = LoadUnlessPresent(store, catalog);
  if (loaded || loaded.error().code != ErrorCode::kConflict) return loaded;
  // Another server sharing the database may have loaded it at the same time.
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kRead));
  APB_TRY(bool present, MarkerPresent(*uow, catalog));
  return present ? Ok() : loaded;
}

}  // namespace apbridge::resources
