// Reading CSV as Coupa's flat files are written (RFC 4180: quoted fields,
// "" escapes, newlines inside quotes, CRLF or LF, an optional UTF-8 BOM),
// streaming over libcsv in strict mode: rows are handed out one at a time,
// so memory is bounded by the longest row, not the file.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace apbridge::codec {

struct CsvRow {
  int64_t number = 0;  // its place among the file's records, from 1 (the header); blank lines are none
  std::vector<std::string> fields;
};

// Called for each row that is not blank; an error stops the reading and is
// what the reading answers.
using CsvRowHandler = std::function<Status(CsvRow&&)>;

// Not thread-safe; one per file.
class CsvReader {
 public:
  CsvReader();
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // The next bytes of the file; each complete row goes to `on_row`.
  // InvalidArgument naming the row for a malformed quote, a NUL byte (a
  // binary file) or ill-formed UTF-8.
  [[nodiscard]] Status Feed(std::string_view bytes, const CsvRowHandler& on_row);
  // The end of the file: its last row, or InvalidArgument for a quote left open.
  [[nodiscard]] Status Finish(const CsvRowHandler& on_row);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

// Reads `in` to its end in 64 KiB chunks through a CsvReader.
[[nodiscard]] Status ReadCsv(std::istream& in, const CsvRowHandler& on_row);

// A file's columns, found by header name (trimmed, any case): which column
// each expected name is in, and what the header got wrong.
class CsvColumns {
 public:
  struct Expected {
    std::string_view name;
    bool required = false;
  };

  // InvalidArgument naming every missing required column, every unknown or
  // repeated one, and an empty header name (the whole file is refused then).
  [[nodiscard]] static Result<CsvColumns> FromHeader(const CsvRow& header,
                                                     std::span<const Expected> expected);

  // The row's value of column `name` (trimmed); empty when the file has no
  // such column or the row is shorter.
  [[nodiscard]] std::string_view Value(const CsvRow& row, std::string_view name) const;
  [[nodiscard]] bool Has(std::string_view name) const;
  [[nodiscard]] size_t width() const { return width_; }

 private:
  std::vector<std::pair<std::string, size_t>> index_;  // lower-cased name -> column
  size_t width_ = 0;
};

}  // namespace apbridge::codec
