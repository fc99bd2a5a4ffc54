// JSON request bodies: wrapped or bare, dashed or snake_case keys, string or
// native values, singular "payment" forms, and a table of rejected bodies.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/testing/test_catalog.hpp"

namespace apbridge::codec {
namespace {

using model::testing::Dump;
using model::testing::Res;

Result<model::RecordPtr> Read(std::string_view body, ReadOptions options = {}) {
  return ReadRecord(body, Format::kJson, Res("invoice-header"), options);
}

struct Accepted {
  std::string_view name;
  std::string_view body;
  std::string_view expected;  // Dump of the record
};

TEST(JsonReaderTest, Accepts) {
  const Accepted kCases[] = {
      {"the spec's payment update",
       R"({"paid": true, "payment-date": "2016-06-23T00:00:00-08:00",
           "payment-notes": "ADAMTEST|#10|USD|1.00|FULLY PAID|",
           "payments": [{"amount-paid": "1.00", "notes": "10", "payment-date": "2016-06-23"}]})",
       "{paid=true payment-date=2016-06-23T08:00:00Z payment-notes=\"ADAMTEST|#10|USD|1.00|FULLY PAID|\" "
       "payments=[{amount-paid=1 notes=\"10\" payment-date=2016-06-23T00:00:00Z}]}"},
      {"wrapped", R"({"invoice-header": {"paid": false}})", "{paid=false}"},
      {"wrapped, snake_case", R"({"invoice_header": {"invoice_number": "X"}})", "{invoice-number=\"X\"}"},
      {"snake_case and any case keys", R"({"invoice_number": "X", "Tax_Rate": 8.25, "PAID": true})",
       "{invoice-number=\"X\" paid=true tax-rate=8.25}"},
      {"string-typed values",
       R"({"id": "5", "paid": "false", "total": "1.00", "tax-rate": "17.5", "exported": "1"})",
       "{id=5 paid=false total=1 tax-rate=17.5 exported=true}"},
      {"native values", R"({"id": 5, "paid": 1, "exported": false, "total": 567.07})",
       "{id=5 paid=true total=567.07 exported=false}"},
      {"numbers are exact, never doubles", R"({"total": 1234567890123456789012345678.1234})",
       "{total=1234567890123456789012345678.1234}"},
      {"exponents are applied exactly", R"({"total": 1.5e2, "tax-rate": 25E-3})",
       "{total=150 tax-rate=0.025}"},
      {"negative zero and fractions", R"({"total": -0.0, "tax-rate": 0.000001})",
       "{total=0 tax-rate=0.000001}"},
      {"nulls", R"({"payment-date": null, "invoice-number": null, "supplier": null, "payments": null})",
       "{invoice-number=null payment-date=null supplier=null payments=null}"},
      {"empty strings", R"({"invoice-number": "", "total": "", "paid": ""})",
       "{invoice-number=\"\" paid=null total=null}"},
      {"number into a string field", R"({"invoice-number": 12345})", "{invoice-number=\"12345\"}"},
      {"escapes", R"({"invoice-number": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/"})",
       "{invoice-number=\"caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" \\ /\"}"},
      {"enum in any case", R"({"status": "Approved"})", "{status=\"approved\"}"},
      {"reference", R"({"supplier": {"name": "Acme", "parent": {"number": "P1"}}})",
       "{supplier={name=\"Acme\" parent={number=\"P1\"}}}"},
      {"collection of one object", R"({"payments": {"notes": "a"}})", "{payments=[{notes=\"a\"}]}"},
      {"singular key with an object", R"({"payment": {"amount-paid": "1.00"}})",
       "{payments=[{amount-paid=1}]}"},
      {"singular key with an array", R"({"payment": [{"notes": "a"}, {"notes": "b"}]})",
       "{payments=[{notes=\"a\"} {notes=\"b\"}]}"},
      {"empty array", R"({"payments": [], "invoice-lines": []})", "{invoice-lines=[] payments=[]}"},
      {"invoice lines", R"({"invoice_lines": [{"line_num": 1, "price": "10.5"}, {"line-num": "2"}]})",
       "{invoice-lines=[{line-num=1 price=10.5} {line-num=2}]}"},
      {"repeated keys: last wins", R"({"paid": true, "paid": false})", "{paid=false}"},
      {"nesting of exactly 8 levels",
       R"({"supplier": {"parent": {"parent": {"parent": {"parent": {"parent": {"name": "deep"}}}}}}})",
       "{supplier={parent={parent={parent={parent={parent={name=\"deep\"}}}}}}}"},
      {"an empty object at level 8 is fine",
       R"({"supplier": {"parent": {"parent": {"parent": {"parent": {"parent": {"parent": {}}}}}}}})",
       "{supplier={parent={parent={parent={parent={parent={parent={}}}}}}}}"},
      {"byte order mark", "\xEF\xBB\xBF{\"paid\": true}", "{paid=true}"},
      {"whitespace around", " \n {\"paid\": true} \n ", "{paid=true}"},
      {"an empty object", "{}", "{}"},
  };
  for (const Accepted& c : kCases) {
    auto record = Read(c.body);
    ASSERT_TRUE(record.has_value()) << c.name << ": " << record.error().message;
    EXPECT_EQ(Dump(**record), c.expected) << c.name;
  }
}

