// InvoicePaymentRows: REFERENCE.md's invoice payment columns, read cell by
// cell into a PaymentInstruction.
#include "flatfile/invoice_payment_rows.hpp"

#include "codec/csv_values.hpp"

namespace apbridge::flatfile {
namespace {

namespace invoices = resources::invoices;
using codec::CsvColumns;
using resources::flat_files::RowOutcome;

constexpr std::string_view kSupplierName = "Supplier Name";
constexpr std::string_view kSupplierNumber = "Supplier Number";
constexpr std::string_view kInvoiceNumber = "Invoice Number";
constexpr std::string_view kInvoiceDate = "Invoice Date";
constexpr std::string_view kInvoiceId = "Invoice ID";
constexpr std::string_view kExpenseReportId = "Expense Report Id";
constexpr std::string_view kPaid = "Paid";
constexpr std::string_view kPaidInFullDate = "Paid-in-Full Date";
constexpr std::string_view kPaidInFullNote = "Paid-in-Full Note";
constexpr std::string_view kCheckAmountPaid = "Check Amount Paid";
constexpr std::string_view kCheckNote = "Check # / Note";
constexpr std::string_view kCheckPaymentDate = "Check Payment Date";
constexpr std::string_view kCategory = "Category";

// None is required alone: CheckHeader says which combinations are.
constexpr CsvColumns::Expected kColumns[] = {
    {kSupplierName},   {kSupplierNumber},  {kInvoiceNumber}, {kInvoiceDate},
    {kInvoiceId},      {kExpenseReportId}, {kPaid},          {kPaidInFullDate},
    {kPaidInFullNote}, {kCheckAmountPaid}, {kCheckNote},     {kCheckPaymentDate},
    {kCategory},
};

}  // namespace

Result<invoices::PaymentInstruction> PaymentInstructionOf(const CsvColumns& columns,
                                                          const codec::CsvRow& row) {
  invoices::PaymentInstruction p;
  APB_TRY(p.invoice.invoice_id, codec::CsvInteger(columns.Value(row, kInvoiceId), kInvoiceId));
  p.invoice.invoice_number = std::string(columns.Value(row, kInvoiceNumber));
  p.invoice.supplier_number = std::string(columns.Value(row, kSupplierNumber));
  p.invoice.supplier_name = std::string(columns.Value(row, kSupplierName));
  APB_TRY(p.invoice.invoice_date, codec::CsvDate(columns.Value(row, kInvoiceDate), kInvoiceDate));
  p.expense_report = std::string(columns.Value(row, kExpenseReportId));
  APB_TRY(p.amount, codec::CsvDecimal(columns.Value(row, kCheckAmountPaid), kCheckAmountPaid));
  p.check_note = std::string(columns.Value(row, kCheckNote));
  APB_TRY(p.payment_date, codec::CsvDate(columns.Value(row, kCheckPaymentDate), kCheckPaymentDate));
  APB_TRY(std::optional<bool> paid, codec::CsvBool(columns.Value(row, kPaid), kPaid));
  p.paid = paid.value_or(false);
  APB_TRY(p.paid_in_full_date, codec::CsvDate(columns.Value(row, kPaidInFullDate), kPaidInFullDate));
  p.paid_in_full_note = std::string(columns.Value(row, kPaidInFullNote));
  // Category (Coupa's payment category) is read and kept nowhere: the
  // invoice's payments have no such element.
  return p;
}

std::span<const CsvColumns::Expected> InvoicePaymentRows::Columns() const { return kColumns; }

Status InvoicePaymentRows::CheckHeader(const CsvColumns& columns) const {
  const bool names_invoice =
      columns.Has(kInvoiceId) || columns.Has(kExpenseReportId) ||
      (columns.Has(kInvoiceNumber) && (columns.Has(kSupplierNumber) || columns.Has(kSupplierName)));
  if (!names_invoice) {
    return Fail(InvalidArgument(
        "the header names no invoice: it needs Invoice ID, or Invoice Number with Supplier Number or "
        "Supplier Name (or Expense Report Id)"));
  }
  if (!columns.Has(kCheckAmountPaid) && !columns.Has(kPaid)) {
    return Fail(InvalidArgument("the header pays nothing: it needs Check Amount Paid or Paid"));
  }
  return Ok();
}

Result<RowOutcome> InvoicePaymentRows::Apply(storage::UnitOfWork& uow, const CsvColumns& columns,
                                             std::span<const codec::CsvRow> unit) const {
  APB_TRY(invoices::PaymentInstruction instruction, PaymentInstructionOf(columns, unit.front()));
  APB_TRY(invoices::PaymentOutcome outcome,
          invoices::ApplyPaymentInstructionIn(uow, catalog_, instruction, clock_.Now(), by_));
  if (outcome.payment_added) return RowOutcome::kCreated;
  return outcome.marked_paid ? RowOutcome::kUpdated : RowOutcome::kSkipped;
}

}  // namespace apbridge::flatfile
