// Text -> typed field value: the one set of rules for integers, decimals,
// booleans, datetimes, enums and strings, whatever the text came in (an XML or
// JSON body, a query string, a CSV cell).
#pragma once

#include <optional>
#include <string_view>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "model/field.hpp"
#include "model/record.hpp"

namespace apbridge::model {

// What the value is for: stored (a write checks lengths) or compared with
// stored values (a query: a longer text simply matches nothing).
enum class ValueUse { kWrite, kCompare };

// Parses `text` as the value of scalar field `field`.
// - kString/kText: the text as is; must be valid UTF-8 and, for kString with
//   a length and use kWrite, at most that many characters.
// - Other types: surrounding whitespace is ignored; empty text is Null.
// - kInteger: a strict base-10 int64.
// - kDecimal/kFloat: an exact decimal (an exponent is applied exactly), with
//   no more significant fraction digits than field.scale and no more integer
//   digits than precision - scale; stored at field.scale.
// - kBoolean: true/false, 1/0, yes/no, t/f, y/n in any case.
// - kDateTime: anything ParseTimestamp accepts; for kLocalDate fields the
//   date and time as written (ParseWallClock), the offset ignored.
// - kEnum: one of field.allowed in any case, stored in the catalog's spelling;
//   with use kCompare another value is kept as written (it matches nothing).
// On failure the error is InvalidArgument; its message starts with
// "<path>: " when `path` is not empty ("payments[0].amount-paid: 'x' is not a
// decimal number"), so that callers can name where the text came from.
[[nodiscard]] Result<Value> ParseValue(const Field& field, std::string_view text, std::string_view path,
                                       ValueUse use = ValueUse::kWrite);

// true for true/1/yes/t/y, false for false/0/no/f/n (any case), else nullopt.
[[nodiscard]] std::optional<bool> BooleanNamed(std::string_view text);

// An exact decimal from "-12.5", "1.5e2", "25E-3" (never through double).
[[nodiscard]] Result<Decimal> ParseExactDecimal(std::string_view text);

}  // namespace apbridge::model
