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
  std::optional<Decimal> amount;          // Check Amount Paid; negative: a reversal
  std::string check_note;                 // Check # / Note: the payment's notes
  std::optional<Timestamp> payment_date;  // Check Payment Date (a calendar date)
  bool paid = false;                      // Paid: the invoice is paid in full
  std::optional<Timestamp> paid_in_full_date;
  std::string paid_in_full_note;
};

struct PaymentOutcome {
  int64_t invoice_id = 0;
  bool payment_added = false;  // false: no amount, or the same payment was recorded before
  bool marked_paid = false;
};

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
