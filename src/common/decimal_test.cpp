// Decimal: accepted and rejected inputs, scaling, rounding, formatting and ordering.
#include "common/decimal.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace apbridge {
namespace {

struct ParseCase {
  const char* input;
  const char* formatted;  // ToString(2)
};

TEST(DecimalTest, ParsesAndFormats) {
  const ParseCase cases[] = {
      {"1.00", "1.00"},         {"567.07", "567.07"}, {"-12.5", "-12.50"},
      {"+3", "3.00"},           {".5", "0.50"},       {"0", "0.00"},
      {" 42.1234 ", "42.1234"}, {"-0.001", "-0.001"}, {"99999999999999999999.99", "99999999999999999999.99"},
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

struct RoundCase {
  const char* value;
  int scale;
  const char* half_away_from_zero;
  const char* half_even;
};

TEST(DecimalTest, RoundsToScale) {
  const RoundCase cases[] = {
      // Exact halves: away from zero, or to the even neighbour.
      {"1.005", 2, "1.01", "1.00"},
      {"1.015", 2, "1.02", "1.02"},
      {"-1.005", 2, "-1.01", "-1.00"},
      {"-1.015", 2, "-1.02", "-1.02"},
      {"2.5", 0, "3", "2"},
      {"3.5", 0, "4", "4"},
      {"-2.5", 0, "-3", "-2"},
      {"0.5", 0, "1", "0"},
      {"-0.5", 0, "-1", "0"},
      {"-0.005", 2, "-0.01", "0"},
      // Not halves: both modes agree.
      {"1.0049", 2, "1.00", "1.00"},
      {"-1.0049", 2, "-1.00", "-1.00"},
      {"1.00500001", 2, "1.01", "1.01"},
      {"-2.50001", 0, "-3", "-3"},
      {"47.6784", 2, "47.68", "47.68"},
      {"0.0001", 2, "0", "0"},
      {"99.995", 2, "100.00", "100.00"},
      // Already at or below the scale: unchanged.
      {"1.2", 2, "1.2", "1.2"},
      {"1.23", 2, "1.23", "1.23"},
      {"-7", 3, "-7", "-7"},
      {"0", 2, "0", "0"},
      // Large mantissas (38 digits) and the most fraction digits.
      {"123456789012345678901234.56789012345678", 2, "123456789012345678901234.57",
       "123456789012345678901234.57"},
      {"-99999999999999999999.999999999999999999", 0, "-100000000000000000000", "-100000000000000000000"},
      {"0.12345678901234567895", 19, "0.123456789012345679", "0.123456789012345679"},
      {"0.00000000000000000005", 19, "0.0000000000000000001", "0"},
  };
  for (const RoundCase& c : cases) {
    const Decimal value = *Decimal::Parse(c.value);
    // Compared as canonical text, which ignores trailing zeros as equality does.
    EXPECT_EQ(value.Rounded(c.scale, RoundingMode::kHalfAwayFromZero).ToString(),
              Decimal::Parse(c.half_away_from_zero)->ToString())
        << c.value << " to " << c.scale;
    EXPECT_EQ(value.Rounded(c.scale, RoundingMode::kHalfEven).ToString(),
              Decimal::Parse(c.half_even)->ToString())
        << c.value << " to " << c.scale;
    EXPECT_LE(value.Rounded(c.scale, RoundingMode::kHalfAwayFromZero).scale(), c.scale) << c.value;
  }
}

TEST(DecimalTest, RoundingToANegativeScaleIsABug) {
  EXPECT_THROW((void)Decimal::FromInt(5).Rounded(-1, RoundingMode::kHalfEven), std::invalid_argument);
}

TEST(DecimalTest, TakesPercentagesExactly) {
  struct Case {
    const char* percent;
    const char* base;
    const char* want;
  };
  const Case cases[] = {
      {"8.25", "100", "8.25"}, {"10.25", "611.88", "62.7177"}, {"20", "-50.00", "-10"},
      {"0", "123.45", "0"},    {"2", "0.01", "0.0002"},        {"150", "3", "4.5"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PercentOf(*Decimal::Parse(c.percent), *Decimal::Parse(c.base)).ToString(),
              Decimal::Parse(c.want)->ToString())
        << c.percent << "% of " << c.base;
  }
}

}  // namespace
}  // namespace apbridge
