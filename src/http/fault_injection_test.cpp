// Injected faults through the Router: each forced status in the error format
// of the API called, Retry-After, a latency waited out before the route
// answers (recorded, not slept), a drop marked for the Server, exempt routes.
#include "http/fault_injection.hpp"

#include <gtest/gtest.h>

#include "http/router.hpp"

namespace apbridge::http {
namespace {

using std::chrono::milliseconds;

class FaultInjectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ok = [](Request&) {
      Response r;
      r.body = "route";
      return r;
    };
    router_.Add(Method::kGet, "/api/invoices/:id", {"invoice-header"}, ok);
    router_.Add(Method::kGet, "/api/v1/invoices/:id", {"", codec::ErrorStyle::kSupplier}, ok);
    router_.Add(Method::kPost, "/oauth2/token", {"", codec::ErrorStyle::kOAuth}, ok);
    router_.Add(Method::kGet, "/admin/faults", {"", codec::ErrorStyle::kCoupa, true}, ok);
    router_.SetFaults(&faults_, [this](milliseconds d) { slept_.push_back(d); });
  }

  void AddRule(const std::string& method, const std::string& path, const FaultValue& what,
               const std::string& key = "status") {
    FaultRule rule;
    rule.method = method;
    rule.path = path;
    ASSERT_TRUE(SetFaultRuleKey(rule, key, what));
    ASSERT_TRUE(faults_.Add(rule));
  }

  Response Get(std::string_view target, std::vector<std::pair<std::string, std::string>> headers = {}) {
    Request request = Request::FromTarget(Method::kGet, target);
    for (auto& [name, value] : headers) request.headers.Add(name, value);
    return router_.Dispatch(request);
  }

  static std::string HeaderOf(const Response& r, std::string_view name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return "";
  }

  FaultInjector faults_{7};
  Router router_;
  std::vector<milliseconds> slept_;
};

TEST_F(FaultInjectionTest, NoRuleNoFault) {
  EXPECT_EQ(Get("/api/invoices/1").body, "route");
  AddRule("PUT", "/api/invoices/*", int64_t{503});
  EXPECT_EQ(Get("/api/invoices/1").body, "route");
}

TEST_F(FaultInjectionTest, ForcedStatusInCoupaFormat) {
  AddRule("GET", "/api/invoices/*", int64_t{503});
  const Response xml = Get("/api/invoices/1");
  EXPECT_EQ(xml.status, 503);
  EXPECT_NE(xml.body.find("<error>Service Unavailable. Please try again later.</error>"), std::string::npos)
      << xml.body;
  EXPECT_EQ(HeaderOf(xml, "Retry-After"), "1");
  EXPECT_FALSE(xml.drop_connection);

  const Response json = Get("/api/invoices/1", {{"Accept", "application/json"}});
  EXPECT_EQ(json.status, 503);
  EXPECT_EQ(json.body, R"({"errors":{"invoice-header":["Service Unavailable. Please try again later."]}})");
}

TEST_F(FaultInjectionTest, SupplierApiBodiesOfTheDocument) {
  AddRule("GET", "/api/v1/**", int64_t{500});
  Response r = Get("/api/v1/invoices/abc");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(
      r.body,
      R"({"status":500,"error":"Internal Server Error","message":"An unexpected error occurred. Please try again later."})");
  EXPECT_EQ(HeaderOf(r, "Retry-After"), "");

  faults_.Clear();
  AddRule("GET", "/api/v1/**", int64_t{429});
  r = Get("/api/v1/invoices/abc");
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(
      r.body,
      R"({"status":429,"error":"Too Many Requests","message":"The API call for this client has exceeded the maximum call rate limit of 100 per minute."})");
  EXPECT_EQ(HeaderOf(r, "Retry-After"), "1");
}

TEST_F(FaultInjectionTest, OAuthBodyAndOwnMessageAndRetryAfter) {
  FaultRule rule;
  rule.method = "POST";
  rule.path = "/oauth2/token";
  rule.status = 503;
  rule.retry_after_s = 30;
  rule.message = "maintenance";
  ASSERT_TRUE(faults_.Add(rule));
  Request request = Request::FromTarget(Method::kPost, "/oauth2/token");
  const Response r = router_.Dispatch(request);
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.body, R"({"error":"temporarily_unavailable","error_description":"maintenance"})");
  EXPECT_EQ(HeaderOf(r, "Retry-After"), "30");
}

TEST_F(FaultInjectionTest, LatencyThenTheRouteAnswers) {
  AddRule("GET", "/api/invoices/:id", int64_t{250}, "latency_ms");
  const Response r = Get("/api/invoices/1");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "route");
  ASSERT_EQ(slept_.size(), 1U);
  EXPECT_EQ(slept_[0], milliseconds(250));
}

TEST_F(FaultInjectionTest, LatencyBeforeAForcedStatus) {
  AddRule("GET", "/api/invoices/:id", int64_t{100}, "latency_ms");
  AddRule("GET", "/api/invoices/:id", int64_t{503});
  const Response r = Get("/api/invoices/1");
  EXPECT_EQ(r.status, 503);
  ASSERT_EQ(slept_.size(), 1U);
  EXPECT_EQ(slept_[0], milliseconds(100));
}

TEST_F(FaultInjectionTest, DropIsMarkedForTheServer) {
  AddRule("GET", "/api/invoices/*", true, "drop");
  const Response r = Get("/api/invoices/1");
  EXPECT_TRUE(r.drop_connection);
  EXPECT_EQ(r.status, 503);
}

TEST_F(FaultInjectionTest, ExemptRouteAndUnknownPathsAreNotFaulted) {
  AddRule("*", "/**", int64_t{503});
  EXPECT_EQ(Get("/admin/faults").body, "route");
  EXPECT_EQ(Get("/nowhere").status, 404);
  EXPECT_EQ(Get("/api/invoices/1").status, 503);
  EXPECT_EQ(faults_.Rules()[0].matched, 1U);
}

}  // namespace
}  // namespace apbridge::http
