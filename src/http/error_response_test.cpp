// Tests for StatusFor, ReasonPhrase and what ErrorResponse answers (status, style, format).
#include "http/error_response.hpp"

#include <gtest/gtest.h>

#include "http/status.hpp"

namespace apbridge::http {
namespace {

constexpr std::string_view kXmlContentType = "application/xml; charset=utf-8";
constexpr std::string_view kJsonContentType = "application/json; charset=utf-8";

struct StatusCase {
  ErrorCode code;
  int status;
};

class StatusForTest : public ::testing::TestWithParam<StatusCase> {};

TEST_P(StatusForTest, Maps) { EXPECT_EQ(StatusFor(GetParam().code), GetParam().status); }

INSTANTIATE_TEST_SUITE_P(
    All, StatusForTest,
    ::testing::Values(StatusCase{ErrorCode::kInvalidArgument, 400},
                      StatusCase{ErrorCode::kUnauthenticated, 401}, StatusCase{ErrorCode::kForbidden, 403},
                      StatusCase{ErrorCode::kNotFound, 404}, StatusCase{ErrorCode::kConflict, 409},
                      StatusCase{ErrorCode::kPayloadTooLarge, 413},
                      StatusCase{ErrorCode::kUnsupportedMediaType, 415},
                      StatusCase{ErrorCode::kRateLimited, 429}, StatusCase{ErrorCode::kInternal, 500},
                      StatusCase{ErrorCode::kUnavailable, 503}));

TEST(ReasonPhraseTest, KnownAndUnknown) {
  EXPECT_EQ(ReasonPhrase(200), "OK");
  EXPECT_EQ(ReasonPhrase(404), "Not Found");
  EXPECT_EQ(ReasonPhrase(413), "Payload Too Large");
  EXPECT_EQ(ReasonPhrase(429), "Too Many Requests");
  EXPECT_EQ(ReasonPhrase(599), "Unknown");
}

Request WithAccept(std::optional<std::string_view> accept, std::string_view target = "/api/invoices/1") {
  Request request = Request::FromTarget(Method::kGet, target);
  request.request_id = "test-request";
  if (accept) request.headers.Add("Accept", std::string(*accept));
  return request;
}

Error WithOAuthCode(Error error, std::string code) {
  error.oauth_error = std::move(code);
  return error;
}

// What ErrorResponse decides: status, style, format and Content-Type (the bytes of
// each style, escaping included, are codec's error_body_test).
struct BodyCase {
  std::string_view name;
  Error error;
  std::optional<std::string_view> accept;
  RouteInfo route;
  int status;
  std::string_view content_type;
  std::string_view body;
  std::string_view target = "/api/invoices/1";
};

class ErrorResponseTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(ErrorResponseTest, ExactBody) {
  const BodyCase& c = GetParam();
  const Response response = ErrorResponse(c.error, WithAccept(c.accept, c.target), c.route);
  EXPECT_EQ(response.status, c.status);
  EXPECT_EQ(response.content_type, c.content_type);
  EXPECT_EQ(response.body, c.body);
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, ErrorResponseTest,
    ::testing::Values(
        BodyCase{"xml_default", NotFound("Couldn't find InvoiceHeader"), std::nullopt,
                 RouteInfo{"invoice-header"}, 404, kXmlContentType,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                 "  <error>Couldn't find InvoiceHeader</error>\n</errors>\n"},
        BodyCase{"xml_by_accept", InvalidArgument("a < b"), "text/xml", RouteInfo{"invoice-header"}, 400,
                 kXmlContentType,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                 "  <error>a &lt; b</error>\n</errors>\n"},
        BodyCase{"json_by_accept", Conflict("Invoice number has already been taken"), "application/json",
                 RouteInfo{"invoice-header"}, 409, kJsonContentType,
                 "{\"errors\":{\"invoice-header\":[\"Invoice number has already been taken\"]}}"},
        BodyCase{"json_by_format_param", Forbidden("Not allowed"), "text/xml", RouteInfo{}, 403,
                 kJsonContentType, "{\"errors\":{\"base\":[\"Not allowed\"]}}",
                 "/api/invoices/1?format=json"},
        BodyCase{"supplier_ignores_accept", NotFound("Invoice not found"), "text/xml",
                 RouteInfo{"invoice", codec::ErrorStyle::kSupplier}, 404, kJsonContentType,
                 "{\"status\":404,\"error\":\"Not Found\",\"message\":\"Invoice not found\"}"},
        BodyCase{"supplier_credits", Forbidden("Not enough Credits available."), std::nullopt,
                 RouteInfo{"", codec::ErrorStyle::kSupplier}, 403, kJsonContentType,
                 "{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Not enough Credits "
                 "available.\"}"},
        BodyCase{"oauth_ignores_accept",
                 WithOAuthCode(Unauthenticated("Client authentication failed"), "invalid_client"), "text/xml",
                 RouteInfo{"", codec::ErrorStyle::kOAuth}, 401, kJsonContentType,
                 "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"}),
    [](const ::testing::TestParamInfo<BodyCase>& info) { return std::string(info.param.name); });

TEST(ErrorResponseTest, DetailsNeverReachTheBody) {
  const Error error = Internal("SQLITE_CORRUPT at /var/lib/secret.db");
  for (auto accept :
       {std::optional<std::string_view>{}, std::optional<std::string_view>{"application/json"}}) {
    const Response xml_or_json = ErrorResponse(error, WithAccept(accept), RouteInfo{});
    EXPECT_EQ(xml_or_json.status, 500);
    EXPECT_EQ(xml_or_json.body.find("SQLITE"), std::string::npos) << xml_or_json.body;
  }
  const Response supplier = ErrorResponse(error, WithAccept({}), RouteInfo{"", codec::ErrorStyle::kSupplier});
  EXPECT_EQ(supplier.body.find("SQLITE"), std::string::npos) << supplier.body;
}

TEST(ErrorResponseTest, ExplicitStatus) {
  const Response response = ErrorResponse(InvalidArgument("nope"), 405, WithAccept({}),
                                          RouteInfo{"", codec::ErrorStyle::kSupplier});
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.body, "{\"status\":405,\"error\":\"Method Not Allowed\",\"message\":\"nope\"}");
}

}  // namespace
}  // namespace apbridge::http
