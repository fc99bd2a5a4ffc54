// Incoming/Invoice Payments: the invoice payment CSV of REFERENCE.md, each
// row an ERP's payment of one invoice (or an expense report), applied by
// resources' invoice payment rules (ApplyPaymentInstructionIn), the same
// rules as the API's payment update.
#pragma once

#include "common/clock.hpp"
#include "flatfile/row_loader.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "resources/invoices/payment_instruction.hpp"

namespace apbridge::flatfile {

// The row as a payment instruction: InvalidArgument naming the column of a
// cell that cannot be read (a date, an amount, a Paid that is no boolean).
[[nodiscard]] Result<resources::invoices::PaymentInstruction> PaymentInstructionOf(
    const codec::CsvColumns& columns, const codec::CsvRow& row);

class InvoicePaymentRows final : public RowLoader {
 public:
  InvoicePaymentRows(const model::Catalog& catalog, const Clock& clock, resources::Actor by)
      : catalog_(catalog), clock_(clock), by_(by) {}

  [[nodiscard]] std::string_view Object() const override { return "Invoice Payment"; }
  [[nodiscard]] std::span<const codec::CsvColumns::Expected> Columns() const override;
  // An invoice must be named (Invoice ID, or Invoice Number with Supplier
  // Number or Supplier Name), and something paid (Check Amount Paid or Paid).
  [[nodiscard]] Status CheckHeader(const codec::CsvColumns& columns) const override;
  [[nodiscard]] Result<resources::flat_files::RowOutcome> Apply(
      storage::UnitOfWork& uow, const codec::CsvColumns& columns,
      std::span<const codec::CsvRow> unit) const override;

 private:
  const model::Catalog& catalog_;
  const Clock& clock_;
  const resources::Actor by_;
};

}  // namespace apbridge::flatfile
