// The limits invoice figures and payment terms must keep, and the checks that
// enforce them (shared by ComputeAmounts and ComputeDueDates).
#pragma once

#include <cstdint>
#include <string_view>

#include "common/decimal.hpp"
#include "common/result.hpp"

namespace apbridge::resources::invoices {

// They keep every product within Decimal's 38 digits. Coupa stores money with
// at most 4 decimals, prices with 9, quantities with 6.
inline constexpr int kMaxCurrencyDecimals = 4;
inline constexpr int kMaxPriceDecimals = 9;
inline constexpr int kMaxQuantityDecimals = 6;
inline constexpr int kMaxRateDecimals = 6;
inline constexpr int64_t kMaxMagnitude = 100'000'000'000;  // prices, quantities, amounts: below 10^11
inline constexpr int64_t kMaxTaxRate = 1000;               // percent
inline constexpr int64_t kMaxDiscountRate = 100;           // percent

// `value` with at most `decimals` fraction digits (trailing zeros dropped, so
// products stay small); InvalidArgument naming `what` (if not empty) when it
// has more or is not below kMaxMagnitude in magnitude.
[[nodiscard]] Result<Decimal> CheckedValue(std::string_view what, const Decimal& value, int decimals);
// A percentage from 0 to `max_percent` with at most kMaxRateDecimals fraction
// digits, as CheckedValue; InvalidArgument naming `what` otherwise.
[[nodiscard]] Result<Decimal> CheckedRate(std::string_view what, const Decimal& percent, int64_t max_percent);

}  // namespace apbridge::resources::invoices
