// What an invoice's figures decide, on the invoice as a write leaves it: line
// totals, taxes and their tax lines, charges, the header's totals, the
// discount and the due dates, computed by ComputeAmounts and ComputeDueDates.
//
// Where the figures come from (one source each; the other spelling follows):
// - a line: price x quantity (quantity absent: 1), its tax from its one tax
//   line (rate, or the tax code's percentage, or a stated amount when it has
//   no rate) or the line's tax-rate / tax-amount / tax-code, which write that
//   tax line;
// - a charge: the invoice-charge of type InvoiceShipping, InvoiceHandling or
//   InvoiceMisc (one of each at most), or the header's shipping-amount /
//   handling-amount / misc-amount, which write that charge; under
//   line-level taxation a charge is taxed by its one tax line, under
//   header-level taxation the header's tax covers it;
// - the header's tax (header-level taxation): its one tax line, or the
//   header's tax-rate / tax-amount / tax-code;
// - the discount: discount-percent, or the payment term's discount rate.
// A tax line with a rate has its amount computed: a different amount sent
// with it is an error (send rate null to state an amount).
#pragma once

#include <string>
#include <vector>

#include "model/record.hpp"
#include "resources/field_errors.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// The elements of `merged` (the invoice as the write leaves it) whose change
// from `stored` changes its figures: the header's currency, taxation,
// charges, tax, discount, invoice date and payment term, and the
// invoice-lines, invoice-charges and tax-lines collections (an item added or
// changed). Empty when the figures are as stored.
[[nodiscard]] std::vector<std::string> ChangedFigures(const model::Record& merged,
                                                      const model::Record& stored);

// Recomputes everything the figures decide on `merged` (its lines, charges and
// tax lines merged; a charge or tax line that a shorthand element asks for
// is added), `stored` being the invoice as stored (an empty record for a new
// one). Missing line defaults are filled in (type InvoiceQuantityLine,
// quantity 1, line-num in order, status, currency). Figures the rules refuse
// are errors naming the element; the Status fails only when the store does.
[[nodiscard]] Status RecomputeTotals(storage::UnitOfWork& uow, model::Record& merged,
                                     const model::Record& stored, FieldErrors& errors);

}  // namespace apbridge::resources::invoices
