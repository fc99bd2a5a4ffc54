// MarkDocumentPaidIn: one dispatch on each detail's source-transaction-type.
#include "resources/coupa_pay/paid_documents.hpp"

#include <fmt/format.h>

#include <chrono>

#include "model/fields.hpp"
#include "resources/coupa_pay/expense_reports.hpp"
#include "resources/coupa_pay/payment_records.hpp"
#include "resources/invoices/invoice_payments.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace pay = model::coupa_pay_payment;
namespace detail_fields = model::coupa_pay_payment_detail;

// The invoice's payment-notes once paid in full, in the shape the ERP's own
// payment updates use: "<reference>|<currency>|<amount>|FULLY PAID|".
std::string PaidInFullNotes(const model::Record& detail, const std::string& reference,
                            const Decimal& amount) {
  std::string currency;
  if (const model::RecordPtr* c = detail.Get(detail_fields::kCurrency); c != nullptr && *c != nullptr) {
    currency = (*c)->GetOr(model::currency::kCode, "");
  }
  return fmt::format("{}|{}|{}|FULLY PAID|", reference, currency, amount.ToString(2));
}

// The calendar day a payment completing at `now` pays on (kLocalDate: the
// day's midnight as if UTC); the day is UTC's, as resources know no instance zone.
Timestamp PaymentDay(Timestamp now) { return std::chrono::floor<std::chrono::days>(now); }

Status MarkInvoicePaidByDetail(storage::UnitOfWork& uow, const model::Catalog& catalog,
                               const model::Record& detail, const std::string& notes, Timestamp now,
                               const Actor& by) {
  const int64_t* invoice_id = detail.Get(detail_fields::kSourceTransactionId);
  const Decimal* amount = detail.Get(detail_fields::kPaymentTotal);
  if (invoice_id == nullptr || amount == nullptr) {
    return Fail(
        InvalidArgument("a payment detail pays an invoice without source-transaction-id or payment-total"));
  }
  const Timestamp day = PaymentDay(now);
  APB_TRY(bool added, invoices::RecordPaymentIn(uow, catalog, *invoice_id, {*amount, day, notes}, now, by));
  (void)added;  // a payment recorded before (the same step retried) stays one
  return invoices::MarkInvoicePaidIn(uow, catalog, *invoice_id,
                                     {day, PaidInFullNotes(detail, notes, *amount)}, now, by);
}

}  // namespace

std::string PaymentNotes(const model::Record& payment) {
  std::string identifier = payment.GetOr(pay::kPaymentIdentifier, "");
  if (!identifier.empty()) return identifier;
  return fmt::format("Coupa Pay payment {}", payment.id().value_or(0));
}

Status MarkDocumentPaidIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                          const model::Record& payment, Timestamp now, const Actor& by) {
  const std::string status = payment.GetOr(pay::kStatus, "");
  if (status != "completed_successfully") {
    return Fail(
        Conflict(fmt::format("payment {} is {}: only a payment completed successfully pays its documents",
                             payment.id().value_or(0), status)));
  }
  const std::string notes = PaymentNotes(payment);
  for (const model::RecordPtr& detail : payment.GetOr(pay::kPaymentDetails, {})) {
    const std::string type = detail->GetOr(detail_fields::kSourceTransactionType, "");
    if (type == SourceTransactionType(PayableKind::kInvoice)) {
      APB_TRY_STATUS(MarkInvoicePaidByDetail(uow, catalog, *detail, notes, now, by));
    } else if (type == SourceTransactionType(PayableKind::kExpenseReport)) {
      const int64_t* report = detail->Get(detail_fields::kSourceTransactionId);
      if (report == nullptr) {
        return Fail(InvalidArgument("a payment detail pays an expense report without source-transaction-id"));
      }
      APB_TRY_STATUS(MarkExpenseReportPaidIn(uow, catalog, *report, PaymentDay(now), by, now));
    } else {
      return Fail(
          InvalidArgument(fmt::format("payment {} has a detail of unknown source-transaction-type '{}'",
                                      payment.id().value_or(0), type)));
    }
  }
  return Ok();
}

}  // namespace apbridge::resources::coupa_pay
