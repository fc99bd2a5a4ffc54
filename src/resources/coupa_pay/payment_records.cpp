// MakePaymentRecord: a payment and its details from plain values, totals
// summed exactly and converted to the reporting currency.
#include "resources/coupa_pay/payment_records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <stdexcept>

#include "model/fields.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace defs = model::defs;
namespace payment = model::coupa_pay_payment;
namespace detail = model::coupa_pay_payment_detail;
namespace batch = model::coupa_pay_payment_batch;

// Bookkeeping fields the field handles leave out (every record has them).
constexpr auto kPaymentCreatedAt = model::FieldOf<Timestamp>(defs::kCoupaPayPayment, "created-at");
constexpr auto kPaymentUpdatedAt = model::FieldOf<Timestamp>(defs::kCoupaPayPayment, "updated-at");
constexpr auto kDetailCreatedAt = model::FieldOf<Timestamp>(defs::kCoupaPayPaymentDetail, "created-at");
constexpr auto kDetailUpdatedAt = model::FieldOf<Timestamp>(defs::kCoupaPayPaymentDetail, "updated-at");
constexpr auto kBatchCreatedAt = model::FieldOf<Timestamp>(defs::kCoupaPayPaymentBatch, "created-at");
constexpr auto kBatchUpdatedAt = model::FieldOf<Timestamp>(defs::kCoupaPayPaymentBatch, "updated-at");

// Money rounds to the cent: every currency Coupa Pay pays in has two decimals.
constexpr int kCurrencyDecimals = 2;

constexpr std::string_view kClosedStatuses[] = {"cancelled", "completed_with_errors"};

struct Rate {
  std::string_view code;
  std::string_view rate;
};
constexpr Rate kReportingRates[] = {{"USD", "1"}, {"EUR", "1.0850"}, {"GBP", "1.2700"}};

// created-by and updated-by of a record made by `by` (null for nobody).
void SetMadeBy(const model::Catalog& catalog, model::Record& record,
               model::FieldRef<model::RecordPtr> created_by, model::FieldRef<model::RecordPtr> updated_by,
               std::optional<int64_t> by) {
  for (auto field : {created_by, updated_by}) {
    record.SetOrNull(field, by ? std::optional(RecordRef(catalog, defs::kUser, *by)) : std::nullopt);
  }
}

model::RecordPtr MakeDetail(const model::Catalog& catalog, const PaymentRecordSpec& spec,
                            const PaidDocument& doc) {
  auto d = model::Record::Make(catalog.Get(defs::kCoupaPayPaymentDetail.name));
  d->Set(kDetailCreatedAt, spec.created_at);
  d->Set(kDetailUpdatedAt, spec.updated_at);
  d->Set(detail::kCurrency, RecordRef(catalog, defs::kCurrency, doc.currency));
  d->Set(detail::kPaymentTotal, doc.total);
  d->Set(detail::kTransactionTotal, doc.total);
  d->Set(detail::kDiscountTotal, Decimal::FromInt(0));
  d->Set(detail::kAdjustmentTotal, Decimal::FromInt(0));
  d->Set(detail::kPayableId, doc.id);
  d->Set(detail::kPayableType, std::string(PayableType(spec.kind)));
  d->Set(detail::kPayableDocumentType, std::string(PayableDocumentType(spec.kind)));
  d->Set(detail::kSourceTransactionId, doc.id);
  d->Set(detail::kSourceTransactionReference, doc.number);
  d->Set(detail::kSourceTransactionType, std::string(SourceTransactionType(spec.kind)));
  SetMadeBy(catalog, *d, detail::kCreatedBy, detail::kUpdatedBy, spec.by);
  return d;
}

}  // namespace

model::RecordPtr RecordRef(const model::Catalog& catalog, const model::ResourceDef& resource, int64_t id) {
  auto r = model::Record::Make(catalog.Get(resource.name));
  r->Set(0, id);
  return r;
}

bool IsReleased(std::string_view status) {
  return status != "draft" && status != "approved" && status != "cancelled";
}

bool IsOpen(std::string_view status) {
  return std::find(std::begin(kClosedStatuses), std::end(kClosedStatuses), status) ==
         std::end(kClosedStatuses);
}

std::span<const std::string_view> ClosedPaymentStatuses() { return kClosedStatuses; }

std::optional<Decimal> ReportingRate(std::string_view currency_code) {
  for (const Rate& r : kReportingRates) {
    if (r.code == currency_code) return *Decimal::Parse(r.rate);
  }
  return std::nullopt;
}

std::string PaymentIdentifier(int64_t sequence) { return fmt::format("PMT-{:06}", 100001 + sequence); }
int64_t ExternalRefId(int64_t sequence) { return int64_t{5500000} + sequence; }

