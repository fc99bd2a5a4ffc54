// The values of a flat file's cells, as ERPs write them: each parser names
// the column and quotes the cell when it refuses one, so a row error reads
// "Check Amount Paid: '12,50' is not a number".
#pragma once

#include <optional>
#include <string_view>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "common/timestamp.hpp"

namespace apbridge::codec {

// Every parser answers nullopt for an empty cell (the column is optional
// there) and InvalidArgument naming `column` for a cell it cannot read.

// true/false, yes/no, y/n, t/f, 1/0, any case.
[[nodiscard]] Result<std::optional<bool>> CsvBool(std::string_view cell, std::string_view column);
// An exact decimal: 1234.50, -12, +.5; a thousands separator or a currency sign is refused.
[[nodiscard]] Result<std::optional<Decimal>> CsvDecimal(std::string_view cell, std::string_view column);
// A whole number.
[[nodiscard]] Result<std::optional<int64_t>> CsvInteger(std::string_view cell, std::string_view column);
// A calendar date, as the wall-clock midnight of that day (model::kLocalDate):
// 2026-03-05, 2026/03/05, 03/05/2026 (month first, as Coupa's US default),
// or an ISO 8601 date-time of that day (its time and offset ignored).
[[nodiscard]] Result<std::optional<Timestamp>> CsvDate(std::string_view cell, std::string_view column);

}  // namespace apbridge::codec
