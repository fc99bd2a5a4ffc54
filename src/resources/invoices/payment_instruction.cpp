// ApplyPaymentInstructionIn: check, match, then the invoice payment rules.
#include "resources/invoices/payment_instruction.hpp"

#include "common/text.hpp"
#include "model/fields_internal.hpp"
#include "resources/coupa_pay/expense_reports.hpp"
#include "resources/field_errors.hpp"
#include "resources/invoices/invoice_payments.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace report = model::expense_report;

// The approved (or paid) expense report `written` names ("ER-12" or "12").
Result<model::RecordPtr> ApprovedExpenseReport(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                               std::string_view written) {
  std::string_view digits = written;
  if (digits.size() > 3 && IEquals(digits.substr(0, 3), "ER-")) digits.remove_prefix(3);
  int64_t id = 0;
  auto unknown = [&] {
    return Fail(FieldError("expense-report-id", "no expense report " + std::string(written)));
  };
  if (!ParseInt64(digits, &id) || id <= 0) return unknown();
  const model::Resource& reports = catalog.Get(model::defs::kExpenseReport.name);
  auto found = uow.Get(id, *reports.projection(model::Shape::kStored));
  if (!found && found.error().code == ErrorCode::kNotFound) return unknown();
  if (!found) return Fail(found.error());
  const std::string status = (*found)->GetOr(report::kStatus, "");
  if (status != "approved" && status != "approved_for_payment" && status != "paid") {
    return Fail(FieldError("expense-report-id",
                           "expense report " + std::string(written) + " is " + status + ", not approved"));
  }
  return *found;
}

}  // namespace

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
  if (!instruction.expense_report.empty()) {
    APB_TRY(model::RecordPtr found, ApprovedExpenseReport(uow, catalog, instruction.expense_report));
    const int64_t id = found->id().value_or(0);
    if (found->GetOr(report::kPaid, false)) return PaymentOutcome{0, id, false, false};
    if (!paid_on)
      return Fail(FieldError("payment-date", "a payment date is required to pay an expense report"));
    APB_TRY_STATUS(coupa_pay::MarkExpenseReportPaidIn(uow, catalog, id, *paid_on, by, now));
    return PaymentOutcome{0, id, false, true};
  }
  APB_TRY(int64_t invoice, MatchApprovedInvoice(uow, catalog, instruction.invoice));
  PaymentOutcome outcome{invoice, 0, false, false};
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
