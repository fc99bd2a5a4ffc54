// The one builder of Coupa Pay payment records: a payment with one payment
// detail per document it pays, amounts exact, its reporting-currency totals
// and its identifiers. The demo data set, `seed` and pay runs all make their
// payments with it, so a payment looks the same whoever made it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/decimal.hpp"
#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "model/record.hpp"

namespace apbridge::resources::coupa_pay {

// What a Coupa Pay payment can pay: an invoice or an expense report.
enum class PayableKind { kInvoice, kExpenseReport };

// How a payment detail names what it pays (payable-type: Coupa Pay's own
// record, REFERENCE.md "Shapes") and the document behind it
// (source-transaction-type: the core resource, as Coupa's documented example).
[[nodiscard]] constexpr std::string_view PayableType(PayableKind kind) {
  return kind == PayableKind::kInvoice ? "CoupaPay::Invoice" : "CoupaPay::ExpenseReport";
}
[[nodiscard]] constexpr std::string_view SourceTransactionType(PayableKind kind) {
  return kind == PayableKind::kInvoice ? "InvoiceHeader" : "ExpenseReport";
}
// Its payable-document-type, as pay-from accounts list what they pay (document-types).
[[nodiscard]] constexpr std::string_view PayableDocumentType(PayableKind kind) {
  return kind == PayableKind::kInvoice ? "Invoice" : "ExpenseReport";
}
// The pay-to account type of whoever is paid for such documents.
[[nodiscard]] constexpr std::string_view PayToAccountType(PayableKind kind) {
  return kind == PayableKind::kInvoice ? "CoupaPay::SupplierPaymentAccount"
                                       : "CoupaPay::EmployeePaymentAccount";
}

// A reference to record `id` of `resource`, as stored references are: only its id.
[[nodiscard]] model::RecordPtr RecordRef(const model::Catalog& catalog, const model::ResourceDef& resource,
                                         int64_t id);

// Whether a payment in `status` has been released to the bank.
[[nodiscard]] bool IsReleased(std::string_view status);
// Whether a payment in `status` still pays its documents: any but a closed
// one, cancelled or failed (whose documents may be paid again).
[[nodiscard]] bool IsOpen(std::string_view status);
[[nodiscard]] std::span<const std::string_view> ClosedPaymentStatuses();

// Payments are reported in USD, at these fixed rates from the currencies
// Coupa Pay pays in; none for another currency.
inline constexpr std::string_view kReportingCurrencyCode = "USD";
[[nodiscard]] std::optional<Decimal> ReportingRate(std::string_view currency_code);

// One document a payment pays.
struct PaidDocument {
  int64_t id = 0;        // the invoice's or expense report's id
  std::string number;    // invoice-number, or the expense report's reference
  int64_t currency = 0;  // currency id
  Decimal total;         // what is paid for it
};

// Everything a payment record says, as plain values. The documents share
// one payee and one currency (the pay-to currency); the pay-from account
// pays in that currency too (exchange-rate 1).
struct PaymentRecordSpec {
  std::string status;
  PayableKind kind = PayableKind::kInvoice;
  std::vector<PaidDocument> documents;  // at least one
  int64_t pay_from = 0;                 // coupa-pay-company-payment-account id
  std::string transfer_type;
  std::string legal_entity_name;
  int64_t pay_to = 0;  // coupa-pay-payment-account id
  int64_t payee = 0;   // coupa-pay-payee id
  std::string payee_name;
  int64_t reporting_currency = 0;         // currency id of kReportingCurrencyCode
  std::optional<Decimal> reporting_rate;  // none: no reporting totals
  int64_t batch = 0;                      // coupa-pay-payment-batch id
  int64_t line_num = 0;                   // position in the batch, from 1
  int64_t sequence = 0;                   // numbers payment-identifier and external-ref-id
  Timestamp created_at;
  Timestamp updated_at;
  std::optional<Timestamp> released_at;  // set: released, with an external-ref-id
  std::optional<Timestamp> exported_at;
  std::string error_text;     // empty: none
  std::optional<int64_t> by;  // created-by and updated-by user; none: null
};

// The payment's payment-identifier and external-ref-id for `sequence`.
[[nodiscard]] std::string PaymentIdentifier(int64_t sequence);
[[nodiscard]] int64_t ExternalRefId(int64_t sequence);
// The sum of what the documents pay, exactly.
[[nodiscard]] Decimal PaymentTotal(const std::vector<PaidDocument>& documents);

// The payment record (no id: the store assigns one, unless the caller sets
// it) with one payment detail per document, in their order. Pay-from, pay-to
// and pay-from-estimated totals are the sum of the details; the reporting
// totals are that sum at the reporting rate, rounded half away from zero to
// the cent. A spec without documents is a bug (throws std::logic_error).
[[nodiscard]] model::RecordPtr MakePaymentRecord(const model::Catalog& catalog,
                                                 const PaymentRecordSpec& spec);

// A payment batch record (no id): released or pending_release.
[[nodiscard]] model::RecordPtr MakePaymentBatchRecord(const model::Catalog& catalog, std::string description,
                                                      bool released, Timestamp created, Timestamp updated,
                                                      std::optional<int64_t> by);

}  // namespace apbridge::resources::coupa_pay
