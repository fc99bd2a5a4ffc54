// Decimal: accepted and rejected inputs, scaling, formatting and ordering.
#include "common/decimal.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

struct ParseCase {
  const char* input;
  const char* formatted;  // ToString(2)
};

TEST(DecimalTest, ParsesAndFormats) {
  const ParseCase cases[] = {
      {"1.00", "1.00"},        {"567.07", "567.07"},  {"-12.5", "-12.50"}, {"+3", "3.00"},
      {".5", "0.50"},          {"0", "0.00"},         {" 42.1234 ", "42.1234"},
      {"-0.001", "-0.001"},    {"99999999999999999999.99", "99999999999999999999.99"},
  };
  for (const auto& c : cases) {
    auto d = Decimal::Parse(c.input);
    ASSERT_TRUE(d) << c.input;
    EXPECT_EQ(d->ToString(2), c.formatted) << c.input;
  }
}

TEST(DecimalTest, RejectsNonDecimals) {
  for (const char* bad : {"", "-", "abc", "1.2.3", "1e5", "0x10", "1,5", "12a", "."}) {
    EXPECT_FALSE(Decimal::Parse(bad)) << bad;
  }
}

TEST(DecimalTest, ComparesAcrossScales) {
  EXPECT_EQ(*Decimal::Parse("1.5"), *Decimal::Parse("1.50"));
  EXPECT_LT(*Decimal::Parse("1.49"), *Decimal::Parse("1.5"));
  EXPECT_GT(*Decimal::Parse("-1"), *Decimal::Parse("-1.01"));
}

TEST(DecimalTest, RescalesOnlyWithoutLoss) {
  auto d = *Decimal::Parse("12.34");
  EXPECT_EQ(*d.ToScaledInt64(4), 123400);
  EXPECT_FALSE(d.ToScaledInt64(1));
  EXPECT_EQ(Decimal::FromScaled(123400, 4).ToString(), "12.34");
}

TEST(DecimalTest, AddsExactly) {
  Decimal sum;
  for (int i = 0; i < 10; ++i) sum = sum + *Decimal::Parse("0.10");
  EXPECT_EQ(sum.ToString(2), "1.00");
  EXPECT_EQ((*Decimal::Parse("10") - *Decimal::Parse("0.01")).ToString(), "9.99");
  EXPECT_EQ((*Decimal::Parse("1.5") * *Decimal::Parse("2.25")).ToString(), "3.375");
}

}  // namespace
}  // namespace apbridge
