// `apbridge keys` against a running server: a key's grants decide what it may
// do (index and show but not update), a revoked key is refused at once, and
// the secret is printed once and never listed.
#include <gtest/gtest.h>

#include <regex>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "keys-test-admin-key-0123456789";

class KeysTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--demo"}, {{"APBRIDGE_ADMIN_API_KEY", kAdminKey}});
    ASSERT_TRUE(server_->ready()) << server_->log();
  }
  static void TearDownTestSuite() {
    EXPECT_EQ(server_->Stop(), 0);
    delete server_;
    server_ = nullptr;
  }

  // Runs `apbridge keys ARGS --data-dir <the server's>`; its exit code.
  static int Keys(std::vector<std::string> args, std::string* out) {
    args.insert(args.begin(), "keys");
    args.insert(args.end(), {"--data-dir", server_->data_dir().string()});
    return RunToCompletion(args, out);
  }
  // A key issued with `permissions`, read from the command's output.
  static std::string Issue(const std::string& name, const std::string& permissions) {
    std::string out;
    EXPECT_EQ(Keys({"create", name, "--permissions", permissions, "--user", "erp-integration"}, &out), 0)
        << out;
    std::smatch key;
    EXPECT_TRUE(std::regex_search(out, key, std::regex("\\b[A-Za-z0-9]{40}\\b"))) << out;
    return key.str();
  }
  static HttpResult Call(const std::string& method, const std::string& target, const std::string& key) {
    return Send(method, server_->base_url() + target, {"X-COUPA-API-KEY: " + key}, "");
  }

  static ServerProcess* server_;
};
ServerProcess* KeysTest::server_ = nullptr;

TEST_F(KeysTest, GrantsDecideEachActionOnItsOwn) {
  const std::string reader = Issue("reader", "invoices:index invoices:show coupa_pay/payments:index");
  EXPECT_EQ(Call("GET", "/api/invoices?limit=1", reader).status, 200);
  EXPECT_EQ(Call("GET", "/api/invoices/106", reader).status, 200);
  EXPECT_EQ(Call("GET", "/api/coupa_pay/payments?limit=1", reader).status, 200);

  HttpResult put = Call("PUT", "/api/invoices/106?exported=true", reader);
  EXPECT_EQ(put.status, 403);
  EXPECT_NE(put.body.find("<errors>"), std::string::npos) << "Coupa's error body: " << put.body;
  EXPECT_EQ(Call("GET", "/api/coupa_pay/payments/1", reader).status, 403) << "index is not show";
  EXPECT_EQ(Call("PUT", "/api/invoices/106/submit", reader).status, 403);
  EXPECT_EQ(Call("GET", "/api/invoices/106", kAdminKey).body.find("<exported type=\"boolean\">true"),
            std::string::npos)
      << "the refused PUT changed nothing";

  const std::string writer = Issue("writer", "invoices:update");
  EXPECT_EQ(Call("GET", "/api/invoices/106", writer).status, 403) << "update is not show";
}

TEST_F(KeysTest, ARevokedKeyIsRefusedAtOnceAndListingShowsNoSecret) {
  const std::string key = Issue("short-lived", "*");
  EXPECT_EQ(Call("GET", "/api/invoices/106", key).status, 200);

  std::string listed;
  ASSERT_EQ(Keys({"list"}, &listed), 0) << listed;
  EXPECT_NE(listed.find("short-lived"), std::string::npos) << listed;
  EXPECT_NE(listed.find(key.substr(0, 4) + "..."), std::string::npos) << listed;
  EXPECT_EQ(listed.find(key), std::string::npos) << "the secret is never listed";

  std::string out;
  ASSERT_EQ(Keys({"revoke", "short-lived"}, &out), 0) << out;
  HttpResult refused = Call("GET", "/api/invoices/106", key);
  EXPECT_EQ(refused.status, 401);
  EXPECT_NE(refused.body.find("<errors>"), std::string::npos) << refused.body;
  ASSERT_EQ(Keys({"list"}, &listed), 0);
  EXPECT_NE(listed.find("revoked"), std::string::npos) << listed;
}

TEST_F(KeysTest, BadInputIsRefusedWithOneMessage) {
  std::string out;
  EXPECT_EQ(Keys({"create", "typo", "--permissions", "invoice:index"}, &out), 2);
  EXPECT_NE(out.find("no API resource 'invoice'"), std::string::npos) << out;
  EXPECT_EQ(Keys({"create", "who", "--permissions", "*", "--user", "nobody-at-all"}, &out), 2);
  EXPECT_NE(out.find("nobody-at-all"), std::string::npos) << out;
  Issue("taken", "invoices:index");
  EXPECT_EQ(Keys({"create", "taken", "--permissions", "*"}, &out), 1);
  EXPECT_NE(out.find("exists"), std::string::npos) << out;
  EXPECT_EQ(Keys({"revoke", "no-such-key"}, &out), 1);
  EXPECT_NE(out.find("no-such-key"), std::string::npos) << out;
}

}  // namespace
}  // namespace apbridge::testing
