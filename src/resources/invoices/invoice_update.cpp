// InvoiceUpdater: the element rules, payments from the ERP and exported
// marking, checked in full before anything is written.
#include "resources/invoices/invoice_update.hpp"

#include <set>
#include <tuple>
#include <variant>

#include "model/fields.hpp"
#include "resources/field_errors.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

using model::Record;
using model::RecordList;
using model::RecordPtr;
using model::Value;
namespace header = model::invoice_header;
namespace payment = model::payment;

// The id a reference value names; nullopt for null or none.
std::optional<int64_t> ReferencedId(const Value& value) {
  const auto* ref = std::get_if<RecordPtr>(&value);
  return ref != nullptr && *ref != nullptr ? (*ref)->id() : std::nullopt;
}

std::vector<int64_t> ItemIds(const Value& value) {
  std::vector<int64_t> ids;
  if (const auto* items = std::get_if<RecordList>(&value)) {
    for (const RecordPtr& item : *items) ids.push_back(item != nullptr ? item->id().value_or(0) : 0);
  }
  return ids;
}

// Whether `sent` leaves field `f` as `stored` has it: the same value, the
// same referenced record, the same items.
bool Unchanged(const model::Field& f, const Value& sent, const Value& stored) {
  if (f.type == model::FieldType::kReference) return ReferencedId(sent) == ReferencedId(stored);
  if (f.type == model::FieldType::kCollection) return ItemIds(sent) == ItemIds(stored);
  const bool sent_null = std::holds_alternative<model::Null>(sent);
  const bool stored_null =
      std::holds_alternative<model::Null>(stored) || std::holds_alternative<model::Absent>(stored);
  if (sent_null || stored_null) return sent_null == stored_null;
  return sent == stored;
}

std::string ValueText(const Value& value) {
  const auto* n = std::get_if<int64_t>(&value);
  return n != nullptr ? std::to_string(*n) : "none";
}

// A payment as the duplicate check sees it: date, notes, amount.
using PaymentKey = std::tuple<std::optional<Timestamp>, std::string, std::optional<Decimal>>;

PaymentKey KeyOf(const Record& p) {
  std::string notes = p.GetOr(payment::kNotes, "");
  if (notes.empty()) notes = p.GetOr(payment::kCheckNumber, "");
  const Decimal* amount = p.Get(payment::kAmountPaid);
  const Timestamp* date = p.Get(payment::kPaymentDate);
  return {date ? std::optional(*date) : std::nullopt, std::move(notes),
          amount ? std::optional(*amount) : std::nullopt};
}

}  // namespace

InvoiceUpdater::InvoiceUpdater(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                               UpdateOptions options)
    : store_(store), invoice_(catalog.Get("invoice-header")), clock_(clock), options_(options) {}

Status InvoiceUpdater::Update(int64_t id, const InvoiceChanges& changes) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(RecordPtr current, uow->Get(id, *invoice_.projection(model::Shape::kStored)));
  const model::Resource& payment_resource = *invoice_.Target(header::kPayments.index);

  auto update = Record::Make(invoice_);
  update->Set(header::kId, id);
  RecordList new_payments;
  FieldErrors errors;
  if (changes.body != nullptr) {
    const Record& body = *changes.body;
    for (int i = 1; i < invoice_.field_count(); ++i) {
      const model::Field& f = invoice_.field(i);
      if (!body.Has(i) || f.IsCustomFields()) continue;
      const Value& sent = body.Get(i);
      if (i == header::kPayments.index) {  // appended below
        if (const auto* items = std::get_if<RecordList>(&sent)) new_payments = *items;
        continue;
      }
      const Value& stored = current->Get(i);
      // They describe the copy the client read, which moved on at the last write.
      if (i == header::kUpdatedAt.index || i == header::kUpdatedBy.index) continue;
      if (i == header::kLockVersionKey.index) {  // optimistic locking, as Rails' lock_version
        if (!Unchanged(f, sent, stored)) {
          return Fail(Conflict("lock-version-key: invoice " + std::to_string(id) +
                               " was changed since this copy was read (sent " + ValueText(sent) + ", now " +
                               ValueText(stored) + "); read it again and resend the change"));
        }
        continue;
      }
      if (!f.Has(model::kIn) || f.type == model::FieldType::kCollection) {
        if (Unchanged(f, sent, stored) || (options_.lenient && !f.Has(model::kIn))) continue;
        errors.Add(f.name, f.Has(model::kIn) ? "cannot be changed through this route" : "is read-only");
        continue;
      }
      if (f.Has(model::kRequired) && std::holds_alternative<model::Null>(sent)) {
        errors.Add(f.name, "is required");
        continue;
      }
      if (f.type == model::FieldType::kReference) {
        const std::optional<int64_t> target = ReferencedId(sent);
        if (!target && !std::holds_alternative<model::Null>(sent)) {
          errors.Add(f.name, "needs the id of a " + std::string(invoice_.Target(i)->name()));
          continue;
        }
        if (target) {
          auto found = uow->Get(*target, *invoice_.Target(i)->projection(model::Shape::kLimited));
          if (!found) {
            if (found.error().code != ErrorCode::kNotFound) return Fail(found.error());
            errors.Add(f.name, "names no " + std::string(invoice_.Target(i)->name()) + " with id " +
                                   std::to_string(*target));
            continue;
          }
        }
      }
      update->Set(i, sent);
    }
  }
  if (changes.exported) update->Set(header::kExported, *changes.exported);

  // Payments: complete, then appended unless the invoice has them already.
  std::set<PaymentKey> known;
  std::set<int64_t> recorded;
  for (const RecordPtr& p : current->GetOr(header::kPayments, {})) {
    known.insert(KeyOf(*p));
    recorded.insert(p->id().value_or(0));
  }
  RecordList appended;
  for (size_t n = 0; n < new_payments.size(); ++n) {
    const Record& sent = *new_payments[n];
    const std::string path = "payments[" + std::to_string(n) + "]";
    if (sent.id()) {  // one the invoice has, sent back by a client that GETs, edits and PUTs
      if (!recorded.contains(*sent.id())) {
        errors.Add(path + ".id", "names no payment of this invoice (payments are appended without an id)");
      }
      continue;
    }
    if (sent.Get(payment::kAmountPaid) == nullptr) {
      errors.Add(path + ".amount-paid", "is required");
      continue;
    }
    if (!known.insert(KeyOf(sent)).second) continue;  // an exact duplicate
    appended.push_back(new_payments[n]);
  }
  if (!errors.empty()) return Fail(errors.ToError("the invoice has invalid elements"));

  const Timestamp now = clock_.Now();
  if (const bool* exported = update->Get(header::kExported); exported != nullptr && *exported) {
    update->Set(header::kLastExportedAt, now);
  }
  StampUpdated(*update, *current, now, changes.by);
  APB_TRY_STATUS(uow->Update(*update));
  for (const RecordPtr& sent : appended) {
    auto p = Record::Make(payment_resource);
    for (int i = 1; i < payment_resource.field_count(); ++i) {
      if (sent->Has(i) && payment_resource.field(i).Has(model::kIn)) p->Set(i, sent->Get(i));
    }
    if (sent->Get(payment::kNotes) == nullptr) {
      if (const std::string* check = sent->Get(payment::kCheckNumber)) p->Set(payment::kNotes, *check);
    }
    StampCreated(*p, now, changes.by);
    APB_TRY(int64_t ignored, uow->Insert(*p, storage::Owner{"invoice_header_id", id}));
    (void)ignored;
  }
  return uow->Commit();
}

}  // namespace apbridge::resources::invoices
