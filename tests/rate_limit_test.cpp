// The core API's rate limit against a running server: a caller's burst goes
// through, the next request is a 429 with Retry-After in Coupa's error
// format, and other callers keep their own allowance. (The limiter's
// arithmetic is held exactly by common/rate_limiter_test with a clock.)
#include <gtest/gtest.h>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "rate-test-admin-key-0123456789";

TEST(RateLimitTest, OverTheBurstIs429WithRetryAfter) {
  // One request a second, three at once: the fourth of a quick run is refused
  // however slow the machine, as long as the first three take under a second.
  ServerProcess server(
      {"--demo"},
      {{"APBRIDGE_ADMIN_API_KEY", kAdminKey}, {"APBRIDGE_RATE_LIMIT", "1"}, {"APBRIDGE_RATE_BURST", "3"}});
  ASSERT_TRUE(server.ready()) << server.log();
  const std::vector<std::string> admin = {std::string("X-COUPA-API-KEY: ") + kAdminKey};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Send("GET", server.base_url() + "/api/invoices/106", admin, "").status, 200) << i;
  }
  HttpResult limited = Send("GET", server.base_url() + "/api/invoices/106", admin, "");
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.headers["retry-after"], "1");
  EXPECT_NE(limited.body.find("<errors>"), std::string::npos) << limited.body;
  EXPECT_NE(limited.body.find("Rate limit exceeded"), std::string::npos) << limited.body;

  std::vector<std::string> json = admin;
  json.emplace_back("Accept: application/json");
  HttpResult limited_json = Send("GET", server.base_url() + "/api/invoices/106", json, "");
  EXPECT_EQ(limited_json.status, 429);
  EXPECT_NE(limited_json.body.find("\"errors\""), std::string::npos) << limited_json.body;

  std::string out;
  ASSERT_EQ(
      RunToCompletion(
          {"keys", "create", "other", "--permissions", "*", "--data-dir", server.data_dir().string()}, &out),
      0)
      << out;
  const std::string other = out.substr(0, out.find('\n'));
  EXPECT_EQ(Send("GET", server.base_url() + "/api/invoices/106", {"X-COUPA-API-KEY: " + other}, "").status,
            200)
      << "another key has its own allowance";
  EXPECT_EQ(Send("GET", server.base_url() + "/healthz", {}, "").status, 200) << "health is not limited";
  EXPECT_EQ(server.Stop(), 0);
}

TEST(RateLimitTest, BadLimitsStopTheStart) {
  std::string out;
  EXPECT_EQ(RunToCompletion({"serve", "--rate-limit", "5", "--rate-burst", "0"}, &out), 2) << out;
  EXPECT_NE(out.find("--rate-burst"), std::string::npos) << out;
}

}  // namespace
}  // namespace apbridge::testing
