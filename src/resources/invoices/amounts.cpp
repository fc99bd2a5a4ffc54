// ComputeAmounts: checks the figures against the taxation mode and the limits,
// then rounds each line total and tax on its own and sums them.
#include "resources/invoices/amounts.hpp"

#include <array>
#include <string>

namespace apbridge::resources::invoices {
namespace {

// The three header charges, as the figures and the amounts name them.
struct Charge {
  const char* name;
  ChargeFigures InvoiceFigures::*figures;
  Decimal InvoiceAmounts::*tax;
};
constexpr std::array<Charge, 3> kCharges = {{
    {"shipping-amount", &InvoiceFigures::shipping, &InvoiceAmounts::shipping_tax},
    {"handling-amount", &InvoiceFigures::handling, &InvoiceAmounts::handling_tax},
    {"misc-amount", &InvoiceFigures::misc, &InvoiceAmounts::misc_tax},
}};

// `error` of the figure `whose` (a line, a charge, the header): "invoice line 2 price ...".
Error Within(const std::string& whose, Error error) {
  error.message = whose + " " + error.message;
  return error;
}

// A line's, a charge's or the header's tax, given only where the taxation mode uses it.
Status CheckTax(TaxFigures& tax, bool used, const InvoiceFigures& figures) {
  if (!tax.rate && !tax.amount) return Ok();
  if (!used) {
    return Fail(InvalidArgument(std::string("has a tax, but line-level-taxation is ") +
                                (figures.line_level_taxation ? "true" : "false")));
  }
  if (tax.rate) {
    APB_TRY(tax.rate, CheckedRate("tax rate", *tax.rate, kMaxTaxRate));
  }
  if (tax.amount) {
    APB_TRY(tax.amount, CheckedValue("tax amount", *tax.amount, figures.currency_decimals));
  }
  return Ok();
}

Status CheckLine(LineFigures& line, const InvoiceFigures& figures) {
  APB_TRY(line.price, CheckedValue("price", line.price, kMaxPriceDecimals));
  APB_TRY(line.quantity, CheckedValue("quantity", line.quantity, kMaxQuantityDecimals));
  return CheckTax(line.tax, figures.line_level_taxation, figures);
}

Status CheckCharge(ChargeFigures& charge, const InvoiceFigures& figures) {
  APB_TRY(charge.amount, CheckedValue("", charge.amount, figures.currency_decimals));
  if (charge.in_header_tax_base && figures.line_level_taxation) {
    return Fail(InvalidArgument("is in the header's tax base, but line-level-taxation is true"));
  }
  return CheckTax(charge.tax, figures.line_level_taxation, figures);
}

// The figures with every value checked and at its fewest fraction digits.
Result<InvoiceFigures> CheckedFigures(InvoiceFigures figures) {
  const int decimals = figures.currency_decimals;
  if (decimals < 0 || decimals > kMaxCurrencyDecimals) {
    return Fail(InvalidArgument("currency decimals " + std::to_string(decimals) + " is not between 0 and " +
                                std::to_string(kMaxCurrencyDecimals)));
  }
  for (size_t i = 0; i < figures.lines.size(); ++i) {
    if (Status s = CheckLine(figures.lines[i], figures); !s) {
      return Fail(Within("invoice line " + std::to_string(i + 1), s.error()));
    }
  }
  for (const Charge& charge : kCharges) {
    if (Status s = CheckCharge(figures.*charge.figures, figures); !s)
      return Fail(Within(charge.name, s.error()));
  }
  if (Status s = CheckTax(figures.header_tax, !figures.line_level_taxation, figures); !s) {
    return Fail(Within("the invoice header", s.error()));
  }
  APB_TRY(figures.discount_percent,
          CheckedRate("discount percent", figures.discount_percent, kMaxDiscountRate));
  return figures;
}

// The tax on `base`: the stated amount, else the rate's share rounded to the currency.
Decimal TaxOn(const Decimal& base, const TaxFigures& tax, const InvoiceFigures& figures) {
  if (tax.amount) return *tax.amount;
  if (tax.rate) return PercentOf(*tax.rate, base).Rounded(figures.currency_decimals, figures.rounding);
  return Decimal{};
}

}  // namespace

Result<InvoiceAmounts> ComputeAmounts(const InvoiceFigures& given) {
  APB_TRY(const InvoiceFigures figures, CheckedFigures(given));
  InvoiceAmounts out;
  out.lines.reserve(figures.lines.size());
  for (const LineFigures& line : figures.lines) {
    const Decimal total = (line.price * line.quantity).Rounded(figures.currency_decimals, figures.rounding);
    out.lines.push_back({total, TaxOn(total, line.tax, figures)});
    out.net_total = out.net_total + total;
    out.total_tax = out.total_tax + out.lines.back().tax;
  }
  out.header_tax_base = figures.line_level_taxation ? Decimal{} : out.net_total;
  for (const Charge& charge : kCharges) {
    const ChargeFigures& c = figures.*charge.figures;
    out.charges_total = out.charges_total + c.amount;
    out.*charge.tax = TaxOn(c.amount, c.tax, figures);
    out.total_tax = out.total_tax + out.*charge.tax;
    if (c.in_header_tax_base) out.header_tax_base = out.header_tax_base + c.amount;
  }
  if (!figures.line_level_taxation) out.total_tax = TaxOn(out.header_tax_base, figures.header_tax, figures);
  out.gross_total = out.net_total + out.charges_total + out.total_tax;
  out.discount_amount = PercentOf(figures.discount_percent, out.gross_total)
                            .Rounded(figures.currency_decimals, figures.rounding);
  out.gross_total_less_discount = out.gross_total - out.discount_amount;
  return out;
}

}  // namespace apbridge::resources::invoices
