// Tests for Request::SetTarget (path normalisation, format suffix and format=) and Headers.
#include "http/request.hpp"

#include <gtest/gtest.h>

#include "http/log_text.hpp"

namespace apbridge::http {
namespace {

struct TargetCase {
  std::string_view target;
  std::string_view path;
  std::string_view raw_query;
  std::optional<Format> format;
};

class SetTargetTest : public ::testing::TestWithParam<TargetCase> {};

TEST_P(SetTargetTest, Normalises) {
  const TargetCase& c = GetParam();
  const Request request = Request::FromTarget(Method::kGet, c.target);
  EXPECT_EQ(request.path, c.path) << c.target;
  EXPECT_EQ(request.raw_query, c.raw_query) << c.target;
  EXPECT_EQ(request.format_override, c.format) << c.target;
}

INSTANTIATE_TEST_SUITE_P(
    Targets, SetTargetTest,
    ::testing::Values(
        TargetCase{"/", "/", "", std::nullopt}, TargetCase{"", "/", "", std::nullopt},
        TargetCase{"/api/invoices", "/api/invoices", "", std::nullopt},
        TargetCase{"/api/invoices/", "/api/invoices", "", std::nullopt},
        TargetCase{"/api/invoices//", "/api/invoices", "", std::nullopt},
        TargetCase{"/api/invoices/?invoice-number=X", "/api/invoices", "invoice-number=X", std::nullopt},
        TargetCase{"/api/invoices?a=1#frag", "/api/invoices", "a=1", std::nullopt},
        TargetCase{"/api/invoices?", "/api/invoices", "", std::nullopt},
        TargetCase{"/api/suppliers/A%20B", "/api/suppliers/A B", "", std::nullopt},
        TargetCase{"/api/suppliers/A+B", "/api/suppliers/A+B", "", std::nullopt},
        TargetCase{"/api/invoices/12.json", "/api/invoices/12", "", Format::kJson},
        TargetCase{"/api/invoices.xml?limit=1", "/api/invoices", "limit=1", Format::kXml},
        TargetCase{"/api/invoices.json/", "/api/invoices", "", Format::kJson},
        TargetCase{"/api/.json", "/api/.json", "", std::nullopt},
        TargetCase{"/openapi.json", "/openapi.json", "", std::nullopt},
        TargetCase{"http://example.com/api/invoices?x=1", "/api/invoices", "x=1", std::nullopt},
        TargetCase{"http://example.com", "/", "", std::nullopt},
        // format=json|xml in any case, anywhere; it wins over the suffix; other values are no format.
        TargetCase{"/api/invoices?format=json", "/api/invoices", "format=json", Format::kJson},
        TargetCase{"/api/invoices?limit=1&format=XML", "/api/invoices", "limit=1&format=XML", Format::kXml},
        TargetCase{"/api/invoices.json?format=xml", "/api/invoices", "format=xml", Format::kXml},
        TargetCase{"/api/invoices/1.xml?format=Json", "/api/invoices/1", "format=Json", Format::kJson},
        TargetCase{"/api/invoices.xml?format=csv", "/api/invoices", "format=csv", Format::kXml},
        TargetCase{"/api/invoices?format=csv", "/api/invoices", "format=csv", std::nullopt},
        TargetCase{"/api/invoices?Format=json", "/api/invoices", "Format=json", std::nullopt},
        TargetCase{"/readyz?format=json", "/readyz", "format=json", Format::kJson}));

TEST(RequestTest, QueryIsParsed) {
  const Request request = Request::FromTarget(Method::kPut, "/api/invoices/1?exported=true&null");
  ASSERT_EQ(request.query.size(), 2u);
  EXPECT_EQ(request.query[0], (QueryParam{"exported", "true", true}));
  EXPECT_EQ(request.query[1], (QueryParam{"null", "", false}));
}

TEST(RequestTest, FormatParamLeavesTheQuery) {
  const Request request =
      Request::FromTarget(Method::kGet, "/api/invoices?format=json&limit=1&format=csv&format&format=xml");
  EXPECT_EQ(request.format_override, Format::kXml);  // the last format=json|xml
  EXPECT_EQ(request.query,
            (std::vector<QueryParam>{{"limit", "1", true}, {"format", "csv", true}, {"format", "", false}}));
  EXPECT_EQ(request.raw_query, "format=json&limit=1&format=csv&format&format=xml");
}

TEST(RequestTest, ParamLookup) {
  Request request;
  request.params["id"] = "42";
  EXPECT_EQ(request.Param("id"), "42");
  EXPECT_EQ(request.Param("other"), std::nullopt);
}

TEST(HeadersTest, LookupIgnoresCase) {
  Headers headers;
  headers.Add("Content-Type", "application/json");
  headers.Add("X-COUPA-API-KEY", "k1");
  headers.Add("x-coupa-api-key", "k2");
  EXPECT_EQ(headers.Get("content-type"), "application/json");
  EXPECT_EQ(headers.Get("X-Coupa-Api-Key"), "k1");
  EXPECT_EQ(headers.GetAll("X-COUPA-API-KEY"), (std::vector<std::string_view>{"k1", "k2"}));
  EXPECT_FALSE(headers.Get("Accept").has_value());
  EXPECT_TRUE(headers.Has("CONTENT-TYPE"));
  EXPECT_EQ(headers.size(), 3u);
}

TEST(LogSafeTest, EscapesControlCharacters) {
  EXPECT_EQ(LogSafe("/api/invoices"), "/api/invoices");
  EXPECT_EQ(LogSafe("/a\n200 forged\r\x7f"), "/a\\x0a200 forged\\x0d\\x7f");
  EXPECT_EQ(LogSafe("caf\xC3\xA9"), "caf\xC3\xA9");
}

}  // namespace
}  // namespace apbridge::http
