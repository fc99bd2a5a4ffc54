// The whole of the spec's invoice through the codec and back, against the
// real server's answers: GET /api/invoices/106 as XML, decoded, written as
// JSON (which must be what the server answers in JSON), decoded again and
// written as XML, which must be what the server sent. Then that JSON PUT back
// unchanged leaves the invoice as it was, but for updated-at and
// lock-version-key. On a server in a zone with an offset, so that datetimes
// and calendar dates cross the codec with one.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "codec/codec.hpp"
#include "model/catalog.hpp"
#include "support/demo_server_suite.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "round-trip-admin-key-0123456789ab";
constexpr const char* kZone = "America/Chicago";

// The demo's custom fields (fixtures/demo_custom_fields.cpp), without which
// the codec would refuse the invoice's custom-fields element.
const model::Catalog& DemoCatalog() {
  static const std::unique_ptr<const model::Catalog> catalog = [] {
    const model::CustomFieldDef defs[] = {
        {"invoice-header", "erp-document-number", model::CustomFieldType::kString, {}},
        {"invoice-line", "cost-type", model::CustomFieldType::kString, {"capex", "opex"}},
    };
    auto built = model::Catalog::CoupaWith(defs);
    if (!built) throw std::logic_error(built.error().message);
    return std::move(*built);
  }();
  return *catalog;
}

const model::Resource& Invoice() { return DemoCatalog().Get("invoice-header"); }

model::RecordPtr Decode(const std::string& body, Format format) {
  auto record = codec::ReadRecord(body, format, Invoice(), codec::ReadOptions{});
  EXPECT_TRUE(record) << record.error().message << "\n" << body.substr(0, 500);
  return record ? *record : model::Record::Make(Invoice());
}

// What the server writes: the full shape, in the server's zone.
std::string Encode(const model::Record& record, Format format) {
  codec::WriteOptions options;
  options.time_zone = *TimeZone::Named(kZone);
  std::string out;
  codec::WriteRecord(record, *Invoice().projection(model::Shape::kFull), format, options, &out);
  return out;
}

// The lines of `xml` but the invoice's own updated-at and lock-version-key
// (its top-level elements are indented by two spaces; nested ones deeper).
std::string WithoutWriteStamps(const std::string& xml) {
  std::istringstream in(xml);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("  <updated-at ") || line.starts_with("  <lock-version-key ")) continue;
    out += line + "\n";
  }
  return out;
}

class RoundTripInvoiceTest : public DemoServerSuite {
 protected:
  // Every answer is read by the codec and compared whole: no strict parse besides.
  static void SetUpTestSuite() {
    StartServer({.admin_key = kKey, .args = {"--demo", "--time-zone", kZone}, .strict_parse = false});
  }

  static std::string Get(const std::string& target) {
    HttpResult r = Call("GET", target);
    EXPECT_EQ(r.status, 200) << r.body.substr(0, 500);
    return r.body;
  }
};

TEST_F(RoundTripInvoiceTest, XmlToJsonToXmlGivesBackWhatTheServerSent) {
  const std::string xml = Get("/api/invoices/106");
  ASSERT_NE(xml.find("<invoice-lines type=\"array\">"), std::string::npos) << "the whole invoice";
  const std::string json = Encode(*Decode(xml, Format::kXml), Format::kJson);
  EXPECT_EQ(json, Get("/api/invoices/106?format=json")) << "the JSON the server writes";
  EXPECT_EQ(Encode(*Decode(json, Format::kJson), Format::kXml), xml);
}

// Text that XML must escape or cannot hold crosses both ways: markup
// characters, a carriage return (XML writes &#13;, since a reader turns a raw
// one into a line feed), tabs, edge spaces, non-ASCII. A control character is
// the one legitimate difference: XML 1.0 cannot hold U+0001, so the XML
// answer writes U+FFFD where the JSON answer keeps \u0001, and the JSON made
// from the XML has U+FFFD too.
TEST_F(RoundTripInvoiceTest, TextXmlMustEscapeCrossesBothWays) {
  const std::string note = R"(  <b>&amp; \"quoted\" it's\r\nline\ttab \u00e9 \u2713 end  )";
  HttpResult put = Call("PUT", "/api/invoices/107?return_object=limited",
                        R"({"supplier-note": ")" + note + R"(", "internal-note": "bell\u0001"})",
                        {"Content-Type: application/json"});
  ASSERT_EQ(put.status, 200) << put.body;
  const std::string xml = Get("/api/invoices/107");
  ASSERT_NE(xml.find("<supplier-note>  &lt;b&gt;&amp;amp; &quot;quoted&quot; it's&#13;\nline\ttab \xC3\xA9"),
            std::string::npos)
      << xml.substr(0, 2000);
  std::string served = Get("/api/invoices/107?format=json");
  // The control character would fail the other tests' round trips of 107.
  EXPECT_EQ(Call("PUT", "/api/invoices/107", R"({"internal-note": null})", {"Content-Type: application/json"})
                .status,
            200);
  const std::string json = Encode(*Decode(xml, Format::kXml), Format::kJson);
  EXPECT_EQ(Encode(*Decode(json, Format::kJson), Format::kXml), xml);
  const std::string control = R"("internal-note":"bell\u0001")";
  const size_t at = served.find(control);
  ASSERT_NE(at, std::string::npos) << served.substr(0, 2000);
  served.replace(at, control.size(), "\"internal-note\":\"bell\xEF\xBF\xBD\"");
  EXPECT_EQ(json, served);
}

// The other demo invoices carry what 106 lacks: payments, charges, tax lines,
// attachments, a credit note, other currencies.
TEST_F(RoundTripInvoiceTest, EveryDemoInvoiceCrossesTheCodecBothWays) {
  const std::string ids = Get("/api/invoices?return_object=limited&limit=50&format=json");
  int crossed = 0;
  for (size_t at = ids.find(R"("id":)"); at != std::string::npos; at = ids.find(R"("id":)", at + 1)) {
    const std::string id = ids.substr(at + 5, ids.find('}', at) - at - 5);
    SCOPED_TRACE("invoice " + id);
    const std::string xml = Get("/api/invoices/" + id);
    const std::string json = Encode(*Decode(xml, Format::kXml), Format::kJson);
    EXPECT_EQ(json, Get("/api/invoices/" + id + "?format=json"));
    EXPECT_EQ(Encode(*Decode(json, Format::kJson), Format::kXml), xml);
    ++crossed;
  }
  EXPECT_EQ(crossed, 43) << ids;
}

TEST_F(RoundTripInvoiceTest, TheJsonPutBackUnchangedLeavesTheInvoiceAsItWas) {
  const std::string xml = Get("/api/invoices/106");
  const std::string json = Encode(*Decode(xml, Format::kXml), Format::kJson);
  HttpResult put =
      Call("PUT", "/api/invoices/106?return_object=limited", json, {"Content-Type: application/json"});
  ASSERT_EQ(put.status, 200) << put.body.substr(0, 500);
  const std::string after = Get("/api/invoices/106");
  EXPECT_NE(after, xml) << "the write moved updated-at and lock-version-key";
  EXPECT_EQ(WithoutWriteStamps(after), WithoutWriteStamps(xml));
}

}  // namespace
}  // namespace apbridge::testing
