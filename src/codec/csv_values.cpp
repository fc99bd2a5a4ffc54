// CsvBool, CsvDecimal, CsvInteger, CsvDate.
#include "codec/csv_values.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>

#include "common/text.hpp"

namespace apbridge::codec {
namespace {

Error Refuse(std::string_view column, std::string_view cell, std::string_view what) {
  return InvalidArgument(fmt::format("{}: '{}' is not {}", column, cell, what));
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  return true;
}

constexpr std::string_view kDateForms = "a date (YYYY-MM-DD or MM/DD/YYYY)";

}  // namespace

Result<std::optional<bool>> CsvBool(std::string_view cell, std::string_view column) {
  if (cell.empty()) return std::optional<bool>{};
  static constexpr std::array<std::string_view, 5> kTrue = {"true", "yes", "y", "t", "1"};
  static constexpr std::array<std::string_view, 5> kFalse = {"false", "no", "n", "f", "0"};
  for (std::string_view t : kTrue) {
    if (IEquals(cell, t)) return std::optional<bool>{true};
  }
  for (std::string_view f : kFalse) {
    if (IEquals(cell, f)) return std::optional<bool>{false};
  }
  return Fail(Refuse(column, cell, "true or false (Yes/No, Y/N, T/F)"));
}

Result<std::optional<Decimal>> CsvDecimal(std::string_view cell, std::string_view column) {
  if (cell.empty()) return std::optional<Decimal>{};
  auto d = Decimal::Parse(cell);
  if (!d) return Fail(Refuse(column, cell, "a number"));
  return std::optional<Decimal>{*d};
}

Result<std::optional<int64_t>> CsvInteger(std::string_view cell, std::string_view column) {
  if (cell.empty()) return std::optional<int64_t>{};
  int64_t n = 0;
  if (!ParseInt64(cell, &n)) return Fail(Refuse(column, cell, "a whole number"));
  return std::optional<int64_t>{n};
}

Result<std::optional<Timestamp>> CsvDate(std::string_view cell, std::string_view column) {
  if (cell.empty()) return std::optional<Timestamp>{};
  std::string iso(cell);
  // MM/DD/YYYY and YYYY/MM/DD are rewritten as YYYY-MM-DD.
  if (cell.size() == 10 && cell[2] == '/' && cell[5] == '/' && AllDigits(cell.substr(0, 2)) &&
      AllDigits(cell.substr(3, 2)) && AllDigits(cell.substr(6, 4))) {
    iso = fmt::format("{}-{}-{}", cell.substr(6, 4), cell.substr(0, 2), cell.substr(3, 2));
  } else if (cell.size() == 10 && cell[4] == '/' && cell[7] == '/') {
    iso = fmt::format("{}-{}-{}", cell.substr(0, 4), cell.substr(5, 2), cell.substr(8, 2));
  }
  if (iso.size() < 8 || iso[4] != '-' || !AllDigits(std::string_view(iso).substr(0, 4))) {
    return Fail(Refuse(column, cell, kDateForms));
  }
  auto wall = ParseWallClock(iso);
  if (!wall) return Fail(Refuse(column, cell, kDateForms));
  return std::optional<Timestamp>{std::chrono::floor<std::chrono::days>(*wall)};
}

}  // namespace apbridge::codec
