// Tests for NegotiateFormat (Accept, path suffix) and RequestBodyFormat (Content-Type, sniffing).
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
  BodyFormat expected;
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
    ::testing::Values(AcceptCase{std::nullopt, BodyFormat::kXml},
                      AcceptCase{"", BodyFormat::kXml},
                      AcceptCase{"*/*", BodyFormat::kXml},
                      AcceptCase{"text/xml", BodyFormat::kXml},
                      AcceptCase{"application/xml", BodyFormat::kXml},
                      AcceptCase{"text/html", BodyFormat::kXml},
                      AcceptCase{"application/xml, application/json", BodyFormat::kXml},
                      AcceptCase{"application/json;q=0.5, application/xml", BodyFormat::kXml},
                      AcceptCase{"application/json;q=0", BodyFormat::kXml},
                      AcceptCase{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                                 BodyFormat::kXml},
                      AcceptCase{"application/json", BodyFormat::kXml, "/api/invoices.xml"}));

INSTANTIATE_TEST_SUITE_P(
    Json, NegotiateFormatTest,
    ::testing::Values(AcceptCase{"application/json", BodyFormat::kJson},
                      AcceptCase{"Application/JSON", BodyFormat::kJson},
                      AcceptCase{"application/json; charset=utf-8", BodyFormat::kJson},
                      AcceptCase{"application/json, text/plain, */*", BodyFormat::kJson},
                      AcceptCase{"application/json, application/xml", BodyFormat::kJson},
                      AcceptCase{"application/xml;q=0.5, application/json", BodyFormat::kJson},
                      AcceptCase{"*/*, application/json", BodyFormat::kJson},
                      AcceptCase{std::nullopt, BodyFormat::kJson, "/api/invoices/1.json"},
                      AcceptCase{"text/xml", BodyFormat::kJson, "/api/invoices.json"}));

struct BodyCase {
  std::optional<std::string_view> content_type;  // nullopt: no Content-Type
  std::string_view body;
  BodyFormat expected;
};

class RequestBodyFormatTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(RequestBodyFormatTest, Accepts) {
  const BodyCase& c = GetParam();
  const Request request = c.content_type ? MakeRequest("/api/invoices/1", "Content-Type", *c.content_type, c.body)
                                         : MakeRequest("/api/invoices/1", std::nullopt, {}, c.body);
  const Result<BodyFormat> format = RequestBodyFormat(request);
  ASSERT_TRUE(format.has_value()) << format.error().message;
  EXPECT_EQ(*format, c.expected) << c.content_type.value_or("(none)") << " " << c.body;
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, RequestBodyFormatTest,
    ::testing::Values(
        BodyCase{"application/xml", "<invoice-header/>", BodyFormat::kXml},
        BodyCase{"text/xml; charset=utf-8", "<a/>", BodyFormat::kXml},
        BodyCase{"APPLICATION/XML", "<a/>", BodyFormat::kXml},
        BodyCase{"application/atom+xml", "<a/>", BodyFormat::kXml},
        BodyCase{"application/json", "{}", BodyFormat::kJson},
        BodyCase{"application/json;charset=UTF-8", "[1]", BodyFormat::kJson},
        BodyCase{"text/json", "{}", BodyFormat::kJson},
        BodyCase{"application/vnd.api+json", "{}", BodyFormat::kJson},
        // The declared type wins over the content.
        BodyCase{"application/json", "<a/>", BodyFormat::kJson},
        // No Content-Type: sniff.
        BodyCase{std::nullopt, "  \n<invoice-header/>", BodyFormat::kXml},
        BodyCase{std::nullopt, "{\"paid\": true}", BodyFormat::kJson},
        BodyCase{std::nullopt, "[{}]", BodyFormat::kJson},
        BodyCase{std::nullopt, "exported=true", BodyFormat::kXml},
        BodyCase{"", "{}", BodyFormat::kJson},
        // curl -d sends form-urlencoded with an XML or JSON body.
        BodyCase{"application/x-www-form-urlencoded", "<invoice-header/>", BodyFormat::kXml},
        BodyCase{"application/x-www-form-urlencoded", "{\"a\":1}", BodyFormat::kJson},
        // An empty body has no format to reject.
        BodyCase{"text/plain", "", BodyFormat::kXml},
        BodyCase{"multipart/form-data; boundary=x", "  ", BodyFormat::kXml},
        BodyCase{std::nullopt, "", BodyFormat::kXml}));

struct RejectCase {
  std::string_view content_type;
  std::string_view body;
  std::string_view message;
};

class RequestBodyFormatRejectTest : public ::testing::TestWithParam<RejectCase> {};

TEST_P(RequestBodyFormatRejectTest, Rejects) {
  const RejectCase& c = GetParam();
  const Result<BodyFormat> format =
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
