// Tests for NegotiateFormat (Accept, path suffix, format=) and RequestBodyFormat (Content-Type,
// sniffing).
#include "http/negotiation.hpp"

#include <gtest/gtest.h>

namespace apbridge::http {
namespace {

Request MakeRequest(std::string_view target, std::optional<std::string_view> header_name = {},
                    std::string_view header_value = {}, std::string_view body = {}) {
  Request request = Request::FromTarget(Method::kGet, target);
  if (header_name) request.headers.Add(std::string(*header_name), std::string(header_value));
  request.body = std::string(body);
  return request;
}

struct AcceptCase {
  std::optional<std::string_view> accept;  // nullopt: no Accept header
  Format expected;
  std::string_view target = "/api/invoices";
};

class NegotiateFormatTest : public ::testing::TestWithParam<AcceptCase> {};

TEST_P(NegotiateFormatTest, Chooses) {
  const AcceptCase& c = GetParam();
  const Request request = c.accept ? MakeRequest(c.target, "Accept", *c.accept) : MakeRequest(c.target);
  EXPECT_EQ(NegotiateFormat(request), c.expected) << c.accept.value_or("(none)") << " " << c.target;
}

INSTANTIATE_TEST_SUITE_P(
    Xml, NegotiateFormatTest,
    ::testing::Values(AcceptCase{std::nullopt, Format::kXml}, AcceptCase{"", Format::kXml},
                      AcceptCase{"*/*", Format::kXml}, AcceptCase{"text/xml", Format::kXml},
                      AcceptCase{"application/xml", Format::kXml}, AcceptCase{"text/html", Format::kXml},
                      AcceptCase{"application/xml, application/json", Format::kXml},
                      AcceptCase{"application/json;q=0.5, application/xml", Format::kXml},
                      AcceptCase{"application/json;q=0", Format::kXml},
                      AcceptCase{"application/json;q=0.1, text/xml;q=0.9", Format::kXml},
                      AcceptCase{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                                 Format::kXml},
                      AcceptCase{"application/json", Format::kXml, "/api/invoices.xml"},
                      AcceptCase{"application/json", Format::kXml, "/api/invoices?format=xml"},
                      AcceptCase{"application/json", Format::kXml, "/api/invoices.json?format=XML"},
                      AcceptCase{std::nullopt, Format::kXml, "/api/invoices?format=yaml"}));

INSTANTIATE_TEST_SUITE_P(
    Json, NegotiateFormatTest,
    ::testing::Values(AcceptCase{"application/json", Format::kJson},
                      AcceptCase{"Application/JSON", Format::kJson},
                      AcceptCase{"application/json; charset=utf-8", Format::kJson},
                      AcceptCase{"Application/JSON; charset=utf-8", Format::kJson},
                      AcceptCase{"application/json, text/plain, */*", Format::kJson},
                      AcceptCase{"application/json, application/xml", Format::kJson},
                      AcceptCase{"application/xml;q=0.5, application/json", Format::kJson},
                      AcceptCase{"*/*, application/json", Format::kJson},
                      AcceptCase{std::nullopt, Format::kJson, "/api/invoices/1.json"},
                      AcceptCase{"text/xml", Format::kJson, "/api/invoices.json"},
                      AcceptCase{"application/xml", Format::kJson, "/api/invoices?format=json"},
                      AcceptCase{std::nullopt, Format::kJson, "/api/invoices/1.xml?format=json"},
                      AcceptCase{"application/json", Format::kJson, "/api/invoices?format=yaml"}));

struct BodyCase {
  std::optional<std::string_view> content_type;  // nullopt: no Content-Type
  std::string_view body;
  Format expected;
};

class RequestBodyFormatTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(RequestBodyFormatTest, Accepts) {
  const BodyCase& c = GetParam();
  const Request request = c.content_type
                              ? MakeRequest("/api/invoices/1", "Content-Type", *c.content_type, c.body)
                              : MakeRequest("/api/invoices/1", std::nullopt, {}, c.body);
  const Result<Format> format = RequestBodyFormat(request);
  ASSERT_TRUE(format.has_value()) << format.error().message;
  EXPECT_EQ(*format, c.expected) << c.content_type.value_or("(none)") << " " << c.body;
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, RequestBodyFormatTest,
    ::testing::Values(
        BodyCase{"application/xml", "<invoice-header/>", Format::kXml},
        BodyCase{"text/xml; charset=utf-8", "<a/>", Format::kXml},
        BodyCase{"application/xml; charset=utf-8", "<a/>", Format::kXml},
        BodyCase{"Text/XML;charset=ISO-8859-1", "<a/>", Format::kXml},
        BodyCase{"APPLICATION/XML", "<a/>", Format::kXml},
        BodyCase{"application/atom+xml", "<a/>", Format::kXml},
        BodyCase{"application/json", "{}", Format::kJson},
        BodyCase{"application/json;charset=UTF-8", "[1]", Format::kJson},
        BodyCase{" APPLICATION/JSON ; charset=UTF-8", "{}", Format::kJson},
        BodyCase{"text/json", "{}", Format::kJson}, BodyCase{"application/vnd.api+json", "{}", Format::kJson},
        // The declared type wins over the content.
        BodyCase{"application/json", "<a/>", Format::kJson}, BodyCase{"application/xml", "{}", Format::kXml},
        // No Content-Type: sniff.
        BodyCase{std::nullopt, "  \n<invoice-header/>", Format::kXml},
        BodyCase{std::nullopt, "  \n<?xml version=\"1.0\"?><x/>", Format::kXml},
        BodyCase{std::nullopt, "\xEF\xBB\xBF<x/>", Format::kXml},  // a BOM is not sniffed: XML by default
        BodyCase{std::nullopt, "{\"paid\": true}", Format::kJson},
        BodyCase{std::nullopt, "[{}]", Format::kJson}, BodyCase{std::nullopt, "exported=true", Format::kXml},
        BodyCase{"", "{}", Format::kJson},
        // curl -d sends form-urlencoded with an XML or JSON body.
        BodyCase{"application/x-www-form-urlencoded", "<invoice-header/>", Format::kXml},
        BodyCase{"application/x-www-form-urlencoded", "{\"a\":1}", Format::kJson},
        // An empty body has no format to reject.
        BodyCase{"text/plain", "", Format::kXml},
        BodyCase{"multipart/form-data; boundary=x", "  ", Format::kXml},
        BodyCase{std::nullopt, "", Format::kXml}));

struct RejectCase {
  std::string_view content_type;
  std::string_view body;
  std::string_view message;
};

class RequestBodyFormatRejectTest : public ::testing::TestWithParam<RejectCase> {};

TEST_P(RequestBodyFormatRejectTest, Rejects) {
  const RejectCase& c = GetParam();
  const Result<Format> format =
      RequestBodyFormat(MakeRequest("/api/invoices/1", "Content-Type", c.content_type, c.body));
  ASSERT_FALSE(format.has_value()) << c.content_type;
  EXPECT_EQ(format.error().code, ErrorCode::kUnsupportedMediaType);
  EXPECT_EQ(format.error().message, c.message);
}

INSTANTIATE_TEST_SUITE_P(
    Rejected, RequestBodyFormatRejectTest,
    ::testing::Values(
        RejectCase{"text/plain", "<a/>",
                   "Content-Type 'text/plain' is not supported; send application/xml or application/json"},
        RejectCase{"text/csv", "<x/>",
                   "Content-Type 'text/csv' is not supported; send application/xml or application/json"},
        RejectCase{"multipart/form-data; boundary=abc", "--abc",
                   "Content-Type 'multipart/form-data; boundary=abc' is not supported; send "
                   "application/xml or application/json"},
        RejectCase{"application/x-www-form-urlencoded", "exported=true",
                   "Content-Type 'application/x-www-form-urlencoded' is not supported; send "
                   "application/xml or application/json"},
        RejectCase{"application/octet-stream", "{}",
                   "Content-Type 'application/octet-stream' is not supported; send "
                   "application/xml or application/json"}));

}  // namespace
}  // namespace apbridge::http
