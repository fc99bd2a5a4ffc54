// ComputeAmounts: a table of invoice figures with hand-computed amounts, and a
// table of figures that must be rejected.
#include "resources/invoices/amounts.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace apbridge::resources::invoices {
namespace {

Decimal D(const char* text) { return *Decimal::Parse(text); }
TaxFigures Rate(const char* percent) { return {D(percent), std::nullopt}; }
TaxFigures Stated(const char* amount) { return {std::nullopt, D(amount)}; }
LineFigures Line(const char* price, const char* quantity, TaxFigures tax = {}) {
  return {D(price), D(quantity), tax};
}
ChargeFigures InBase(const char* amount) { return {D(amount), true, {}}; }
ChargeFigures Charge(const char* amount, TaxFigures tax = {}) { return {D(amount), false, tax}; }

// Expected amounts, written at the currency's decimals; null: zero.
struct Want {
  std::vector<std::array<const char*, 2>> lines = {};  // total, tax
  const char* net = nullptr;
  const char* charges = nullptr;
  const char* tax_base = nullptr;
  const char* tax = nullptr;
  const char* gross = nullptr;
  const char* discount = nullptr;
  const char* less_discount = nullptr;
  std::array<const char*, 3> charge_taxes = {};  // shipping, handling, misc
};

struct Case {
  const char* name;
  InvoiceFigures figures;
  Want want;
};

std::vector<Case> Cases() {
  using enum RoundingMode;
  return {
      {"one line, untaxed",
       {.lines = {Line("1.00", "1")}},
       {.lines = {{"1.00", "0.00"}},
        .net = "1.00",
        .tax_base = "1.00",
        .gross = "1.00",
        .less_discount = "1.00"}},
      {"many lines, header tax 10.25%, 2% discount",
       // 515.88 + 358.00 = 873.88; 873.88 x 10.25% = 89.5727; 963.45 x 2% = 19.269.
       {.lines = {Line("42.99", "12"), Line("89.50", "4")},
        .header_tax = Rate("10.25"),
        .discount_percent = D("2")},
       {.lines = {{"515.88", "0.00"}, {"358.00", "0.00"}},
        .net = "873.88",
        .tax_base = "873.88",
        .tax = "89.57",
        .gross = "963.45",
        .discount = "19.27",
        .less_discount = "944.18"}},
      {"line-level taxation rounds each line's tax",
       // 0.10 x 5% = 0.005 -> 0.01, three times.
       {.lines = {Line("0.10", "1", Rate("5")), Line("0.10", "1", Rate("5")), Line("0.10", "1", Rate("5"))},
        .line_level_taxation = true},
       {.lines = {{"0.10", "0.01"}, {"0.10", "0.01"}, {"0.10", "0.01"}},
        .net = "0.30",
        .tax = "0.03",
        .gross = "0.33",
        .less_discount = "0.33"}},
      {"header-level taxation rounds the tax once",
       // 0.30 x 5% = 0.015 -> 0.02.
       {.lines = {Line("0.10", "1"), Line("0.10", "1"), Line("0.10", "1")}, .header_tax = Rate("5")},
       {.lines = {{"0.10", "0.00"}, {"0.10", "0.00"}, {"0.10", "0.00"}},
        .net = "0.30",
        .tax_base = "0.30",
        .tax = "0.02",
        .gross = "0.32",
        .less_discount = "0.32"}},
      {"line-level taxation, 8.25%",
       // 6745.00 x 8.25% = 556.4625; 949.95 x 8.25% = 78.370875.
       {.lines = {Line("1349.00", "5", Rate("8.25")), Line("189.99", "5", Rate("8.25"))},
        .line_level_taxation = true},
       {.lines = {{"6745.00", "556.46"}, {"949.95", "78.37"}},
        .net = "7694.95",
        .tax = "634.83",
        .gross = "8329.78",
        .less_discount = "8329.78"}},
      {"several tax rates, stated amounts and an untaxed line",
       {.lines = {Line("100.00", "1", Rate("20")), Line("50.00", "1", Rate("5")),
                  Line("10.00", "1", Rate("0")), Line("30.00", "1"), Line("10", "10", Stated("7.77")),
                  Line("100", "1", {D("20"), D("19.99")})},  // a stated amount wins over the rate
        .line_level_taxation = true},
       {.lines = {{"100.00", "20.00"},
                  {"50.00", "2.50"},
                  {"10.00", "0.00"},
                  {"30.00", "0.00"},
                  {"100.00", "7.77"},
                  {"100.00", "19.99"}},
        .net = "390.00",
        .tax = "50.26",
        .gross = "440.26",
        .less_discount = "440.26"}},
      {"charges under header-level taxation, some in the tax base",
       // Base 100.00 + 10.00 + 2.50 = 112.50; 10% = 11.25; gross 100.00 + 17.50 + 11.25.
       {.lines = {Line("100.00", "1")},
        .shipping = InBase("10.00"),
        .handling = Charge("5.00"),
        .misc = InBase("2.50"),
        .header_tax = Rate("10")},
       {.lines = {{"100.00", "0.00"}},
        .net = "100.00",
        .charges = "17.50",
        .tax_base = "112.50",
        .tax = "11.25",
        .gross = "128.75",
        .less_discount = "128.75"}},
      {"charges under line-level taxation carry their own tax",
       // 100.00 x 8.25% = 8.25; shipping 20.00 x 8.25% = 1.65; handling states 0.27; misc untaxed.
       {.lines = {Line("100.00", "1", Rate("8.25"))},
        .shipping = Charge("20.00", Rate("8.25")),
        .handling = Charge("3.33", Stated("0.27")),
        .misc = Charge("1.00"),
        .line_level_taxation = true},
       {.lines = {{"100.00", "8.25"}},
        .net = "100.00",
        .charges = "24.33",
        .tax = "10.17",
        .gross = "134.50",
        .less_discount = "134.50",
        .charge_taxes = {"1.65", "0.27", nullptr}}},
      {"a stated header tax",
       {.lines = {Line("200.00", "1")}, .header_tax = Stated("15.00")},
       {.lines = {{"200.00", "0.00"}},
        .net = "200.00",
        .tax_base = "200.00",
        .tax = "15.00",
        .gross = "215.00",
        .less_discount = "215.00"}},
      {"no lines, only a taxed charge",
       {.shipping = InBase("15.00"), .header_tax = Rate("10")},
       {.charges = "15.00", .tax_base = "15.00", .tax = "1.50", .gross = "16.50", .less_discount = "16.50"}},
      {"zero decimals",
       // 999 + (0.5 x 3 = 1.5 -> 2) = 1001; 10% = 100.1 -> 100; 1101 x 3% = 33.03 -> 33.
       {.lines = {Line("333", "3"), Line("0.5", "3")},
        .header_tax = Rate("10"),
        .currency_decimals = 0,
        .discount_percent = D("3")},
       {.lines = {{"999", "0"}, {"2", "0"}},
        .net = "1001",
        .tax_base = "1001",
        .tax = "100",
        .gross = "1101",
        .discount = "33",
        .less_discount = "1068"}},
      {"three decimals",
       // 1.2345 x 2 = 2.469; 0.0105 -> 0.011; 2.480 x 7% = 0.1736 -> 0.174.
       {.lines = {Line("1.2345", "2"), Line("0.0105", "1")}, .header_tax = Rate("7"), .currency_decimals = 3},
       {.lines = {{"2.469", "0.000"}, {"0.011", "0.000"}},
        .net = "2.480",
        .tax_base = "2.480",
        .tax = "0.174",
        .gross = "2.654",
        .less_discount = "2.654"}},
      {"fractional quantities",
       // 23.00 x 48.5; 87.44 x 0.25 = 21.86; 19.99 x 1.333 = 26.64667 -> 26.65.
       {.lines = {Line("23.00", "48.5"), Line("87.44", "0.25"), Line("19.99", "1.333")}},
       {.lines = {{"1115.50", "0.00"}, {"21.86", "0.00"}, {"26.65", "0.00"}},
        .net = "1164.01",
        .tax_base = "1164.01",
        .gross = "1164.01",
        .less_discount = "1164.01"}},
      {"a half cent rounds away from zero",
       // 0.125 -> 0.13; 0.13 x 10% = 0.013 -> 0.01; 0.10 x 5% = 0.005 -> 0.01.
       {.lines = {Line("0.125", "1", Rate("10")), Line("0.10", "1", Rate("5"))}, .line_level_taxation = true},
       {.lines = {{"0.13", "0.01"}, {"0.10", "0.01"}},
        .net = "0.23",
        .tax = "0.02",
        .gross = "0.25",
        .less_discount = "0.25"}},
      {"a half cent rounds to even when asked",
       // 0.125 -> 0.12; 0.012 -> 0.01; 0.005 -> 0.00.
       {.lines = {Line("0.125", "1", Rate("10")), Line("0.10", "1", Rate("5"))},
        .line_level_taxation = true,
        .rounding = kHalfEven},
       {.lines = {{"0.12", "0.01"}, {"0.10", "0.00"}},
        .net = "0.22",
        .tax = "0.01",
        .gross = "0.23",
        .less_discount = "0.23"}},
      {"a credit note: negative amounts round away from zero too",
       // The second case negated: -89.5727 -> -89.57; -963.45 x 2% = -19.269 -> -19.27.
       {.lines = {Line("42.99", "-12"), Line("89.50", "-4")},
        .header_tax = Rate("10.25"),
        .discount_percent = D("2")},
       {.lines = {{"-515.88", "0.00"}, {"-358.00", "0.00"}},
        .net = "-873.88",
        .tax_base = "-873.88",
        .tax = "-89.57",
        .gross = "-963.45",
        .discount = "-19.27",
        .less_discount = "-944.18"}},
      {"a credit note's half cents",
       // -0.125 -> -0.13; -0.13 x 10% = -0.013 -> -0.01; -0.10 x 5% = -0.005 -> -0.01.
       {.lines = {Line("-0.125", "1", Rate("10")), Line("0.10", "-1", Rate("5"))},
        .shipping = Charge("-5.00", Stated("-0.40")),
        .line_level_taxation = true},
       {.lines = {{"-0.13", "-0.01"}, {"-0.10", "-0.01"}},
        .net = "-0.23",
        .charges = "-5.00",
        .tax = "-0.42",
        .gross = "-5.65",
        .less_discount = "-5.65",
        .charge_taxes = {"-0.40", nullptr, nullptr}}},
      {"a zero-quantity line",
       {.lines = {Line("99.99", "0", Rate("20")), Line("10.00", "1", Rate("20"))},
        .line_level_taxation = true},
       {.lines = {{"0.00", "0.00"}, {"10.00", "2.00"}},
        .net = "10.00",
        .tax = "2.00",
        .gross = "12.00",
        .less_discount = "12.00"}},
      {"a discount that rounds down",
       // 0.99 x 2.5% = 0.02475 -> 0.02.
       {.lines = {Line("0.99", "1")}, .discount_percent = D("2.5")},
       {.lines = {{"0.99", "0.00"}},
        .net = "0.99",
        .tax_base = "0.99",
        .gross = "0.99",
        .discount = "0.02",
        .less_discount = "0.97"}},
      {"inputs with trailing zeros",
       {.lines = {Line("5.00000000000000000000", "2.00000000000000000000")},
        .header_tax = Rate("10.000000000")},
       {.lines = {{"10.00", "0.00"}},
        .net = "10.00",
        .tax_base = "10.00",
        .tax = "1.00",
        .gross = "11.00",
        .less_discount = "11.00"}},
      {"the largest figures",
       // 99999999999.999999999 x 99999999999.999999 = 9999999999999999899900.000000000000001.
       {.lines = {Line("99999999999.999999999", "99999999999.999999")},
        .header_tax = Rate("1000"),
        .discount_percent = D("100")},
       {.lines = {{"9999999999999999899900.00", "0.00"}},
        .net = "9999999999999999899900.00",
        .tax_base = "9999999999999999899900.00",
        .tax = "99999999999999998999000.00",
        .gross = "109999999999999998898900.00",
        .discount = "109999999999999998898900.00"}},
  };
}

TEST(ComputeAmountsTest, ComputesTheTable) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.name);
    const int decimals = c.figures.currency_decimals;
    // Money never carries more digits than the currency's.
    auto text = [&](const Decimal& amount) {
      EXPECT_LE(amount.scale(), decimals) << amount.ToString();
      return amount.ToString(decimals);
    };
    auto want = [&](const char* amount) {
      return amount ? std::string(amount) : Decimal{}.ToString(decimals);
    };
    Result<InvoiceAmounts> got = ComputeAmounts(c.figures);
    ASSERT_TRUE(got) << got.error().message;
    ASSERT_EQ(got->lines.size(), c.want.lines.size());
    for (size_t i = 0; i < c.want.lines.size(); ++i) {
      EXPECT_EQ(text(got->lines[i].total), want(c.want.lines[i][0])) << "line " << i + 1;
      EXPECT_EQ(text(got->lines[i].tax), want(c.want.lines[i][1])) << "line " << i + 1;
    }
    EXPECT_EQ(text(got->net_total), want(c.want.net));
    EXPECT_EQ(text(got->charges_total), want(c.want.charges));
    EXPECT_EQ(text(got->header_tax_base), want(c.want.tax_base));
    EXPECT_EQ(text(got->total_tax), want(c.want.tax));
    EXPECT_EQ(text(got->gross_total), want(c.want.gross));
    EXPECT_EQ(text(got->discount_amount), want(c.want.discount));
    EXPECT_EQ(text(got->gross_total_less_discount), want(c.want.less_discount));
    const std::array<const Decimal*, 3> charge_taxes = {&got->shipping_tax, &got->handling_tax,
                                                        &got->misc_tax};
    for (size_t i = 0; i < charge_taxes.size(); ++i) {
      EXPECT_EQ(text(*charge_taxes[i]), want(c.want.charge_taxes[i])) << "charge " << i + 1;
    }
  }
}

