// Exact JSON output: one whole document, a table of single fields, lists.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/testing/test_catalog.hpp"

namespace apbridge::codec {
namespace {

using model::testing::Full;
using model::testing::MakeRecord;
using model::testing::Res;

Timestamp At(std::string_view text) { return *ParseTimestamp(text); }

TEST(JsonWriterTest, WritesAWholeRecord) {
  model::RecordPtr invoice = MakeRecord(
      "invoice-header",
      {{"id", int64_t{106}},
       {"invoice-number", std::string("test \"1234536\"")},
       {"paid", true},
       {"total", Decimal::FromScaled(5670700, 4)},
       {"tax-rate", Decimal::FromScaled(17500000, 6)},
       {"invoice-date", At("2016-06-23T08:00:00Z")},
       {"payment-date", model::Null{}},
       {"payment-notes", std::string()},
       {"status", std::string("approved")},
       {"secret", std::string("write-only")},
       {"supplier", MakeRecord("supplier", {{"id", int64_t{5}}, {"name", std::string("12345")}})},
       {"invoice-lines", model::RecordList{MakeRecord(
                             "invoice-line", {{"id", int64_t{1}}, {"price", Decimal::FromScaled(105, 1)}})}},
       {"payments", model::RecordList{}}});
  WriteOptions options;
  options.time_zone = *TimeZone::Named("-08:00");
  std::string out;
  WriteRecord(*invoice, Full(*invoice), Format::kJson, options, &out);
  EXPECT_EQ(out,
            R"({"id":106,"invoice-number":"test \"1234536\"","paid":true,"total":"567.07","tax-rate":17.5,)"
            R"("invoice-date":"2016-06-23T00:00:00-08:00","payment-date":null,"payment-notes":"",)"
            R"("status":"approved","supplier":{"id":5,"name":"12345"},)"
            R"("invoice-lines":[{"id":1,"price":"10.50"}],"payments":[]})");
}

struct FieldCase {
  std::string_view field;
  model::Value value;
  std::string_view json;  // the member; empty = not rendered
};

TEST(JsonWriterTest, RendersEachFieldType) {
  const FieldCase kCases[] = {
      {"id", int64_t{-42}, R"("id":-42)"},
      {"id", model::Null{}, R"("id":null)"},
      {"id", model::Absent{}, ""},
      {"invoice-number", std::string("tab\there \\ \"q\" </script>"),
       R"("invoice-number":"tab\there \\ \"q\" </script>")"},
      {"invoice-number", std::string("\x01\xC3\xA9\xFF"),
       "\"invoice-number\":\"\\u0001\xC3\xA9\xEF\xBF\xBD\""},
      {"paid", false, R"("paid":false)"},
      {"total", Decimal::FromScaled(10000, 4), R"("total":"1.00")"},
      {"total", Decimal::FromScaled(-5, 4), R"("total":"-0.0005")"},
      {"tax-rate", Decimal::FromInt(0), R"("tax-rate":0.0)"},
      {"tax-rate", Decimal::FromScaled(-8250000, 6), R"("tax-rate":-8.25)"},
      {"invoice-date", At("2016-06-23T00:00:00Z"), R"("invoice-date":"2016-06-23T00:00:00Z")"},
      {"secret", std::string("x"), ""},
      {"supplier", model::Null{}, R"("supplier":null)"},
      {"supplier", model::RecordPtr(), R"("supplier":null)"},
      {"payments", model::RecordList{}, R"("payments":[])"},
      {"payments", model::Null{}, R"("payments":null)"},
  };
  for (const FieldCase& c : kCases) {
    std::string out;
    auto record = MakeRecord("invoice-header", {{c.field, c.value}});
    WriteRecord(*record, Full(*record), Format::kJson, {}, &out);
    EXPECT_EQ(out, "{" + std::string(c.json) + "}") << c.field;
  }
}

TEST(JsonWriterTest, WritesLists) {
  const model::RecordPtr records[] = {
      MakeRecord("payment", {{"id", int64_t{1}}, {"amount-paid", Decimal::FromScaled(100, 2)}}),
      nullptr,
      MakeRecord("payment", {{"id", int64_t{2}}}),
  };
  std::string out;
  WriteList(records, *Res("payment").projection(model::Shape::kFull), Format::kJson, {}, &out);
  EXPECT_EQ(out, R"([{"id":1,"amount-paid":"1.00"},{"id":2}])");
  out.clear();
  WriteList({}, *Res("payment").projection(model::Shape::kFull), Format::kJson, {}, &out);
  EXPECT_EQ(out, "[]");
}

}  // namespace
}  // namespace apbridge::codec
