// XML request bodies: the spec's own payload, the quirks clients send, and a
// table of bodies that must be rejected with a message naming the problem.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/testing/spec_samples.hpp"
#include "model/testing/test_catalog.hpp"

namespace apbridge::codec {
namespace {

using model::testing::Dump;
using model::testing::Res;

Result<model::RecordPtr> Read(std::string_view body, std::string_view resource = "invoice-header",
                              ReadOptions options = {}) {
  return ReadRecord(body, Format::kXml, Res(resource), options);
}

TEST(XmlReaderTest, ReadsTheSpecPayload) {
  auto record = Read(model::testing::kErpPaymentPayload);
  ASSERT_TRUE(record.has_value()) << record.error().message;
  EXPECT_EQ(
      Dump(**record),
      "{paid=true payment-date=2016-06-23T08:00:00Z payment-notes=\"ADAMTEST|#10|USD|1.00|FULLY PAID|\" "
      "payments=[{amount-paid=1 notes=\"10\" payment-date=2016-06-23T00:00:00Z}]}");
  const model::RecordList* payments = (*record)->GetList("payments");
  ASSERT_NE(payments, nullptr);
  ASSERT_EQ(payments->size(), 1u);
  EXPECT_EQ(&(*payments)[0]->resource(), &Res("payment"));
  EXPECT_EQ((*payments)[0]->GetDecimal("amount-paid"), Decimal::FromScaled(100, 2));
  EXPECT_EQ((*record)->Get("total"), model::Value(model::Absent{}));
}

struct Accepted {
  std::string_view name;
  std::string_view body;
  std::string_view expected;  // Dump of the record
};

TEST(XmlReaderTest, Accepts) {
  const Accepted kCases[] = {
      {"single-quoted attributes",
       "<invoice-header><exported type='boolean'>true</exported></invoice-header>", "{exported=true}"},
      {"no type attributes",
       "<invoice-header><id>7</id><total>12.5</total><paid>false</paid></invoice-header>",
       "{id=7 paid=false total=12.5}"},
      {"type attributes are not trusted",
       "<invoice-header><total type=\"integer\">5.5</total></invoice-header>", "{total=5.5}"},
      {"dateTime and datetime",
       "<invoice-header><invoice-date type=\"dateTime\">2016-06-23T00:00:00Z</invoice-date>"
       "<payment-date type=\"datetime\">2016-06-24</payment-date></invoice-header>",
       "{invoice-date=2016-06-23T00:00:00Z payment-date=2016-06-24T00:00:00Z}"},
      {"nil with content is the content",
       "<invoice-header><paid nil=\"true\" type=\"boolean\">true</paid><invoice-number "
       "nil='true'>X</invoice-number>"
       "</invoice-header>",
       "{invoice-number=\"X\" paid=true}"},
      {"nil without content is null",
       "<invoice-header><payment-date type=\"dateTime\" nil=\"true\"/><invoice-number "
       "nil=\"true\"></invoice-number>"
       "<supplier nil=\"true\"/><payments nil=\"true\"/></invoice-header>",
       "{invoice-number=null payment-date=null supplier=null payments=null}"},
      {"empty elements",
       "<invoice-header><invoice-number/><total type=\"decimal\"></total><paid/></invoice-header>",
       "{invoice-number=\"\" paid=null total=null}"},
      {"whitespace of a string is kept", "<invoice-header><payment-notes>  </payment-notes></invoice-header>",
       "{payment-notes=\"  \"}"},
      {"underscores and case",
       "<invoice_header><Invoice_Number>X</Invoice_Number><TAX-RATE>8.25</TAX-RATE></invoice_header>",
       "{invoice-number=\"X\" tax-rate=8.25}"},
      {"entities and CDATA",
       "<invoice-header><invoice-number>A &amp; B &#233;&#x20AC;</invoice-number>"
       "<payment-notes>x<![CDATA[<y> & ]]>z</payment-notes></invoice-header>",
       "{invoice-number=\"A & B \xC3\xA9\xE2\x82\xAC\" payment-notes=\"x<y> & z\"}"},
      {"enum in any case", "<invoice-header><status>Pending_Approval</status></invoice-header>",
       "{status=\"pending_approval\"}"},
      {"reference",
       "<invoice-header><supplier><name>Acme</name><number>S1</number></supplier></invoice-header>",
       "{supplier={name=\"Acme\" number=\"S1\"}}"},
      {"empty collection", "<invoice-header><payments type=\"array\"/></invoice-header>", "{payments=[]}"},
      {"collection items with any name",
       "<invoice-header><payments "
       "type=\"array\"><item><notes>a</notes></item><payment><notes>b</notes></payment>"
       "</payments></invoice-header>",
       "{payments=[{notes=\"a\"} {notes=\"b\"}]}"},
      {"singular items directly under the record",
       "<invoice-header><payment><notes>a</notes></payment><payment><notes>b</notes></payment></"
       "invoice-header>",
       "{payments=[{notes=\"a\"} {notes=\"b\"}]}"},
      {"invoice lines",
       "<invoice-header><invoice-lines type=\"array\"><invoice-line><line-num type=\"integer\">1</line-num>"
       "<price "
       "type=\"decimal\">10.5</price></invoice-line><invoice-line><line-num>2</line-num></invoice-line>"
       "</invoice-lines></invoice-header>",
       "{invoice-lines=[{line-num=1 price=10.5} {line-num=2}]}"},
      {"declaration, comments, processing instructions, namespaces",
       "<?xml version='1.0' encoding='UTF-8'?>\n<!-- hi --><?php nope ?>\n"
       "<invoice-header xmlns=\"urn:x\"><!-- c --><paid>false</paid></invoice-header>\n",
       "{paid=false}"},
      {"byte order mark", "\xEF\xBB\xBF<invoice-header><paid>1</paid></invoice-header>", "{paid=true}"},
      {"declared ISO-8859-1",
       "<?xml version=\"1.0\" "
       "encoding=\"ISO-8859-1\"?><invoice-header><invoice-number>caf\xE9</invoice-number>"
       "</invoice-header>",
       "{invoice-number=\"caf\xC3\xA9\"}"},
      {"nesting of exactly 8 levels",
       "<invoice-header><supplier><parent><parent><parent><parent><parent><name>deep</name>"
       "</parent></parent></parent></parent></parent></supplier></invoice-header>",
       "{supplier={parent={parent={parent={parent={parent={name=\"deep\"}}}}}}}"},
      {"an empty record", "<invoice-header/>", "{}"},
  };
  for (const Accepted& c : kCases) {
    auto record = Read(c.body);
    ASSERT_TRUE(record.has_value()) << c.name << ": " << record.error().message;
    EXPECT_EQ(Dump(**record), c.expected) << c.name;
  }
}

TEST(XmlReaderTest, IgnoresUnknownFieldsWhenAsked) {
  ReadOptions options;
  options.ignore_unknown = true;
  auto record = Read(
      "<invoice-header><foo><bar>1</bar></foo><paid>true</paid>"
      "<payments><payment><baz/><notes>n</notes></payment></payments></invoice-header>",
      "invoice-header", options);
  ASSERT_TRUE(record.has_value()) << record.error().message;
  EXPECT_EQ(Dump(**record), "{paid=true payments=[{notes=\"n\"}]}");
}

struct Rejected {
  std::string_view name;
  std::string_view body;
  std::string_view message;           // the whole message, or its start when it ends in "..."
  std::string_view first_field = {};  // path of the first field_errors entry, if any
};

std::string Deep(int levels) {  // invoice-header > supplier > parent... > name: `levels` elements deep
  std::string open = "<invoice-header><supplier>";
  std::string close = "</supplier></invoice-header>";
  for (int i = 3; i < levels; ++i) {
    open += "<parent>";
    close = "</parent>" + close;
  }
  return open + "<name>x</name>" + close;
}

TEST(XmlReaderTest, Rejects) {
  const std::string too_deep = Deep(9);
  const Rejected kCases[] = {
      {"empty", "", "Request body is empty"},
      {"blank", " \r\n\t", "Request body is empty"},
      {"not XML", "paid=true", "Malformed XML: No document element found at offset 9"},
      {"unclosed", "<invoice-header><paid>true</paid>",
       "Malformed XML: Start-end tags mismatch at offset ..."},
      {"mismatched", "<invoice-header><paid>true</id></invoice-header>",
       "Malformed XML: Start-end tags mismatch at offset 28"},
      {"bad attribute", "<invoice-header><paid type=boolean>1</paid></invoice-header>",
       "Malformed XML: Error parsing element attribute at offset 27"},
      {"doctype", "<!DOCTYPE invoice-header><invoice-header/>",
       "Malformed XML: DOCTYPE declarations are not allowed"},
      {"external entity",
       "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
       "<invoice-header><invoice-number>&xxe;</invoice-number></invoice-header>",
       "Malformed XML: DOCTYPE declarations are not allowed"},
      {"two roots", "<invoice-header/><invoice-header/>", "Malformed XML: more than one root element"},
      {"a list", "<invoice-headers type=\"array\"><invoice-header/></invoice-headers>",
       "Expected root element <invoice-header>, found <invoice-headers>"},
      {"another resource", "<payment><notes>1</notes></payment>",
       "Expected root element <invoice-header>, found <payment>"},
      {"too deep", too_deep, "Request body is nested too deeply (maximum is 8 levels)"},
      {"unknown field", "<invoice-header><foo>1</foo></invoice-header>",
       "Unknown field 'foo' for invoice-header", "foo"},
      {"unknown nested field",
       "<invoice-header><payments><payment><bar/></payment></payments></invoice-header>",
       "Unknown field 'bar' for payment", "payments[0].bar"},
      {"too long",
       "<invoice-header><invoice-number>12345678901234567890123456789012345678901</invoice-number>"
       "</invoice-header>",
       "invoice-number is too long (maximum is 40 characters)", "invoice-number"},
      {"not UTF-8", "<invoice-header><invoice-number>\xFF</invoice-number></invoice-header>",
       "invoice-number is not valid UTF-8 text", "invoice-number"},
      {"bad decimal",
       "<invoice-header><payments><payment><amount-paid>abc</amount-paid></payment></payments>"
       "</invoice-header>",
       "payments[0].amount-paid: 'abc' is not a decimal number", "payments[0].amount-paid"},
      {"too many decimals", "<invoice-header><total>1.23456</total></invoice-header>",
       "total: '1.23456' has more than 4 decimal places", "total"},
      {"bad integer", "<invoice-header><id type=\"integer\">12a</id></invoice-header>",
       "id: '12a' is not an integer", "id"},
      {"bad boolean", "<invoice-header><paid type=\"boolean\">maybe</paid></invoice-header>",
       "paid: 'maybe' is not a boolean (true or false)", "paid"},
      {"bad date", "<invoice-header><payment-date>23/06/2016</payment-date></invoice-header>",
       "payment-date: '23/06/2016' is not a valid date or time", "payment-date"},
      {"bad enum", "<invoice-header><status>paid</status></invoice-header>",
       "status: 'paid' is not a valid value (allowed: draft, pending_approval, approved, voided)", "status"},
      {"elements in a scalar", "<invoice-header><paid><value>true</value></paid></invoice-header>",
       "paid: expected a value, not nested elements", "paid"},
      {"text in a reference", "<invoice-header><supplier>12345</supplier></invoice-header>",
       "supplier: expected nested supplier fields, not '12345'", "supplier"},
      {"text in a collection", "<invoice-header><payments>1.00</payments></invoice-header>",
       "payments: expected <payment> elements, not '1.00'", "payments"},
      {"text as an item", "<invoice-header><payments><payment>1.00</payment></payments></invoice-header>",
       "payments[0]: expected nested payment fields", "payments[0]"},
      {"stray text", "<invoice-header>hello<paid>true</paid></invoice-header>",
       "invoice-header: unexpected text 'hello'", "invoice-header"},
      {"every problem at once",
       "<invoice-header><id>x</id><paid>maybe</paid><supplier><name>ok</name><zip>1</zip></supplier></"
       "invoice-header>",
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

TEST(XmlReaderTest, ListsEveryFieldError) {
  auto record = Read("<invoice-header><id>x</id><paid>maybe</paid></invoice-header>");
  ASSERT_FALSE(record.has_value());
  using Pair = std::pair<std::string, std::string>;
  EXPECT_EQ(record.error().field_errors,
            (std::vector<Pair>{{"id", "id: 'x' is not an integer"},
                               {"paid", "paid: 'maybe' is not a boolean (true or false)"}}));
  EXPECT_EQ(record.error().ClientMessages().size(), 2u);
}

TEST(XmlReaderTest, CapsTheNumberOfErrors) {
  std::string body = "<invoice-header>";
  for (int i = 0; i < 60; ++i) body += "<foo/>";
  body += "</invoice-header>";
  auto record = Read(body);
  ASSERT_FALSE(record.has_value());
  EXPECT_EQ(record.error().field_errors.size(), 50u);
  EXPECT_TRUE(record.error().message.ends_with("; and 10 more")) << record.error().message;
}

TEST(XmlReaderTest, SurvivesHostileNesting) {
  std::string body = "<invoice-header>";
  for (int i = 0; i < 100000; ++i) body += "<a>";
  auto record = Read(body);  // malformed (unclosed), and must not blow the stack
  ASSERT_FALSE(record.has_value());
  for (int i = 0; i < 100000; ++i) body += "</a>";
  body += "</invoice-header>";
  record = Read(body);
  ASSERT_FALSE(record.has_value());
  EXPECT_EQ(record.error().message, "Request body is nested too deeply (maximum is 8 levels)");
}

}  // namespace
}  // namespace apbridge::codec
