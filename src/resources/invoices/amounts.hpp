// Invoice arithmetic on plain values: line totals, taxes, charges, the gross
// total and the early-payment discount, rounded to the currency. The one
// implementation that the API, the CSV importer and the fixtures all call.
#pragma once

#include <optional>
#include <vector>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "resources/invoices/limits.hpp"

namespace apbridge::resources::invoices {

// How a line, a charge or the whole invoice is taxed: at `rate` percent of
// its base, or by the `amount` the supplier states (which wins over the rate
// when both are given). Neither: untaxed.
struct TaxFigures {
  std::optional<Decimal> rate{};
  std::optional<Decimal> amount{};
};

// An invoice line as entered: its total is price x quantity (negative on a
// credit note).
struct LineFigures {
  Decimal price{};
  Decimal quantity{};
  TaxFigures tax{};  // line-level taxation only
};

// A header charge (shipping-amount, handling-amount, misc-amount).
struct ChargeFigures {
  Decimal amount{};                 // zero: no charge
  bool in_header_tax_base = false;  // header-level taxation: the invoice's tax covers it
  TaxFigures tax{};                 // line-level taxation: the charge's own tax, as a line's
};

// Everything an invoice's amounts depend on.
struct InvoiceFigures {
  std::vector<LineFigures> lines{};
  ChargeFigures shipping{};
  ChargeFigures handling{};
  ChargeFigures misc{};
  // line-level-taxation: each line and charge carries its own tax; otherwise
  // `header_tax` taxes the lines and the charges in its base.
  bool line_level_taxation = false;
  TaxFigures header_tax{};
  int currency_decimals = 2;  // the currency's `decimals` (Coupa: 0, 2 or 3); money rounds to it
  RoundingMode rounding = RoundingMode::kHalfAwayFromZero;
  Decimal discount_percent{};  // early-payment discount (DueDates::discount_percent); zero: none
};

struct LineAmounts {
  Decimal total{};  // price x quantity at the currency's decimals (total, accounting-total)
  Decimal tax{};    // its tax-amount; zero under header-level taxation
};

// What the invoice header and its lines show. Every amount is at most
// `currency_decimals` fraction digits; a credit note's amounts are negative.
struct InvoiceAmounts {
  std::vector<LineAmounts> lines{};  // in the order of InvoiceFigures::lines
  // Line-level taxation: each charge's own tax (zero otherwise).
  Decimal shipping_tax{};
  Decimal handling_tax{};
  Decimal misc_tax{};
  Decimal net_total{};        // the lines' totals
  Decimal charges_total{};    // shipping + handling + misc
  Decimal header_tax_base{};  // header-level taxation: the lines and the taxed charges (else zero)
  Decimal total_tax{};        // every tax: total-tax, tax-amount (header-level: the header tax alone)
  Decimal gross_total{};      // net + charges + tax: gross-total, total-with-taxes, amount-due
  Decimal discount_amount{};  // discount_percent of the gross total: discount-amount
  Decimal gross_total_less_discount{};  // also amount-due-less-discount
};

// The amounts of the invoice `figures` describe. Each line total, and each
// tax computed from a rate, is rounded on its own (with `rounding`) before it
// is summed, so every total is the sum of the amounts shown; stated tax
// amounts are taken as they are. InvalidArgument, naming the field, when
// currency_decimals is outside 0..kMaxCurrencyDecimals; a price, quantity or
// rate has more fraction digits than its limit (limits.hpp) or a stated
// amount more than the currency's; a value is not below kMaxMagnitude in
// magnitude, or a rate is negative or beyond its limit; or a tax is given
// where the taxation mode ignores it (a line's or a charge's under
// header-level taxation; the header's, or a charge in the header's tax base,
// under line-level taxation).
[[nodiscard]] Result<InvoiceAmounts> ComputeAmounts(const InvoiceFigures& figures);

}  // namespace apbridge::resources::invoices
