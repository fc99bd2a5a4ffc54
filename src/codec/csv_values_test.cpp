#include "codec/csv_values.hpp"

#include <gtest/gtest.h>

namespace apbridge::codec {
namespace {

TEST(CsvValues, BooleansInEverySpellingCoupaTakes) {
  for (const char* t : {"true", "TRUE", "Yes", "y", "T", "1"}) EXPECT_EQ(**CsvBool(t, "Paid"), true) << t;
  for (const char* f : {"false", "No", "N", "f", "0"}) EXPECT_EQ(**CsvBool(f, "Paid"), false) << f;
  EXPECT_FALSE(*CsvBool("", "Paid"));
  auto bad = CsvBool("maybe", "Paid");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "Paid: 'maybe' is not true or false (Yes/No, Y/N, T/F)");
}

TEST(CsvValues, DecimalsAreExactAndSeparatorsRefused) {
  EXPECT_EQ(**CsvDecimal("1234.50", "Check Amount Paid"), *Decimal::Parse("1234.5"));
  EXPECT_EQ(**CsvDecimal("-12", "Check Amount Paid"), *Decimal::Parse("-12"));
  EXPECT_EQ(CsvDecimal("0.1", "x")->value() + CsvDecimal("0.2", "x")->value(), *Decimal::Parse("0.3"));
  EXPECT_FALSE(*CsvDecimal("", "Check Amount Paid"));
  for (const char* bad : {"1,234.50", "$12", "12 EUR", "1e3", "abc"}) {
    auto d = CsvDecimal(bad, "Check Amount Paid");
    ASSERT_FALSE(d) << bad;
    EXPECT_EQ(d.error().message, std::string("Check Amount Paid: '") + bad + "' is not a number");
  }
}

TEST(CsvValues, IntegersAreWhole) {
  EXPECT_EQ(**CsvInteger("107", "Invoice ID"), 107);
  EXPECT_FALSE(*CsvInteger("", "Invoice ID"));
  EXPECT_FALSE(CsvInteger("10.5", "Invoice ID"));
  EXPECT_FALSE(CsvInteger("ten", "Invoice ID"));
}

TEST(CsvValues, DatesInIsoAndUsFormsAreThatDaysMidnight) {
  const Timestamp day = *ParseTimestamp("2026-03-05T00:00:00Z");
  for (const char* d : {"2026-03-05", "2026/03/05", "03/05/2026", "2026-03-05T17:45:00-08:00", "2026-3-5"}) {
    auto parsed = CsvDate(d, "Check Payment Date");
    ASSERT_TRUE(parsed) << d << ": " << parsed.error().message;
    EXPECT_EQ(**parsed, day) << d;
  }
  EXPECT_FALSE(*CsvDate("", "Check Payment Date"));
  for (const char* bad : {"2026-02-30", "13/45/2026", "March 5", "05.03.2026", "20260305"}) {
    auto parsed = CsvDate(bad, "Check Payment Date");
    ASSERT_FALSE(parsed) << bad;
    EXPECT_EQ(parsed.error().message,
              std::string("Check Payment Date: '") + bad + "' is not a date (YYYY-MM-DD or MM/DD/YYYY)");
  }
}

}  // namespace
}  // namespace apbridge::codec
