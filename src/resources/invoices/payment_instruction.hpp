// A payment the ERP sends outside the API (a row of Incoming/Invoice
// Payments, REFERENCE.md's invoice payment columns), applied by the same
// rules as the API's payment update (invoice_payments.cpp).
#pragma once

#include <optional>
#include <string>

#include "common/decimal.hpp"
#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "resources/invoices/payment_match.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

struct PaymentInstruction {
  InvoiceKey invoice;
  // Expense Report Id (its id, or report-number ER-<id>): the row pays that
  // approved expense report instead of an invoice (paid in full; amount and
  // check note are the ERP's record, the report keeps no payments).
  std::string expense_report;
  std::optional<Decimal> amount;          // Check Amount Paid; negative: a reversal
  std::string check_note;                 // Check # / Note: the payment's notes
  std::optional<Timestamp> payment_date;  // Check Payment Date (a calendar date)
  bool paid = false;                      // Paid: the invoice is paid in full
  std::optional<Timestamp> paid_in_full_date;
  std::string paid_in_full_note;
};

struct PaymentOutcome {
  int64_t invoice_id = 0;         // 0 for an expense report
  int64_t expense_report_id = 0;  // 0 for an invoice
  bool payment_added = false;     // false: no amount, or the same payment was recorded before
  bool marked_paid = false;
};

// An expense report is marked paid (coupa_pay::MarkExpenseReportPaidIn),
// dated as an invoice paid in full would be; one already paid is left as it
// is. InvalidArgument naming expense-report-id: no such report, or one not
// approved.
//
// In `uow`: finds the one approved invoice (MatchApprovedInvoice), records
// the payment when an amount is given (an exact duplicate is skipped), and
// marks the invoice paid in full when `paid` (dated paid_in_full_date, else
// payment_date). InvalidArgument naming the element: an amount without a
// payment date, a paid without any date, an instruction that pays nothing,
// and every refusal of MatchApprovedInvoice. Nothing is written on failure
// once the caller drops the unit of work.
[[nodiscard]] Result<PaymentOutcome> ApplyPaymentInstructionIn(storage::UnitOfWork& uow,
                                                               const model::Catalog& catalog,
                                                               const PaymentInstruction& instruction,
                                                               Timestamp now, const Actor& by);

}  // namespace apbridge::resources::invoices
