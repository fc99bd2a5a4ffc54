// Write then read: both formats give back the values they rendered.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/testing/test_catalog.hpp"

namespace apbridge::codec {
namespace {

using model::testing::Dump;
using model::testing::Full;
using model::testing::MakeRecord;
using model::testing::Res;

Timestamp At(std::string_view text) { return *ParseTimestamp(text); }

// Records to round-trip; none holds a write-only field (it is not rendered).
std::vector<model::RecordPtr> Samples() {
  std::vector<model::RecordPtr> out;
  out.push_back(MakeRecord(
      "invoice-header",
      {{"id", int64_t{106}},
       {"created-at", At("2016-06-01T12:34:56Z")},
       {"invoice-number", std::string("test1234536")},
       {"paid", true},
       {"total", Decimal::FromScaled(5670700, 4)},
       {"tax-rate", Decimal::FromScaled(17500000, 6)},
       {"invoice-date", At("2016-06-23T08:00:00Z")},
       {"payment-date", model::Null{}},
       {"payment-notes", std::string("ADAMTEST|#10|USD|1.00|FULLY PAID|")},
       {"status", std::string("approved")},
       {"exported", false},
       {"supplier",
        // Embedded in its shape (here: its scalars), as every association is.
        MakeRecord("supplier", {{"id", int64_t{5}}, {"name", std::string("12345")}})},
       {"invoice-lines",
        model::RecordList{
            MakeRecord("invoice-line", {{"id", int64_t{1}}, {"price", Decimal::FromScaled(10123456, 6)}}),
            MakeRecord("invoice-line", {{"id", int64_t{2}}, {"description", std::string()}})}},
       {"payments",
        model::RecordList{MakeRecord("payment", {{"amount-paid", Decimal::FromScaled(-100, 2)},
                                                 {"notes", std::string("reversal")},
                                                 {"payment-date", At("2016-06-23T00:00:00Z")}})}}}));
  out.push_back(MakeRecord("invoice-header",
                           {{"invoice-number", std::string("<&>\"' \t\r\n caf\xC3\xA9 \xF0\x9F\x98\x80")},
                            {"payment-notes", std::string("  spaces kept  ")},
                            {"total", Decimal::FromInt(0)},
                            {"tax-rate", Decimal::FromScaled(1, 6)},
                            {"supplier", model::Null{}},
                            {"payments", model::RecordList{}},
                            {"invoice-lines", model::Null{}}}));
  out.push_back(MakeRecord("invoice-header", {{"invoice-number", std::string()},
                                              {"paid", model::Null{}},
                                              {"id", int64_t{-9223372036854775807 - 1}},
                                              {"total", Decimal::FromScaled(-12345678901234567, 4)}}));
  out.push_back(MakeRecord("invoice-header", {}));
  return out;
}

TEST(RoundTripTest, ReadGivesBackWhatWasWritten) {
  const WriteOptions zones[] = {WriteOptions{}, WriteOptions{*TimeZone::Named("-08:00")},
                                WriteOptions{*TimeZone::Named("Asia/Kolkata")}};
  for (const model::RecordPtr& sample : Samples()) {
    for (Format format : {Format::kXml, Format::kJson}) {
      for (const WriteOptions& options : zones) {
        std::string body;
        WriteRecord(*sample, Full(*sample), format, options, &body);
        auto read = ReadRecord(body, format, Res("invoice-header"), {});
        ASSERT_TRUE(read.has_value()) << read.error().message << "\n" << body;
        EXPECT_EQ(Dump(**read), Dump(*sample)) << body;
      }
    }
  }
}

TEST(RoundTripTest, ListItemsReadBackOneByOne) {
  const model::RecordPtr records[] = {
      MakeRecord("payment", {{"id", int64_t{1}}, {"notes", std::string("a")}}),
      MakeRecord("payment", {{"id", int64_t{2}}, {"notes", std::string("b")}})};
  // A list is not a request body: the reader wants one record.
  for (Format format : {Format::kXml, Format::kJson}) {
    std::string body;
    WriteList(records, *Res("payment").projection(model::Shape::kFull), format, {}, &body);
    EXPECT_FALSE(ReadRecord(body, format, Res("payment"), {}).has_value()) << body;
  }
}

}  // namespace
}  // namespace apbridge::codec
