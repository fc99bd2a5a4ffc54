// Scalar value -> wire text for the writers.
#include "codec/scalar_format.hpp"

#include <algorithm>
#include <charconv>

namespace apbridge::codec::internal {

void AppendInteger(int64_t value, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out->append(buf, static_cast<size_t>(end - buf));
}

std::string_view BooleanText(bool value) { return value ? "true" : "false"; }

int DecimalMinScale(const model::Field& field) {
  switch (field.type) {
    case model::FieldType::kDecimal:
      return field.Has(model::kNotMoney) ? std::min<int>(1, field.scale) : std::min<int>(2, field.scale);
    case model::FieldType::kFloat:
      return 1;
    default:
      return 0;
  }
}

void AppendDecimal(const model::Field& field, const Decimal& value, std::string* out) {
  out->append(value.ToString(DecimalMinScale(field)));
}

void AppendTime(const model::Field& field, Timestamp value, const TimeZone& zone, std::string* out) {
  out->append(field.Has(model::kLocalDate) ? zone.FormatWallClock(value) : zone.Format(value));
}

}  // namespace apbridge::codec::internal
