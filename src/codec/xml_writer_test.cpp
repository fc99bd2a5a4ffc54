// Exact XML output: one whole document, a table of single fields, lists.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/testing/test_catalog.hpp"

namespace apbridge::codec {
namespace {

using model::testing::Full;
using model::testing::MakeRecord;
using model::testing::Res;

constexpr std::string_view kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

Timestamp At(std::string_view text) { return *ParseTimestamp(text); }

WriteOptions Pacific() {
  WriteOptions options;
  options.time_zone = *TimeZone::Named("-08:00");
  return options;
}

// The invoice of the spec's example, with one of everything.
model::RecordPtr SampleInvoice() {
  return MakeRecord(
      "invoice-header",
      {{"id", int64_t{106}},
       {"invoice-number", std::string("test1234536")},
       {"paid", true},
       {"total", Decimal::FromScaled(5670700, 4)},
       {"tax-rate", Decimal::FromScaled(17500000, 6)},
       {"invoice-date", At("2016-06-23T08:00:00Z")},
       {"payment-date", model::Null{}},
       {"payment-notes", std::string()},
       {"status", std::string("approved")},
       {"secret", std::string("write-only")},
       {"supplier", MakeRecord("supplier", {{"id", int64_t{5}}, {"name", std::string("12345")}})},
       {"invoice-lines",
        model::RecordList{MakeRecord("invoice-line", {{"id", int64_t{1}},
                                                      {"line-num", int64_t{1}},
                                                      {"description", std::string("Paper & pens")},
                                                      {"price", Decimal::FromScaled(105, 1)}})}},
       {"payments", model::RecordList{}}});
}

TEST(XmlWriterTest, WritesAWholeRecord) {
  std::string out;
  auto sample = SampleInvoice();
  WriteRecord(*sample, Full(*sample), Format::kXml, Pacific(), &out);
  EXPECT_EQ(out, std::string(kDecl) +
                     "<invoice-header>\n"
                     "  <id type=\"integer\">106</id>\n"
                     "  <invoice-number>test1234536</invoice-number>\n"
                     "  <paid type=\"boolean\">true</paid>\n"
                     "  <total type=\"decimal\">567.07</total>\n"
                     "  <tax-rate type=\"float\">17.5</tax-rate>\n"
                     "  <invoice-date type=\"dateTime\">2016-06-23T00:00:00-08:00</invoice-date>\n"
                     "  <payment-date nil=\"true\"/>\n"
                     "  <payment-notes/>\n"
                     "  <status>approved</status>\n"
                     "  <supplier>\n"
                     "    <id type=\"integer\">5</id>\n"
                     "    <name>12345</name>\n"
                     "  </supplier>\n"
                     "  <invoice-lines type=\"array\">\n"
                     "    <invoice-line>\n"
                     "      <id type=\"integer\">1</id>\n"
                     "      <line-num type=\"integer\">1</line-num>\n"
                     "      <description>Paper &amp; pens</description>\n"
                     "      <price type=\"decimal\">10.50</price>\n"
                     "    </invoice-line>\n"
                     "  </invoice-lines>\n"
                     "  <payments type=\"array\"/>\n"
                     "</invoice-header>\n");
}

TEST(XmlWriterTest, AppendsToTheCallersBuffer) {
  std::string out = "KEEP";
  auto supplier = MakeRecord("supplier", {{"id", int64_t{1}}});
  WriteRecord(*supplier, Full(*supplier), Format::kXml, {}, &out);
  EXPECT_EQ(out, "KEEP" + std::string(kDecl) + "<supplier>\n  <id type=\"integer\">1</id>\n</supplier>\n");
}

struct FieldCase {
  std::string_view field;
  model::Value value;
  std::string_view xml;  // the field's line, without indentation; empty = not rendered
};

TEST(XmlWriterTest, RendersEachFieldType) {
  const FieldCase kCases[] = {
      {"id", int64_t{0}, "<id type=\"integer\">0</id>"},
      {"id", int64_t{-9223372036854775807 - 1}, "<id type=\"integer\">-9223372036854775808</id>"},
      {"id", model::Null{}, "<id nil=\"true\"/>"},  // Rails writes a null with no type
      {"id", model::Absent{}, ""},
      {"invoice-number", std::string("A<B>&\"C\"'"),
       "<invoice-number>A&lt;B&gt;&amp;&quot;C&quot;'</invoice-number>"},
      {"invoice-number", std::string(), "<invoice-number/>"},
      {"invoice-number", model::Null{}, "<invoice-number nil=\"true\"/>"},
      {"invoice-number", std::string("bad \xFF\x01"),
       "<invoice-number>bad \xEF\xBF\xBD\xEF\xBF\xBD</invoice-number>"},
      {"payment-notes", std::string("line1\r\nline2"), "<payment-notes>line1&#13;\nline2</payment-notes>"},
      {"paid", false, "<paid type=\"boolean\">false</paid>"},
      {"paid", model::Null{}, "<paid nil=\"true\"/>"},
      {"total", Decimal::FromScaled(10000, 4), "<total type=\"decimal\">1.00</total>"},
      {"total", Decimal::FromScaled(-12345, 4), "<total type=\"decimal\">-1.2345</total>"},
      {"total", Decimal::FromInt(0), "<total type=\"decimal\">0.00</total>"},
      {"tax-rate", Decimal::FromInt(0), "<tax-rate type=\"float\">0.0</tax-rate>"},
      {"tax-rate", Decimal::FromScaled(8250000, 6), "<tax-rate type=\"float\">8.25</tax-rate>"},
      {"invoice-date", At("2016-06-23T00:00:00Z"),
       "<invoice-date type=\"dateTime\">2016-06-23T00:00:00Z</invoice-date>"},  // UTC is written Z
      {"status", std::string("pending_approval"), "<status>pending_approval</status>"},
      {"secret", std::string("x"), ""},  // no kOut flag
      {"supplier", model::Null{}, "<supplier nil=\"true\"/>"},
      {"supplier", model::RecordPtr(), "<supplier nil=\"true\"/>"},
      {"payments", model::RecordList{}, "<payments type=\"array\"/>"},
  };
  for (const FieldCase& c : kCases) {
    model::RecordPtr record = MakeRecord("invoice-header", {{c.field, c.value}});
    std::string out;
    WriteRecord(*record, Full(*record), Format::kXml, {}, &out);
    const std::string body = c.xml.empty() ? "" : "  " + std::string(c.xml) + "\n";
    EXPECT_EQ(out, std::string(kDecl) + "<invoice-header>\n" + body + "</invoice-header>\n") << c.field;
  }
}

TEST(XmlWriterTest, RendersTimesInTheInstanceZone) {
  WriteOptions options;
  options.time_zone = *TimeZone::Named("America/Los_Angeles");
  std::string out;
  auto payment = MakeRecord("payment", {{"payment-date", At("2016-06-23T07:00:00Z")}});
  WriteRecord(*payment, Full(*payment), Format::kXml, options, &out);
  EXPECT_NE(out.find("<payment-date type=\"dateTime\">2016-06-23T00:00:00-07:00</payment-date>"),
            std::string::npos)
      << out;
}

TEST(XmlWriterTest, WritesLists) {
  const model::RecordPtr records[] = {
      MakeRecord("payment", {{"id", int64_t{1}}, {"amount-paid", Decimal::FromScaled(100, 2)}}),
      nullptr,
      MakeRecord("payment", {{"id", int64_t{2}}, {"notes", std::string("10")}}),
  };
  std::string out;
  WriteList(records, *Res("payment").projection(model::Shape::kFull), Format::kXml, {}, &out);
  EXPECT_EQ(out, std::string(kDecl) +
                     "<payments type=\"array\">\n"
                     "  <payment>\n"
                     "    <id type=\"integer\">1</id>\n"
                     "    <amount-paid type=\"decimal\">1.00</amount-paid>\n"
                     "  </payment>\n"
                     "  <payment>\n"
                     "    <id type=\"integer\">2</id>\n"
                     "    <notes>10</notes>\n"
                     "  </payment>\n"
                     "</payments>\n");
}

TEST(XmlWriterTest, WritesAnEmptyList) {
  std::string out;
  WriteList({}, *Res("invoice-header").projection(model::Shape::kFull), Format::kXml, {}, &out);
  EXPECT_EQ(out, std::string(kDecl) + "<invoice-headers type=\"array\"/>\n");
}

TEST(XmlWriterTest, StopsAtACycle) {
  model::RecordPtr a = MakeRecord("supplier", {{"id", int64_t{1}}});
  a->Set("parent", a);  // a bug in a caller must not recurse forever
  std::string out;
  WriteRecord(*a, Full(*a), Format::kXml, {}, &out);
  EXPECT_LT(out.size(), 100000u);
  a->Set("parent", model::Null{});  // break the cycle so the record is freed
}

}  // namespace
}  // namespace apbridge::codec
