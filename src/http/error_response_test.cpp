// Tests for StatusFor, ReasonPhrase and the exact error bodies of ErrorResponse.
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

INSTANTIATE_TEST_SUITE_P(All, StatusForTest,
                         ::testing::Values(StatusCase{ErrorCode::kInvalidArgument, 400},
                                           StatusCase{ErrorCode::kUnauthenticated, 401},
                                           StatusCase{ErrorCode::kForbidden, 403},
                                           StatusCase{ErrorCode::kNotFound, 404},
                                           StatusCase{ErrorCode::kConflict, 409},
                                           StatusCase{ErrorCode::kPayloadTooLarge, 413},
                                           StatusCase{ErrorCode::kUnsupportedMediaType, 415},
                                           StatusCase{ErrorCode::kRateLimited, 429},
                                           StatusCase{ErrorCode::kInternal, 500},
                                           StatusCase{ErrorCode::kUnavailable, 503}));

TEST(ReasonPhraseTest, KnownAndUnknown) {
  EXPECT_EQ(ReasonPhrase(200), "OK");
  EXPECT_EQ(ReasonPhrase(404), "Not Found");
  EXPECT_EQ(ReasonPhrase(413), "Payload Too Large");
  EXPECT_EQ(ReasonPhrase(429), "Too Many Requests");
  EXPECT_EQ(ReasonPhrase(599), "Unknown");
}

Request WithAccept(std::optional<std::string_view> accept) {
  Request request = Request::FromTarget(Method::kGet, "/api/invoices/1");
  request.request_id = "test-request";
  if (accept) request.headers.Add("Accept", std::string(*accept));
  return request;
}

Error WithFields(Error error, std::vector<std::pair<std::string, std::string>> fields) {
  error.field_errors = std::move(fields);
  return error;
}

struct BodyCase {
  std::string_view name;
  Error error;
  std::optional<std::string_view> accept;
  RouteInfo route;
  int status;
  std::string_view content_type;
  std::string_view body;
};

class ErrorResponseTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(ErrorResponseTest, ExactBody) {
  const BodyCase& c = GetParam();
  const Response response = ErrorResponse(c.error, WithAccept(c.accept), c.route);
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
        BodyCase{"xml_escaped", InvalidArgument("a < b & \"c\" > d"), "text/xml", RouteInfo{}, 400,
                 kXmlContentType,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                 "  <error>a &lt; b &amp; \"c\" &gt; d</error>\n</errors>\n"},
        BodyCase{"xml_fields",
                 WithFields(InvalidArgument("Invalid"),
                            {{"invoice-number", "Invoice number can't be blank"},
                             {"currency", "Currency is invalid"}}),
                 std::nullopt, RouteInfo{"invoice-header"}, 400, kXmlContentType,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                 "  <error>Invoice number can't be blank</error>\n"
                 "  <error>Currency is invalid</error>\n</errors>\n"},
        BodyCase{"xml_control_and_bad_utf8", InvalidArgument("a\x01z\xFF\xC3\xA9"), std::nullopt,
                 RouteInfo{}, 400, kXmlContentType,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                 "  <error>a\xEF\xBF\xBDz\xEF\xBF\xBD\xC3\xA9</error>\n</errors>\n"},
        // Well-formed whatever the message: CR survives parsing, U+FFFE is no XML character.
        BodyCase{"xml_cr_and_noncharacter", InvalidArgument("a\rb\xEF\xBF\xBE"), std::nullopt, RouteInfo{},
                 400, kXmlContentType,
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                 "  <error>a&#13;b\xEF\xBF\xBD</error>\n</errors>\n"},
        BodyCase{"json", Conflict("Invoice number has already been taken"), "application/json",
                 RouteInfo{"invoice-header"}, 409, kJsonContentType,
                 "{\"errors\":{\"invoice-header\":[\"Invoice number has already been taken\"]}}"},
        BodyCase{"json_base_when_unnamed", Forbidden("Not allowed"), "application/json", RouteInfo{},
                 403, kJsonContentType, "{\"errors\":{\"base\":[\"Not allowed\"]}}"},
        BodyCase{"json_escaped", InvalidArgument("say \"hi\"\\\n\t\x02"), "application/json",
                 RouteInfo{"coupa-pay-payment"}, 400, kJsonContentType,
                 "{\"errors\":{\"coupa-pay-payment\":[\"say \\\"hi\\\"\\\\\\n\\t\\u0002\"]}}"},
        BodyCase{"json_line_separator", InvalidArgument("a\xE2\x80\xA8z"), "application/json", RouteInfo{},
                 400, kJsonContentType, "{\"errors\":{\"base\":[\"a\\u2028z\"]}}"},
        BodyCase{"json_fields",
                 WithFields(InvalidArgument("Invalid"), {{"a", "A is bad"}, {"b", "B is bad"}}),
                 "application/json", RouteInfo{"invoice-header"}, 400, kJsonContentType,
                 "{\"errors\":{\"invoice-header\":[\"A is bad\",\"B is bad\"]}}"},
        BodyCase{"supplier_ignores_accept", NotFound("Invoice not found"), "text/xml",
                 RouteInfo{"invoice", ErrorStyle::kSupplier}, 404, kJsonContentType,
                 "{\"status\":404,\"error\":\"Not Found\",\"message\":\"Invoice not found\"}"},
        BodyCase{"supplier_joins_fields",
                 WithFields(InvalidArgument("Invalid"), {{"a", "A is bad"}, {"b", "B is bad"}}),
                 std::nullopt, RouteInfo{"", ErrorStyle::kSupplier}, 400, kJsonContentType,
                 "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"A is bad; B is bad\"}"},
        BodyCase{"supplier_credits", Forbidden("Not enough Credits available."), std::nullopt,
                 RouteInfo{"", ErrorStyle::kSupplier}, 403, kJsonContentType,
                 "{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Not enough Credits "
                 "available.\"}"}),
    [](const ::testing::TestParamInfo<BodyCase>& info) { return std::string(info.param.name); });

TEST(ErrorResponseTest, DetailsNeverReachTheBody) {
  const Error error = Internal("SQLITE_CORRUPT at /var/lib/secret.db");
  for (auto accept : {std::optional<std::string_view>{}, std::optional<std::string_view>{"application/json"}}) {
    const Response xml_or_json = ErrorResponse(error, WithAccept(accept), RouteInfo{});
    EXPECT_EQ(xml_or_json.status, 500);
    EXPECT_EQ(xml_or_json.body.find("SQLITE"), std::string::npos) << xml_or_json.body;
  }
  const Response supplier = ErrorResponse(error, WithAccept({}), RouteInfo{"", ErrorStyle::kSupplier});
  EXPECT_EQ(supplier.body.find("SQLITE"), std::string::npos) << supplier.body;
}

TEST(ErrorResponseTest, ExplicitStatus) {
  const Response response =
      ErrorResponse(InvalidArgument("nope"), 405, WithAccept({}), RouteInfo{"", ErrorStyle::kSupplier});
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.body, "{\"status\":405,\"error\":\"Method Not Allowed\",\"message\":\"nope\"}");
}

}  // namespace
}  // namespace apbridge::http
