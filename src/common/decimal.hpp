// Exact decimal numbers for money, rates and quantities: never floating point.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace apbridge {

// How Decimal::Rounded settles a value that lies between two results.
enum class RoundingMode {
  kHalfAwayFromZero,  // 1.005 -> 1.01, -1.005 -> -1.01: Coupa's rounding of money
  kHalfEven,          // 1.005 -> 1.00, 1.015 -> 1.02 (banker's rounding)
};

// A signed decimal: mantissa * 10^-scale, with a 128-bit mantissa and scale
// up to kMaxScale. Values compare by magnitude regardless of scale
// (1.5 == 1.50). Immutable and cheap to copy.
class Decimal {
 public:
  static constexpr int kMaxScale = 20;

  constexpr Decimal() = default;
  static Decimal FromScaled(__int128 mantissa, int scale) { return Decimal(mantissa, scale); }
  static Decimal FromInt(int64_t v) { return Decimal(v, 0); }

  // Parses "-12.340", "+1", ".5", "1e3" is rejected. Fails on anything that is
  // not a plain decimal or has more than kMaxScale fraction digits / 38 digits.
  [[nodiscard]] static Result<Decimal> Parse(std::string_view text);

  [[nodiscard]] __int128 mantissa() const { return mantissa_; }
  [[nodiscard]] int scale() const { return scale_; }

  // The value at exactly `scale` fraction digits; fails if digits would be lost
  // or the result overflows.
  [[nodiscard]] Result<Decimal> Rescaled(int scale) const;
  // The value rounded to at most `scale` fraction digits (a value with fewer is
  // returned as it is); only an exact half between two results depends on
  // `mode`. `scale` must not be negative (a bug: throws std::invalid_argument).
  [[nodiscard]] Decimal Rounded(int scale, RoundingMode mode) const;
  // The mantissa at `scale` as int64 (for storage); fails when it would not fit
  // or digits would be lost.
  [[nodiscard]] Result<int64_t> ToScaledInt64(int scale) const;

  // Canonical text: at least `min_scale` fraction digits, trailing zeros beyond
  // that trimmed ("567.07", "1.00", "100").
  [[nodiscard]] std::string ToString(int min_scale = 0) const;

  [[nodiscard]] bool IsZero() const { return mantissa_ == 0; }
  [[nodiscard]] bool IsNegative() const { return mantissa_ < 0; }

  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return std::is_eq(a <=> b); }

 private:
  constexpr Decimal(__int128 m, int s) : mantissa_(m), scale_(s) {}
  __int128 mantissa_ = 0;
  int scale_ = 0;  // int, not int8_t: the object is 32 bytes either way (the mantissa aligns it)
};

// `percent` percent of `base` (8.25 percent of 100 is 8.25): exact while the
// two scales add up to at most kMaxScale - 2, as operator* drops digits beyond.
[[nodiscard]] Decimal PercentOf(const Decimal& percent, const Decimal& base);

}  // namespace apbridge
