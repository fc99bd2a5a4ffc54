// Coupa error bodies and content negotiation helpers.
#include <gtest/gtest.h>

#include "codec/codec.hpp"

namespace apbridge::codec {
namespace {

TEST(ErrorsTest, WritesXmlErrors) {
  const std::string messages[] = {"invoice-number is too long (maximum is 40 characters)", "a < b & \"c\""};
  EXPECT_EQ(WriteErrors(messages, Format::kXml, "invoice-header"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<errors>\n"
            "  <error>invoice-number is too long (maximum is 40 characters)</error>\n"
            "  <error>a &lt; b &amp; &quot;c&quot;</error>\n"
            "</errors>\n");
  EXPECT_EQ(WriteErrors({}, Format::kXml, "invoice-header"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors/>\n");
}

TEST(ErrorsTest, WritesJsonErrors) {
  const std::string messages[] = {"No results match your search criteria.", "say \"hi\"\n"};
  EXPECT_EQ(WriteErrors(messages, Format::kJson, "invoice-header"),
            R"({"errors":{"invoice-header":["No results match your search criteria.","say \"hi\"\n"]}})");
  EXPECT_EQ(WriteErrors({}, Format::kJson, "coupa-pay-payment"), R"({"errors":{"coupa-pay-payment":[]}})");
  const std::string one[] = {"x"};
  EXPECT_EQ(WriteErrors(one, Format::kJson, ""), R"({"errors":{"base":["x"]}})");
}

TEST(FormatTest, FormatFromContentType) {
  const struct {
    std::string_view header;
    std::optional<Format> format;
  } kCases[] = {
      {"application/xml", Format::kXml},
      {"application/xml; charset=utf-8", Format::kXml},
      {"Text/XML;charset=ISO-8859-1", Format::kXml},
      {"application/atom+xml", Format::kXml},
      {"application/json", Format::kJson},
      {" APPLICATION/JSON ; charset=UTF-8", Format::kJson},
      {"text/json", Format::kJson},
      {"application/vnd.api+json", Format::kJson},
      {"", std::nullopt},
      {"text/csv", std::nullopt},
      {"application/x-www-form-urlencoded", std::nullopt},
      {"multipart/form-data; boundary=x", std::nullopt},
  };
  for (const auto& c : kCases) EXPECT_EQ(FormatFromContentType(c.header), c.format) << c.header;
}

TEST(FormatTest, FormatOfBody) {
  const struct {
    std::string_view content_type;
    std::string_view body;
    std::optional<Format> format;
  } kCases[] = {
      {"application/json", "<x/>", Format::kJson},  // the header wins
      {"application/xml", "{}", Format::kXml},
      {"", "<invoice-header/>", Format::kXml},
      {"", "  \n<?xml version=\"1.0\"?><x/>", Format::kXml},
      {"", "\xEF\xBB\xBF<x/>", Format::kXml},
      {"", "{\"paid\": true}", Format::kJson},
      {"", "[1]", Format::kJson},
      {"application/x-www-form-urlencoded", "<invoice-header/>", Format::kXml},  // curl -d
      {"text/plain", "{}", Format::kJson},
      {"", "", std::nullopt},
      {"", "paid=true", std::nullopt},
      {"text/csv", "<x/>", std::nullopt},
      {"multipart/form-data; boundary=x", "{}", std::nullopt},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(FormatOfBody(c.content_type, c.body), c.format) << c.content_type << " " << c.body;
  }
}

TEST(FormatTest, FormatFromAccept) {
  const struct {
    std::string_view accept;
    Format format;
  } kCases[] = {
      {"", Format::kXml},
      {"*/*", Format::kXml},
      {"application/json", Format::kJson},
      {"application/json, text/plain, */*", Format::kJson},
      {"text/xml", Format::kXml},
      {"application/xml", Format::kXml},
      {"Application/JSON; charset=utf-8", Format::kJson},
      {"application/xml, application/json", Format::kXml},
      {"application/json, application/xml", Format::kJson},
      {"application/xml;q=0.5, application/json", Format::kJson},
      {"application/json;q=0.1, text/xml;q=0.9", Format::kXml},
      {"application/json;q=0", Format::kXml},
      {"text/html", Format::kXml},
  };
  for (const auto& c : kCases) EXPECT_EQ(FormatFromAccept(c.accept), c.format) << c.accept;
}

}  // namespace
}  // namespace apbridge::codec
