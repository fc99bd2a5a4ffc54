// Tables for text -> scalar values: what each field type accepts and rejects.
#include "model/value_text.hpp"

#include <gtest/gtest.h>

#include "model/testing/test_catalog.hpp"

namespace apbridge::model {
namespace {

using testing::DumpValue;
using testing::Res;

const Field& F(std::string_view resource, std::string_view name) { return *Res(resource).Find(name); }

struct Accepted {
  std::string_view resource;
  std::string_view field;
  std::string_view text;
  std::string_view expected;  // DumpValue of the result
};

TEST(ValueTextTest, Accepts) {
  const Accepted kCases[] = {
      {"invoice-header", "id", "106", "106"},
      {"invoice-header", "id", " 106\n", "106"},
      {"invoice-header", "id", "+7", "7"},
      {"invoice-header", "id", "-3", "-3"},
      {"invoice-header", "id", "", "null"},
      {"invoice-header", "id", "  ", "null"},
      {"invoice-header", "invoice-number", "INV-1", "\"INV-1\""},
      {"invoice-header", "invoice-number", "  padded  ", "\"  padded  \""},
      {"invoice-header", "invoice-number", "", "\"\""},
      {"invoice-header", "invoice-number", std::string_view("1234567890123456789012345678901234567890"),
       "\"1234567890123456789012345678901234567890\""},
      // 40 characters of two bytes each: the limit counts characters.
      {"invoice-header", "invoice-number",
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
       "\"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
       "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\""},
      {"invoice-header", "payment-notes", "ADAMTEST|#10|USD|1.00|FULLY PAID|",
       "\"ADAMTEST|#10|USD|1.00|FULLY PAID|\""},
      {"invoice-header", "total", "567.07", "567.07"},
      {"invoice-header", "total", "1.00", "1"},
      {"invoice-header", "total", "-12.3456", "-12.3456"},
      {"invoice-header", "total", "12.345600", "12.3456"},  // trailing zeros beyond the scale are fine
      {"invoice-header", "total", ".5", "0.5"},
      {"invoice-header", "total", "1.5e2", "150"},
      {"invoice-header", "total", "25E-3", "0.025"},
      {"invoice-header", "total", "1234567890123456789012345678.1234", "1234567890123456789012345678.1234"},
      {"invoice-header", "total", "", "null"},
      {"invoice-header", "tax-rate", "17.5", "17.5"},
      {"invoice-header", "tax-rate", "0.000001", "0.000001"},
      {"payment", "amount-paid", "1.00", "1"},
      {"payment", "amount-paid", "-1.5", "-1.5"},
      {"invoice-header", "paid", "true", "true"},
      {"invoice-header", "paid", "TRUE", "true"},
      {"invoice-header", "paid", "1", "true"},
      {"invoice-header", "paid", "Yes", "true"},
      {"invoice-header", "paid", "y", "true"},
      {"invoice-header", "paid", "false", "false"},
      {"invoice-header", "paid", "False", "false"},
      {"invoice-header", "paid", "0", "false"},
      {"invoice-header", "paid", "no", "false"},
      {"invoice-header", "paid", "F", "false"},
      {"invoice-header", "paid", "", "null"},
      {"invoice-header", "invoice-date", "2016-06-23T00:00:00-08:00", "2016-06-23T08:00:00Z"},
      {"invoice-header", "invoice-date", "2016-06-23", "2016-06-23T00:00:00Z"},
      {"invoice-header", "invoice-date", "2016-06-23T10:11:12Z", "2016-06-23T10:11:12Z"},
      {"invoice-header", "invoice-date", " 2014-1-5T00:00:00-08:00 ", "2014-01-05T08:00:00Z"},
      {"invoice-header", "status", "approved", "\"approved\""},
      {"invoice-header", "status", "Pending_Approval", "\"pending_approval\""},
      {"invoice-header", "status", " VOIDED ", "\"voided\""},
      {"invoice-header", "status", "", "null"},
  };
  for (const Accepted& c : kCases) {
    auto value = ParseValue(F(c.resource, c.field), c.text, c.field);
    ASSERT_TRUE(value.has_value()) << c.field << " '" << c.text << "': " << value.error().message;
    EXPECT_EQ(DumpValue(*value), c.expected) << c.field << " '" << c.text << "'";
  }
}

TEST(ValueTextTest, StoresDecimalsAtTheFieldScale) {
  auto total = ParseValue(F("invoice-header", "total"), "1.5", "total");
  ASSERT_TRUE(total.has_value());
  EXPECT_EQ(std::get<Decimal>(*total).scale(), 4);
  auto tax = ParseValue(F("invoice-header", "tax-rate"), "17.5", "tax-rate");
  ASSERT_TRUE(tax.has_value());
  EXPECT_EQ(std::get<Decimal>(*tax).scale(), 6);
}

struct Rejected {
  std::string_view resource;
  std::string_view field;
  std::string_view text;
  std::string_view message;
};

TEST(ValueTextTest, Rejects) {
  const Rejected kCases[] = {
      {"invoice-header", "id", "abc", "id: 'abc' is not an integer"},
      {"invoice-header", "id", "5.0", "id: '5.0' is not an integer"},
      {"invoice-header", "id", "1e3", "id: '1e3' is not an integer"},
      {"invoice-header", "id", "99999999999999999999", "id: '99999999999999999999' is not an integer"},
      {"invoice-header", "id", "0x10", "id: '0x10' is not an integer"},
      {"invoice-header", "invoice-number", "12345678901234567890123456789012345678901",
       "invoice-number is too long (maximum is 40 characters)"},
      {"invoice-header", "invoice-number", "bad \xFF", "invoice-number is not valid UTF-8 text"},
      {"payment", "amount-paid", "abc", "amount-paid: 'abc' is not a decimal number"},
      {"payment", "amount-paid", "1.234", "amount-paid: '1.234' has more than 2 decimal places"},
      {"payment", "amount-paid", "1,00", "amount-paid: '1,00' is not a decimal number"},
      {"payment", "amount-paid", "1.2.3", "amount-paid: '1.2.3' is not a decimal number"},
      {"payment", "amount-paid", "$5", "amount-paid: '$5' is not a decimal number"},
      {"payment", "amount-paid", "1e", "amount-paid: '1e' is not a decimal number"},
      {"payment", "amount-paid", "NaN", "amount-paid: 'NaN' is not a decimal number"},
      {"invoice-header", "total", "12345678901234567890123456789",
       "total: '12345678901234567890123456789' is too large (at most 28 digits before the decimal point)"},
      {"invoice-header", "tax-rate", "0.0000001", "tax-rate: '0.0000001' has more than 6 decimal places"},
      {"invoice-header", "paid", "maybe", "paid: 'maybe' is not a boolean (true or false)"},
      {"invoice-header", "paid", "2", "paid: '2' is not a boolean (true or false)"},
      {"invoice-header", "invoice-date", "yesterday",
       "invoice-date: 'yesterday' is not a valid date or time"},
      {"invoice-header", "invoice-date", "2016-13-01",
       "invoice-date: '2016-13-01' is not a valid date or time"},
      {"invoice-header", "status", "paid",
       "status: 'paid' is not a valid value (allowed: draft, pending_approval, approved, voided)"},
  };
  for (const Rejected& c : kCases) {
    auto value = ParseValue(F(c.resource, c.field), c.text, c.field);
    ASSERT_FALSE(value.has_value()) << c.field << " '" << c.text << "' = " << DumpValue(*value);
    EXPECT_EQ(value.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(value.error().message, c.message);
  }
}

TEST(ValueTextTest, QuotesLongTextShortened) {
  const std::string long_text(200, 'x');
  auto value = ParseValue(F("invoice-header", "id"), long_text, "id");
  ASSERT_FALSE(value.has_value());
  EXPECT_EQ(value.error().message, "id: '" + std::string(60, 'x') + "...' is not an integer");
}

TEST(ValueTextTest, ExactDecimalsNeverGoThroughDouble) {
  auto d = ParseExactDecimal("0.1000000000000000055511151231257827");
  ASSERT_FALSE(d.has_value());  // 34 fraction digits exceed Decimal::kMaxScale
  auto e = ParseExactDecimal("12345678901234567890.12345678");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->ToString(), "12345678901234567890.12345678");
  auto f = ParseExactDecimal("1.23456789012345678901e5");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->ToString(), "123456.789012345678901");
}

}  // namespace
}  // namespace apbridge::model
