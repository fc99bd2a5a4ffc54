// CsvReader on libcsv: its callbacks collect a row's fields; a row is handed
// on when libcsv ends it. Strict mode makes a stray quote an error.
#include "codec/csv_reader.hpp"

#include <csv.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

#include "common/text.hpp"
#include "common/text_escape.hpp"

namespace apbridge::codec {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kChunk = size_t{64} * 1024;

}  // namespace

struct CsvReader::Parser {
  csv_parser parser{};
  CsvRow row;
  int64_t rows = 0;      // records ended so far (libcsv skips blank lines)
  bool started = false;  // past a possible BOM
  std::string pending;   // the first bytes, while a BOM may still be arriving
  const CsvRowHandler* on_row = nullptr;
  Status failure = Ok();  // the handler's error, kept until Feed returns

  static void OnField(void* data, size_t size, void* self) noexcept {
    auto* p = static_cast<Parser*>(self);
    try {
      p->row.fields.emplace_back(static_cast<const char*>(data), size);
    } catch (const std::exception& e) {
      p->failure = Fail(Internal(std::string("reading a CSV field failed: ") + e.what()));
    }
  }
  static void OnRowEnd(int, void* self) noexcept {
    auto* p = static_cast<Parser*>(self);
    ++p->rows;
    CsvRow done{p->rows, std::move(p->row.fields)};
    p->row.fields.clear();
    // A record of one empty field (a line holding only spaces) is no row.
    if (done.fields.empty() || (done.fields.size() == 1 && done.fields[0].empty())) return;
    if (!p->failure) return;  // an earlier row failed: the rest is not handed on
    // Checked per row, whole: a sequence split across two feeds is no error.
    for (const std::string& field : done.fields) {
      if (!IsValidUtf8(field)) {
        p->failure = Fail(
            InvalidArgument(fmt::format("row {}: ill-formed UTF-8 (the file must be UTF-8)", done.number)));
        return;
      }
    }
    // Nothing may unwind through libcsv's C frames.
    try {
      p->failure = (*p->on_row)(std::move(done));
    } catch (const std::exception& e) {
      p->failure = Fail(Internal(std::string("reading a CSV row failed: ") + e.what()));
    }
  }

  Status Parse(std::string_view bytes) {
    // The bytes before a NUL are parsed first, so the error names its row.
    const size_t nul = bytes.find('\0');
    if (nul != std::string_view::npos) {
      APB_TRY_STATUS(Parse(bytes.substr(0, nul)));
      return Fail(
          InvalidArgument(fmt::format("row {}: a NUL byte: this is a binary file, not CSV text", rows + 1)));
    }
    if (csv_parse(&parser, bytes.data(), bytes.size(), OnField, OnRowEnd, this) != bytes.size()) {
      return Fail(
          InvalidArgument(fmt::format("row {}: {} (a quote inside an unquoted field, or text after a "
                                      "closing quote)",
                                      rows + 1, csv_strerror(csv_error(&parser)))));
    }
    return failure;
  }
};

CsvReader::CsvReader() : parser_(std::make_unique<Parser>()) {
  if (csv_init(&parser_->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
    throw std::bad_alloc();
  }
}

CsvReader::~CsvReader() { csv_free(&parser_->parser); }

Status CsvReader::Feed(std::string_view bytes, const CsvRowHandler& on_row) {
  parser_->on_row = &on_row;
  if (!parser_->started) {
    // A BOM may arrive split across feeds: hold the first three bytes.
    parser_->pending.append(bytes);
    if (parser_->pending.size() < kBom.size() && kBom.starts_with(parser_->pending)) return Ok();
    parser_->started = true;
    std::string_view first = parser_->pending;
    if (first.starts_with(kBom)) first.remove_prefix(kBom.size());
    const std::string held = std::string(first);
    parser_->pending.clear();
    return Feed(held, on_row);
  }
  return parser_->Parse(bytes);
}

Status CsvReader::Finish(const CsvRowHandler& on_row) {
  parser_->on_row = &on_row;
  if (!parser_->started) {
    parser_->started = true;
    const std::string held = std::move(parser_->pending);
    APB_TRY_STATUS(parser_->Parse(held));
  }
  if (csv_fini(&parser_->parser, Parser::OnField, Parser::OnRowEnd, parser_.get()) != 0) {
    return Fail(InvalidArgument(
        fmt::format("row {}: a quoted field is not closed before the end of the file", parser_->rows + 1)));
  }
  return parser_->failure;
}

Status ReadCsv(std::istream& in, const CsvRowHandler& on_row) {
  CsvReader reader;
  std::array<char, kChunk> buffer{};
  while (in) {
    in.read(buffer.data(), buffer.size());
    const auto got = static_cast<size_t>(in.gcount());
    if (got == 0) break;
    APB_TRY_STATUS(reader.Feed(std::string_view(buffer.data(), got), on_row));
  }
  if (in.bad()) return Fail(Internal("reading the CSV file failed"));
  return reader.Finish(on_row);
}

Result<CsvColumns> CsvColumns::FromHeader(const CsvRow& header, std::span<const Expected> expected) {
  CsvColumns columns;
  columns.width_ = header.fields.size();
  std::vector<std::string> problems;
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = AsciiLower(Trim(header.fields[i]));
    if (name.empty()) {
      problems.push_back(fmt::format("column {} has no name", i + 1));
      continue;
    }
    const bool known = std::any_of(expected.begin(), expected.end(),
                                   [&](const Expected& e) { return IEquals(e.name, name); });
    if (!known) {
      problems.push_back(fmt::format("unknown column {}", Quoted(Trim(header.fields[i]))));
    } else if (columns.Has(name)) {
      problems.push_back(fmt::format("column {} appears twice", Quoted(Trim(header.fields[i]))));
    } else {
      columns.index_.emplace_back(name, i);
    }
  }
  for (const Expected& e : expected) {
    if (e.required && !columns.Has(e.name))
      problems.push_back(fmt::format("missing column {}", Quoted(e.name)));
  }
  if (!problems.empty()) {
    return Fail(InvalidArgument(fmt::format("the header row is not right: {}", fmt::join(problems, "; "))));
  }
  return columns;
}

bool CsvColumns::Has(std::string_view name) const {
  return std::any_of(index_.begin(), index_.end(), [&](const auto& c) { return IEquals(c.first, name); });
}

std::string_view CsvColumns::Value(const CsvRow& row, std::string_view name) const {
  for (const auto& [column, i] : index_) {
    if (IEquals(column, name)) return i < row.fields.size() ? Trim(row.fields[i]) : std::string_view();
  }
  return {};
}

}  // namespace apbridge::codec
