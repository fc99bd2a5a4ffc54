// The checks of limits.hpp, with messages that name the value and the field.
#include "resources/invoices/limits.hpp"

#include <string>

namespace apbridge::resources::invoices {
namespace {

// "price '1.0000000001' has more than 9 decimal places" (no name when `what` is empty).
Error Invalid(std::string_view what, const Decimal& value, const std::string& problem) {
  const std::string named = what.empty() ? "" : std::string(what) + " ";
  return InvalidArgument(named + "'" + value.ToString() + "' " + problem);
}

}  // namespace

Result<Decimal> CheckedValue(std::string_view what, const Decimal& value, int decimals) {
  const Decimal trimmed = value.Rounded(decimals, RoundingMode::kHalfEven);
  if (trimmed != value) {
    return Fail(Invalid(what, value, "has more than " + std::to_string(decimals) + " decimal places"));
  }
  const Decimal limit = Decimal::FromInt(kMaxMagnitude);
  if (value >= limit || value <= Decimal{} - limit) {
    return Fail(Invalid(what, value, "is not below " + std::to_string(kMaxMagnitude) + " in magnitude"));
  }
  return trimmed;
}

Result<Decimal> CheckedRate(std::string_view what, const Decimal& percent, int64_t max_percent) {
  if (percent.IsNegative() || percent > Decimal::FromInt(max_percent)) {
    return Fail(Invalid(what, percent, "is not between 0 and " + std::to_string(max_percent) + " percent"));
  }
  return CheckedValue(what, percent, kMaxRateDecimals);
}

}  // namespace apbridge::resources::invoices
