// Decimal parsing, scaling, formatting and arithmetic on a 128-bit mantissa.
#include "common/decimal.hpp"

#include <algorithm>
#include <stdexcept>

namespace apbridge {
namespace {

constexpr int kMaxDigits = 38;

__int128 Pow10(int n) {
  __int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

// Brings both operands to the larger scale (may lose nothing; scales are <= 20
// and digits <= 38, so multiplication fits).
std::pair<__int128, __int128> Align(const Decimal& a, const Decimal& b, int* scale) {
  *scale = std::max(a.scale(), b.scale());
  return {a.mantissa() * Pow10(*scale - a.scale()), b.mantissa() * Pow10(*scale - b.scale())};
}

}  // namespace

Result<Decimal> Decimal::Parse(std::string_view text) {
  auto invalid = [&] { return Fail(InvalidArgument("'" + std::string(text) + "' is not a decimal number")); };
  std::string_view s = text;
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return invalid();
  __int128 mantissa = 0;
  int scale = 0;
  int digits = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (char c : s) {
    if (c == '.') {
      if (seen_point) return invalid();
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return invalid();
    seen_digit = true;
    if (mantissa != 0 || c != '0') ++digits;
    if (digits > kMaxDigits) return invalid();
    mantissa = mantissa * 10 + (c - '0');
    if (seen_point) ++scale;
  }
  if (!seen_digit) return invalid();
  // Drop trailing fraction zeros beyond kMaxScale rather than failing on "1.000...0".
  while (scale > kMaxScale && mantissa % 10 == 0) {
    mantissa /= 10;
    --scale;
  }
  if (scale > kMaxScale) {
    return Fail(InvalidArgument("'" + std::string(text) + "' has too many decimal places"));
  }
  return Decimal(negative ? -mantissa : mantissa, scale);
}

Result<Decimal> Decimal::Rescaled(int scale) const {
  if (scale == scale_) return *this;
  if (scale > scale_) {
    int diff = scale - scale_;
    __int128 limit = Pow10(kMaxDigits - diff);
    if (mantissa_ >= limit || mantissa_ <= -limit) return Fail(InvalidArgument("decimal value is too large"));
    return Decimal(mantissa_ * Pow10(diff), scale);
  }
  __int128 factor = Pow10(scale_ - scale);
  if (mantissa_ % factor != 0) {
    return Fail(
        InvalidArgument("'" + ToString() + "' has more than " + std::to_string(scale) + " decimal places"));
  }
  return Decimal(mantissa_ / factor, scale);
}

Decimal Decimal::Rounded(int scale, RoundingMode mode) const {
  if (scale < 0) throw std::invalid_argument("Decimal::Rounded: negative scale " + std::to_string(scale));
  if (scale_ <= scale) return *this;
  const __int128 factor = Pow10(scale_ - scale);
  __int128 quotient = mantissa_ / factor;  // truncated towards zero
  const __int128 remainder = mantissa_ % factor;
  // The dropped digits against one half of the last kept digit: below, at or above it.
  const auto dropped = 2 * (remainder < 0 ? -remainder : remainder) <=> factor;
  const bool away_from_zero = mode == RoundingMode::kHalfAwayFromZero
                                  ? std::is_gteq(dropped)
                                  : std::is_gt(dropped) || (std::is_eq(dropped) && quotient % 2 != 0);
  if (away_from_zero) quotient += mantissa_ < 0 ? -1 : 1;
  return Decimal(quotient, scale);
}

Result<int64_t> Decimal::ToScaledInt64(int scale) const {
  APB_TRY(Decimal d, Rescaled(scale));
  if (d.mantissa_ > INT64_MAX || d.mantissa_ < INT64_MIN) {
    return Fail(InvalidArgument("'" + ToString() + "' is too large"));
  }
  return static_cast<int64_t>(d.mantissa_);
}

std::string Decimal::ToString(int min_scale) const {
  __int128 m = mantissa_;
  int scale = scale_;
  while (scale > min_scale && m % 10 == 0) {
    m /= 10;
    --scale;
  }
  bool negative = m < 0;
  unsigned __int128 u = negative ? static_cast<unsigned __int128>(-m) : static_cast<unsigned __int128>(m);
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  } while (u != 0);
  while (static_cast<int>(digits.size()) <= scale) digits.push_back('0');
  std::reverse(digits.begin(), digits.end());
  while (scale < min_scale) {
    digits.push_back('0');
    ++scale;
  }
  if (scale > 0) digits.insert(digits.end() - scale, '.');
  if (negative) digits.insert(digits.begin(), '-');
  return digits;
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = Align(a, b, &scale);
  return Decimal(x + y, scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = Align(a, b, &scale);
  return Decimal(x - y, scale);
}

Decimal operator*(const Decimal& a, const Decimal& b) {
  int scale = a.scale_ + b.scale_;
  __int128 m = a.mantissa_ * b.mantissa_;
  while (scale > Decimal::kMaxScale) {
    m /= 10;
    --scale;
  }
  return Decimal(m, scale);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = Align(a, b, &scale);
  return x <=> y;
}

Decimal PercentOf(const Decimal& percent, const Decimal& base) {
  return base * percent * Decimal::FromScaled(1, 2);
}

}  // namespace apbridge
