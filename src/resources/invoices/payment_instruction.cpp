// ApplyPaymentInstructionIn: check, match, then the invoice payment rules.
#include "resources/invoices/payment_instruction.hpp"

#include "resources/field_errors.hpp"
#include "resources/invoices/invoice_payments.hpp"

namespace apbridge::resources::invoices {

Result<PaymentOutcome> ApplyPaymentInstructionIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                                 const PaymentInstruction& instruction, Timestamp now,
                                                 const Actor& by) {
  if (!instruction.amount && !instruction.paid) {
    return Fail(FieldError("amount-paid", "the payment pays nothing: give an amount paid, or paid"));
  }
  if (instruction.amount && !instruction.payment_date) {
    return Fail(FieldError("payment-date", "a payment date is required with an amount paid"));
  }
  const std::optional<Timestamp> paid_on =
      instruction.paid_in_full_date ? instruction.paid_in_full_date : instruction.payment_date;
  if (instruction.paid && !paid_on) {
    return Fail(FieldError("payment-date", "a paid-in-full date or a payment date is required with paid"));
  }
  APB_TRY(int64_t invoice, MatchApprovedInvoice(uow, catalog, instruction.invoice));
  PaymentOutcome outcome{invoice, false, false};
  if (instruction.amount) {
    APB_TRY(
        outcome.payment_added,
        RecordPaymentIn(uow, catalog, invoice,
                        {*instruction.amount, *instruction.payment_date, instruction.check_note}, now, by));
  }
  if (instruction.paid) {
    APB_TRY_STATUS(
        MarkInvoicePaidIn(uow, catalog, invoice, {*paid_on, instruction.paid_in_full_note}, now, by));
    outcome.marked_paid = true;
  }
  return outcome;
}

}  // namespace apbridge::resources::invoices