TEST(JsonReaderTest, IgnoresUnknownFieldsWhenAsked) {
  ReadOptions options;
  options.ignore_unknown = true;
  auto record = Read(
      R"({"foo": {"bar": [1, {"x": null}]}, "paid": true, "payments": [{"baz": 1, "notes": "n"}]})", options);
  ASSERT_TRUE(record.has_value()) << record.error().message;
  EXPECT_EQ(Dump(**record), "{paid=true payments=[{notes=\"n\"}]}");
}

struct Rejected {
  std::string_view name;
  std::string_view body;
  std::string_view message;  // the whole message, or its start when it ends in "..."
  std::string_view first_field = {};
};

TEST(JsonReaderTest, Rejects) {
  const Rejected kCases[] = {
      {"empty", "", "Request body is empty"},
      {"blank", " \n", "Request body is empty"},
      {"an array", R"([{"paid": true}])", "JSON body must be an object, not an array"},
      {"a number", "5", "JSON body must be an object"},
      {"a string", R"("paid")", "JSON body must be an object"},
      {"unclosed", R"({"paid": true)", "Malformed JSON: ..."},
      {"bad literal", R"({"paid": tru})", "Malformed JSON: ..."},
      {"trailing content", R"({"paid": true} x)", "Malformed JSON: ..."},
      {"two documents", R"({"paid": true}{"paid": false})", "Malformed JSON: ..."},
      {"trailing comma", R"({"paid": true,})", "Malformed JSON: ..."},
      {"leading zero", R"({"total": 01})", "Malformed JSON: ..."},
      {"single quotes", R"({'paid': true})", "Malformed JSON: ..."},
      {"invalid UTF-8", "{\"invoice-number\": \"\xFF\"}", "Malformed JSON: ..."},
      {"malformed unknown value", R"({"foo": [1, }, "paid": true})", "Malformed JSON: ..."},
      {"too deep",
       R"({"supplier": {"parent": {"parent": {"parent": {"parent": {"parent": {"parent": {"name": "x"}}}}}}}})",
       "Request body is nested too deeply (maximum is 8 levels)"},
      {"too deep by an empty object",
       R"({"supplier": {"parent": {"parent": {"parent": {"parent": {"parent": {"parent": {"parent": {}}}}}}}}})",
       "Request body is nested too deeply (maximum is 8 levels)"},
      {"too deep in an unknown value", R"({"foo": [[[[[[[[[]]]]]]]]]})",
       "Request body is nested too deeply (maximum is 8 levels)"},
      {"unknown field", R"({"foo": 1})", "Unknown field 'foo' for invoice-header", "foo"},
      {"unknown nested field", R"({"payment": {"bar": 1}})", "Unknown field 'bar' for payment",
       "payments[0].bar"},
      {"wrapper of another resource", R"({"payment": 5})",
       "payments: expected an array of payment objects, not a number", "payments"},
      {"wrapper that is not an object", R"({"invoice-header": 5})",
       "invoice-header: expected an object, not a number", "invoice-header"},
      {"object for a scalar", R"({"paid": {"value": true}})", "paid: expected a value, not an object",
       "paid"},
      {"array for a scalar", R"({"paid": [true]})", "paid: expected a value, not an array", "paid"},
      {"string for a reference", R"({"supplier": "Acme"})",
       "supplier: expected an object with supplier fields, not a string", "supplier"},
      {"number for a collection", R"({"payments": 5})",
       "payments: expected an array of payment objects, not a number", "payments"},
      {"number as an item", R"({"payments": [{"notes": "a"}, 5]})",
       "payments[1]: expected an object with payment fields, not a number", "payments[1]"},
      {"null as an item", R"({"payments": [null]})",
       "payments[0]: expected an object with payment fields, not null", "payments[0]"},
      {"too long", R"({"invoice-number": "12345678901234567890123456789012345678901"})",
       "invoice-number is too long (maximum is 40 characters)", "invoice-number"},
      {"bad decimal string", R"({"total": "abc"})", "total: 'abc' is not a decimal number", "total"},
      {"too many decimals", R"({"payments": [{"amount-paid": 1.234}]})",
       "payments[0].amount-paid: '1.234' has more than 2 decimal places", "payments[0].amount-paid"},
      {"fraction for an integer", R"({"id": 5.5})", "id: '5.5' is not an integer", "id"},
      {"exponent for an integer", R"({"id": 1e3})", "id: '1e3' is not an integer", "id"},
      {"boolean for an integer", R"({"id": true})", "id: 'true' is not an integer", "id"},
      {"number for a date", R"({"invoice-date": 20160623})",
       "invoice-date: '20160623' is not a valid date or time", "invoice-date"},
      {"number for a boolean", R"({"paid": 2})", "paid: '2' is not a boolean (true or false)", "paid"},
      {"bad enum", R"({"status": "paid"})",
       "status: 'paid' is not a valid value (allowed: draft, pending_approval, approved, voided)", "status"},
      {"every problem at once", R"({"id": "x", "paid": "maybe", "supplier": {"zip": 1}})",
       "id: 'x' is not an integer; paid: 'maybe' is not a boolean (true or false); "
       "Unknown field 'zip' for supplier",
       "id"},
  };
  for (const Rejected& c : kCases) {
    auto record = Read(c.body);
    ASSERT_FALSE(record.has_value()) << c.name << ": " << Dump(**record);
    const Error& e = record.error();
    EXPECT_EQ(e.code, ErrorCode::kInvalidArgument) << c.name;
    if (c.message.ends_with("...")) {
      EXPECT_TRUE(e.message.starts_with(c.message.substr(0, c.message.size() - 3)))
          << c.name << ": " << e.message;
    } else {
      EXPECT_EQ(e.message, c.message) << c.name;
    }
    if (c.first_field.empty()) continue;
    ASSERT_FALSE(e.field_errors.empty()) << c.name;
    EXPECT_EQ(e.field_errors[0].first, c.first_field) << c.name;
  }
}

TEST(JsonReaderTest, ReadsBigBodiesWithAParserOfTheirOwn) {
  std::string body = R"({"payments": [)";
  for (int i = 0; i < 40000; ++i) body += R"({"notes": "payment number )" + std::to_string(i) + R"("},)";
  body += R"({"notes": "last"}]})";
  ASSERT_GT(body.size(), size_t{1} << 20);
  auto record = Read(body);
  ASSERT_TRUE(record.has_value()) << record.error().message;
  EXPECT_EQ((*record)->GetList("payments")->size(), 40001u);
  auto small = Read(R"({"paid": true})");  // and the thread's parsers still work afterwards
  ASSERT_TRUE(small.has_value());
}

}  // namespace
}  // namespace apbridge::codec