struct Rejected {
  const char* name;
  InvoiceFigures figures;
  const char* message;  // a part of the error message
};

std::vector<Rejected> RejectedCases() {
  const std::vector<LineFigures> one_line = {Line("1.00", "1")};
  return {
      {"negative currency decimals", {.lines = one_line, .currency_decimals = -1}, "currency decimals -1"},
      {"too many currency decimals", {.lines = one_line, .currency_decimals = 5}, "not between 0 and 4"},
      {"a price with 10 decimals", {.lines = {Line("1.0000000001", "1")}}, "invoice line 1 price"},
      {"a quantity with 7 decimals",
       {.lines = {Line("1", "1"), Line("1", "0.0000001")}},
       "invoice line 2 quantity '0.0000001' has more than 6 decimal places"},
      {"a price of 10^11", {.lines = {Line("100000000000", "1")}}, "is not below 100000000000 in magnitude"},
      {"a quantity of -10^11", {.lines = {Line("1", "-100000000000")}}, "invoice line 1 quantity"},
      {"a negative tax rate",
       {.lines = {Line("1", "1", Rate("-5"))}, .line_level_taxation = true},
       "invoice line 1 tax rate '-5' is not between 0 and 1000 percent"},
      {"a tax rate over 1000%", {.lines = one_line, .header_tax = Rate("1000.1")}, "not between 0 and 1000"},
      {"a tax rate with 7 decimals", {.lines = one_line, .header_tax = Rate("8.2500001")}, "tax rate"},
      {"a stated tax finer than the currency",
       {.lines = one_line, .header_tax = Stated("0.005")},
       "the invoice header tax amount '0.005' has more than 2 decimal places"},
      {"a charge finer than the currency",
       {.lines = one_line, .shipping = Charge("0.001")},
       "shipping-amount"},
      {"a charge finer than zero decimals",
       {.lines = {Line("1", "1")}, .misc = Charge("0.5"), .currency_decimals = 0},
       "misc-amount '0.5' has more than 0 decimal places"},
      {"a line's tax under header-level taxation",
       {.lines = {Line("1", "1"), Line("1", "1", Rate("5"))}},
       "invoice line 2 has a tax, but line-level-taxation is false"},
      {"a charge's tax under header-level taxation",
       {.lines = one_line, .handling = Charge("1.00", Stated("0.10"))},
       "handling-amount has a tax, but line-level-taxation is false"},
      {"a header tax under line-level taxation",
       {.lines = one_line, .line_level_taxation = true, .header_tax = Rate("5")},
       "the invoice header has a tax, but line-level-taxation is true"},
      {"a charge in the header's tax base under line-level taxation",
       {.lines = one_line, .shipping = InBase("1.00"), .line_level_taxation = true},
       "shipping-amount is in the header's tax base"},
      {"a negative discount", {.lines = one_line, .discount_percent = D("-1")}, "discount percent '-1'"},
      {"a discount over 100%", {.lines = one_line, .discount_percent = D("100.01")}, "not between 0 and 100"},
  };
}

TEST(ComputeAmountsTest, RejectsBadFigures) {
  for (const Rejected& c : RejectedCases()) {
    SCOPED_TRACE(c.name);
    Result<InvoiceAmounts> got = ComputeAmounts(c.figures);
    ASSERT_FALSE(got);
    EXPECT_EQ(got.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(got.error().message.find(c.message), std::string::npos) << got.error().message;
  }
}

}  // namespace
}  // namespace apbridge::resources::invoices
