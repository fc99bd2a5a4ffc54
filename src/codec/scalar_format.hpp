// The wire text of scalar values, shared by the XML and JSON writers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/decimal.hpp"
#include "common/timestamp.hpp"
#include "model/field.hpp"

namespace apbridge::codec::internal {

// All of these append plain ASCII that needs no escaping.
void AppendInteger(int64_t value, std::string* out);
std::string_view BooleanText(bool value);

// Decimals keep every stored digit but trim trailing zeros down to a minimum:
// kDecimal fields show at least 2 fraction digits like money ("567.07",
// "1.00"; fewer if the field's scale is smaller), kFloat fields at least 1
// like Ruby floats ("17.5", "0.0"), anything else none.
int DecimalMinScale(const model::Field& field);
void AppendDecimal(const model::Field& field, const Decimal& value, std::string* out);

// YYYY-MM-DDTHH:MM:SS+HH:MM (or Z) in `zone`; a calendar date (kLocalDate)
// at its wall-clock reading there.
void AppendTime(const model::Field& field, Timestamp value, const TimeZone& zone, std::string* out);

}  // namespace apbridge::codec::internal
