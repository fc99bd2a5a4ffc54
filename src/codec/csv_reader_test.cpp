// CsvReader: RFC 4180 as flat files arrive (quotes, "" escapes, newlines in
// quotes, CRLF, a BOM, blank lines), fed in any chunking; malformed files
// refused with the row; columns found by header name.
#include "codec/csv_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace apbridge::codec {
namespace {

// Every row of `text`, fed `chunk` bytes at a time.
Result<std::vector<CsvRow>> Rows(std::string_view text, size_t chunk = 1 << 20) {
  std::vector<CsvRow> rows;
  CsvRowHandler keep = [&](CsvRow&& row) {
    rows.push_back(std::move(row));
    return Ok();
  };
  CsvReader reader;
  for (size_t i = 0; i < text.size(); i += chunk) APB_TRY_STATUS(reader.Feed(text.substr(i, chunk), keep));
  APB_TRY_STATUS(reader.Finish(keep));
  return rows;
}

using Fields = std::vector<std::string>;

TEST(CsvReaderTest, QuotesEscapesNewlinesCrlfBomAndBlankLinesInAnyChunking) {
  const std::string text =
      "\xEF\xBB\xBFInvoice Number,Supplier,Amount\r\n"
      "\"INV-1\",\"Acme, Inc.\",10.00\r\n"
      "\r\n"
      "INV-2,\"He said \"\"hi\"\"\",\"1\n2\"\r\n"
      "INV-3,,\n"
      "INV-4,last,no newline";
  for (size_t chunk : {size_t{1}, size_t{2}, size_t{5}, size_t{1} << 20}) {
    SCOPED_TRACE(chunk);
    auto rows = Rows(text, chunk);
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 5u);
    EXPECT_EQ((*rows)[0].fields, (Fields{"Invoice Number", "Supplier", "Amount"})) << "the BOM is not a name";
    EXPECT_EQ((*rows)[1].fields, (Fields{"INV-1", "Acme, Inc.", "10.00"}));
    EXPECT_EQ((*rows)[2].number, 3) << "the blank line is no record";
    EXPECT_EQ((*rows)[2].fields, (Fields{"INV-2", "He said \"hi\"", "1\n2"}));
    EXPECT_EQ((*rows)[3].fields, (Fields{"INV-3", "", ""}));
    EXPECT_EQ((*rows)[4].fields, (Fields{"INV-4", "last", "no newline"}));
  }
}

TEST(CsvReaderTest, MalformedFilesAreRefusedWithTheRow) {
  struct Case {
    std::string text, says;
  };
  const Case cases[] = {
      {"a,b\n1,\"open\n", "row 2: a quoted field is not closed"},
      {"a,b\n1,x\"y\"z\n", "row 2"},
      {"a,b\n1,\"q\"x\n", "row 2"},
      {std::string("a,b\n1,\0x\n", 9), "row 2: a NUL byte: this is a binary file"},
      {std::string("a,b\n1,2\n3,4\n\x01\0\x02", 15), "row 4: a NUL byte"},
      {"a,b\n1,\xff\xfe\n", "row 2: ill-formed UTF-8"},
  };
  for (const Case& c : cases) {
    auto rows = Rows(c.text);
    ASSERT_FALSE(rows) << c.text;
    EXPECT_EQ(rows.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(rows.error().message.find(c.says), std::string::npos) << rows.error().message;
  }
}

TEST(CsvReaderTest, AHandlersErrorStopsTheReading) {
  int seen = 0;
  std::istringstream in("a\n1\n2\n3\n");
  Status s = ReadCsv(in, [&](CsvRow&& row) -> Status {
    ++seen;
    if (row.number == 2) return Fail(InvalidArgument("row 2 is bad"));
    return Ok();
  });
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message, "row 2 is bad");
  EXPECT_EQ(seen, 2) << "no row after the failed one";
}

TEST(CsvReaderTest, ReadsALargeStreamARowAtATime) {
  std::string text = "id,name\n";
  for (int i = 0; i < 200000; ++i) text += std::to_string(i) + ",\"name " + std::to_string(i) + "\"\n";
  std::istringstream in(text);
  int64_t rows = 0, last = -1;
  ASSERT_TRUE(ReadCsv(in, [&](CsvRow&& row) {
    ++rows;
    if (row.number > 1) last = std::stoll(row.fields[0]);
    return Ok();
  }));
  EXPECT_EQ(rows, 200001);
  EXPECT_EQ(last, 199999);
}

TEST(CsvColumnsTest, FoundByNameInAnyOrderAndCase) {
  const CsvColumns::Expected expected[] = {{"Invoice Number", true}, {"Supplier", true}, {"Notes", false}};
  auto columns = CsvColumns::FromHeader({1, {" supplier ", "INVOICE NUMBER"}}, expected);
  ASSERT_TRUE(columns) << columns.error().message;
  const CsvRow row{2, {" Acme ", "INV-9"}};
  EXPECT_EQ(columns->Value(row, "Invoice Number"), "INV-9");
  EXPECT_EQ(columns->Value(row, "Supplier"), "Acme");
  EXPECT_EQ(columns->Value(row, "Notes"), "") << "an optional column the file lacks";
  EXPECT_FALSE(columns->Has("Notes"));
  EXPECT_EQ(columns->Value({3, {"only one"}}, "Invoice Number"), "") << "a short row";
}

TEST(CsvColumnsTest, AWrongHeaderNamesEveryProblem) {
  const CsvColumns::Expected expected[] = {{"Invoice Number", true}, {"Supplier", true}};
  auto columns = CsvColumns::FromHeader({1, {"Invoice Number", "Colour", "invoice number", ""}}, expected);
  ASSERT_FALSE(columns);
  const std::string& m = columns.error().message;
  EXPECT_NE(m.find("unknown column 'Colour'"), std::string::npos) << m;
  EXPECT_NE(m.find("column 'invoice number' appears twice"), std::string::npos) << m;
  EXPECT_NE(m.find("column 4 has no name"), std::string::npos) << m;
  EXPECT_NE(m.find("missing column 'Supplier'"), std::string::npos) << m;
}

}  // namespace
}  // namespace apbridge::codec
