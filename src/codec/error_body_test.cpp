// The exact bytes of every error-body style, escaping included, and which format each is in.
#include "codec/error_body.hpp"

#include <gtest/gtest.h>

namespace apbridge::codec {
namespace {

Error WithFields(Error error, std::vector<std::pair<std::string, std::string>> fields) {
  error.field_errors = std::move(fields);
  return error;
}

Error WithOAuthCode(Error error, std::string code) {
  error.oauth_error = std::move(code);
  return error;
}

constexpr std::string_view kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n";

struct BodyCase {
  std::string_view name;
  Error error;
  ErrorBodyOptions options;
  std::string body;
};

class WriteErrorBodyTest : public ::testing::TestWithParam<BodyCase> {};

TEST_P(WriteErrorBodyTest, ExactBody) {
  const BodyCase& c = GetParam();
  EXPECT_EQ(WriteErrorBody(c.error, c.options), c.body);
}

ErrorBodyOptions Options(ErrorStyle style, Format format, std::string_view resource_name = {}) {
  ErrorBodyOptions options;
  options.style = style;
  options.format = format;
  options.resource_name = resource_name;
  return options;
}

ErrorBodyOptions Xml(std::string_view resource_name = {}) {
  return Options(ErrorStyle::kCoupa, Format::kXml, resource_name);
}

ErrorBodyOptions Json(std::string_view resource_name = {}) {
  return Options(ErrorStyle::kCoupa, Format::kJson, resource_name);
}

ErrorBodyOptions Supplier(int status, std::string_view reason_phrase, Format format = Format::kJson) {
  ErrorBodyOptions options = Options(ErrorStyle::kSupplier, format, "invoice");
  options.status = status;
  options.reason_phrase = reason_phrase;
  return options;
}

ErrorBodyOptions OAuth(Format format = Format::kJson) {
  ErrorBodyOptions options = Options(ErrorStyle::kOAuth, format);
  options.status = 400;
  options.reason_phrase = "Bad Request";
  return options;
}

INSTANTIATE_TEST_SUITE_P(
    Coupa, WriteErrorBodyTest,
    ::testing::Values(
        BodyCase{"xml", NotFound("Couldn't find InvoiceHeader"), Xml(),
                 std::string(kXmlHead) + "  <error>Couldn't find InvoiceHeader</error>\n</errors>\n"},
        // The resource name keys JSON only.
        BodyCase{"xml_ignores_resource", NotFound("x"), Xml("invoice-header"),
                 std::string(kXmlHead) + "  <error>x</error>\n</errors>\n"},
        // '"' stays as Rails writes character data; & < > are entities.
        BodyCase{"xml_escaped", InvalidArgument("a < b & \"c\" > d"), Xml(),
                 std::string(kXmlHead) + "  <error>a &lt; b &amp; \"c\" &gt; d</error>\n</errors>\n"},
        BodyCase{"xml_fields",
                 WithFields(InvalidArgument("Invalid"), {{"invoice-number", "Invoice number can't be blank"},
                                                         {"currency", "Currency is invalid"}}),
                 Xml(),
                 std::string(kXmlHead) + "  <error>Invoice number can't be blank</error>\n"
                                         "  <error>Currency is invalid</error>\n</errors>\n"},
        BodyCase{"xml_control_and_bad_utf8", InvalidArgument("a\x01z\xFF\xC3\xA9"), Xml(),
                 std::string(kXmlHead) + "  <error>a\xEF\xBF\xBDz\xEF\xBF\xBD\xC3\xA9</error>\n</errors>\n"},
        // Well-formed whatever the message: CR survives parsing, U+FFFE is no XML character.
        BodyCase{"xml_cr_and_noncharacter", InvalidArgument("a\rb\xEF\xBF\xBE"), Xml(),
                 std::string(kXmlHead) + "  <error>a&#13;b\xEF\xBF\xBD</error>\n</errors>\n"},
        BodyCase{"json", Conflict("Invoice number has already been taken"), Json("invoice-header"),
                 R"({"errors":{"invoice-header":["Invoice number has already been taken"]}})"},
        BodyCase{"json_base_when_unnamed", Forbidden("Not allowed"), Json(),
                 R"({"errors":{"base":["Not allowed"]}})"},
        BodyCase{"json_escaped", InvalidArgument("say \"hi\"\\\n\t\x02"), Json("coupa-pay-payment"),
                 R"({"errors":{"coupa-pay-payment":["say \"hi\"\\\n\t\u0002"]}})"},
        BodyCase{"json_line_separator", InvalidArgument("a\xE2\x80\xA8z"), Json(),
                 R"({"errors":{"base":["a\u2028z"]}})"},
        BodyCase{"json_fields",
                 WithFields(InvalidArgument("Invalid"), {{"a", "A is bad"}, {"b", "B is bad"}}),
                 Json("invoice-header"), R"({"errors":{"invoice-header":["A is bad","B is bad"]}})"}),
    [](const ::testing::TestParamInfo<BodyCase>& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Supplier, WriteErrorBodyTest,
    ::testing::Values(BodyCase{"message", NotFound("Invoice not found"), Supplier(404, "Not Found"),
                               R"({"status":404,"error":"Not Found","message":"Invoice not found"})"},
                      // Always JSON, whatever was negotiated.
                      BodyCase{
                          "ignores_format", Forbidden("Not enough Credits available."),
                          Supplier(403, "Forbidden", Format::kXml),
                          R"({"status":403,"error":"Forbidden","message":"Not enough Credits available."})"},
                      BodyCase{"joins_fields",
                               WithFields(InvalidArgument("Invalid"), {{"a", "A is bad"}, {"b", "B is bad"}}),
                               Supplier(400, "Bad Request"),
                               R"({"status":400,"error":"Bad Request","message":"A is bad; B is bad"})"},
                      BodyCase{"escaped", InvalidArgument("say \"hi\""), Supplier(400, "Bad Request"),
                               R"({"status":400,"error":"Bad Request","message":"say \"hi\""})"}),
    [](const ::testing::TestParamInfo<BodyCase>& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    OAuth, WriteErrorBodyTest,
    ::testing::Values(
        BodyCase{"default_code", InvalidArgument("grant_type is missing"), OAuth(),
                 R"({"error":"invalid_request","error_description":"grant_type is missing"})"},
        BodyCase{"code_from_error",
                 WithOAuthCode(Unauthenticated("Client authentication failed"), "invalid_client"),
                 OAuth(Format::kXml),
                 R"({"error":"invalid_client","error_description":"Client authentication failed"})"},
        BodyCase{
            "joins_fields",
            WithOAuthCode(WithFields(InvalidArgument("Invalid"), {{"scope", "bad \"x\""}, {"b", "B is bad"}}),
                          "invalid_scope"),
            OAuth(), R"({"error":"invalid_scope","error_description":"bad \"x\"; B is bad"})"}),
    [](const ::testing::TestParamInfo<BodyCase>& info) { return std::string(info.param.name); });

TEST(ErrorBodyFormatTest, OnlyCoupaFollowsTheNegotiatedFormat) {
  EXPECT_EQ(ErrorBodyFormat(ErrorStyle::kCoupa, Format::kXml), Format::kXml);
  EXPECT_EQ(ErrorBodyFormat(ErrorStyle::kCoupa, Format::kJson), Format::kJson);
  for (ErrorStyle style : {ErrorStyle::kSupplier, ErrorStyle::kOAuth}) {
    EXPECT_EQ(ErrorBodyFormat(style, Format::kXml), Format::kJson);
    EXPECT_EQ(ErrorBodyFormat(style, Format::kJson), Format::kJson);
  }
}

TEST(ErrorBodyTest, DetailsNeverReachTheBody) {
  const Error error = Internal("SQLITE_CORRUPT at /var/lib/secret.db");
  for (const ErrorBodyOptions& options : {Xml(), Json(), Supplier(500, "Internal Server Error"), OAuth()}) {
    const std::string body = WriteErrorBody(error, options);
    EXPECT_EQ(body.find("SQLITE"), std::string::npos) << body;
    EXPECT_NE(body.find("An unexpected error occurred."), std::string::npos) << body;
  }
}

}  // namespace
}  // namespace apbridge::codec