Decimal PaymentTotal(const std::vector<PaidDocument>& documents) {
  Decimal total = Decimal::FromInt(0);
  for (const PaidDocument& doc : documents) total = total + doc.total;
  return total;
}

model::RecordPtr MakePaymentRecord(const model::Catalog& catalog, const PaymentRecordSpec& spec) {
  if (spec.documents.empty()) throw std::logic_error("MakePaymentRecord: a payment without documents");
  const bool employee = spec.kind == PayableKind::kExpenseReport;
  const int64_t currency = spec.documents.front().currency;

  model::RecordList details;
  std::string numbers;
  for (const PaidDocument& doc : spec.documents) {
    details.push_back(MakeDetail(catalog, spec, doc));
    numbers += (numbers.empty() ? "" : ", ") + doc.number;
  }
  const Decimal total = PaymentTotal(spec.documents);

  auto p = model::Record::Make(catalog.Get(defs::kCoupaPayPayment.name));
  p->Set(kPaymentCreatedAt, spec.created_at);
  p->Set(kPaymentUpdatedAt, spec.updated_at);
  p->Set(payment::kStatus, spec.status);
  p->Set(payment::kType, std::string(employee ? "CoupaPay::ExpensePayment" : "CoupaPay::InvoicePayment"));
  p->Set(payment::kDescription,
         fmt::format("{} to {} for {}", employee ? "Reimbursement" : "Payment", spec.payee_name, numbers));
  p->Set(payment::kPaymentIdentifier, PaymentIdentifier(spec.sequence));
  p->Set(payment::kLineNum, spec.line_num);
  p->Set(payment::kPaymentBatch, RecordRef(catalog, defs::kCoupaPayPaymentBatch, spec.batch));
  p->Set(payment::kPayFromAccount, RecordRef(catalog, defs::kCoupaPayCompanyPaymentAccount, spec.pay_from));
  p->Set(payment::kPayFromCurrency, RecordRef(catalog, defs::kCurrency, currency));
  p->Set(payment::kPayToAccount, RecordRef(catalog, defs::kCoupaPayPaymentAccount, spec.pay_to));
  p->Set(payment::kPayToCurrency, RecordRef(catalog, defs::kCurrency, currency));
  p->Set(payment::kPayee, RecordRef(catalog, defs::kCoupaPayPayee, spec.payee));
  p->Set(payment::kTransferType, spec.transfer_type);
  p->Set(payment::kExchangeRate, Decimal::FromInt(1));
  p->Set(payment::kPayFromTotal, total);
  p->Set(payment::kEstimatedPayFromTotal, total);
  p->Set(payment::kPayToTotal, total);
  if (spec.reporting_rate) {
    const Decimal reporting_total =
        (total * *spec.reporting_rate).Rounded(kCurrencyDecimals, RoundingMode::kHalfAwayFromZero);
    p->Set(payment::kReportingCurrency, RecordRef(catalog, defs::kCurrency, spec.reporting_currency));
    p->Set(payment::kReportingPayFromTotal, reporting_total);
    p->Set(payment::kReportingPayToTotal, reporting_total);
  } else {
    p->SetNull(payment::kReportingCurrency);
    p->SetNull(payment::kReportingPayFromTotal);
    p->SetNull(payment::kReportingPayToTotal);
  }
  p->Set(payment::kLegalEntityName, spec.legal_entity_name);
  p->Set(payment::kSourceName, std::string("CoupaPay"));
  p->Set(payment::kRequestedExecutionDate, spec.created_at + std::chrono::days{1});
  p->SetOrNull(payment::kReleasedAt, spec.released_at);
  p->SetOrNull(payment::kExternalRefId,
               spec.released_at ? std::optional(ExternalRefId(spec.sequence)) : std::nullopt);
  p->SetOrNull(payment::kErrorText,
               spec.error_text.empty() ? std::nullopt : std::optional<std::string>(spec.error_text));
  p->Set(payment::kExported, spec.exported_at.has_value());
  p->SetOrNull(payment::kLastExportedAt, spec.exported_at);
  p->Set(payment::kPaymentDetails, std::move(details));
  SetMadeBy(catalog, *p, payment::kCreatedBy, payment::kUpdatedBy, spec.by);
  return p;
}

model::RecordPtr MakePaymentBatchRecord(const model::Catalog& catalog, std::string description, bool released,
                                        Timestamp created, Timestamp updated, std::optional<int64_t> by) {
  auto r = model::Record::Make(catalog.Get(defs::kCoupaPayPaymentBatch.name));
  r->Set(kBatchCreatedAt, created);
  r->Set(kBatchUpdatedAt, updated);
  r->Set(batch::kDescription, std::move(description));
  r->Set(batch::kStatus, std::string(released ? "released" : "pending_release"));
  SetMadeBy(catalog, *r, batch::kCreatedBy, batch::kUpdatedBy, by);
  return r;
}

}  // namespace apbridge::resources::coupa_pay
