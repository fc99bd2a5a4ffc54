// Text -> scalar field value, shared by the XML and JSON readers: one set of
// rules for integers, decimals, booleans, datetimes, enums and strings.
#pragma once

#include <string_view>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "model/field.hpp"
#include "model/record.hpp"

namespace apbridge::codec::internal {

// Parses `text` as the value of scalar field `field`.
// - kString/kText: the text as is; must be valid UTF-8 and, for kString with
//   a length, at most that many characters.
// - Other types: surrounding whitespace is ignored; empty text is model::Null.
// - kInteger: a strict base-10 int64.
// - kDecimal/kFloat: an exact decimal (an exponent is applied exactly), with
//   no more significant fraction digits than field.scale and no more integer
//   digits than precision - scale; stored at field.scale.
// - kBoolean: true/false, 1/0, yes/no, t/f, y/n in any case.
// - kDateTime: anything ParseTimestamp accepts.
// - kEnum: one of field.allowed in any case, stored in the catalog's spelling.
// On failure the error is InvalidArgument with a message naming `path`.
[[nodiscard]] Result<model::Value> ParseScalar(const model::Field& field, std::string_view text,
                                               std::string_view path);

// An exact decimal from "-12.5", "1.5e2", "25E-3" (never through double).
[[nodiscard]] Result<Decimal> ParseExactDecimal(std::string_view text);

}  // namespace apbridge::codec::internal
