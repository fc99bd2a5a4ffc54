// Pay runs against a running demo server: `apbridge payrun create` and POST
// /admin/pay_runs create draft payments that GET
// /api/coupa_pay/payments?status=draft then finds; a key without
// admin:pay_runs is refused; a run with nothing eligible is a 400 in Coupa's
// format and changes nothing.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <regex>
#include <set>

#include "support/demo_server_suite.hpp"
#include "support/json_text.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "pay-run-test-admin-key-0123456789";

class PayRunTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() { StartServer({.admin_key = kAdminKey}); }

  // Runs `apbridge COMMAND ARGS --data-dir <the server's>`; its exit code.
  static int Run(std::vector<std::string> args, std::string* out) {
    args.insert(args.end(), {"--data-dir", server_->data_dir().string()});
    return RunToCompletion(args, out);
  }
  static std::string Issue(const std::string& name, const std::string& permissions) {
    std::string out;
    EXPECT_EQ(Run({"keys", "create", name, "--permissions", permissions, "--user", "mgarcia"}, &out), 0)
        << out;
    std::smatch key;
    EXPECT_TRUE(std::regex_search(out, key, std::regex("\\b[A-Za-z0-9]{40}\\b"))) << out;
    return key.str();
  }
  // Sent with `key`, not the suite's.
  static HttpResult Post(const std::string& body, const std::string& content_type, const std::string& key,
                         const std::string& accept = "application/json") {
    return Checked(Send("POST", server_->base_url() + "/admin/pay_runs",
                        {"X-COUPA-API-KEY: " + key, "Content-Type: " + content_type, "Accept: " + accept},
                        body));
  }
  // The ids of the draft payments, page after page.
  static std::set<int64_t> DraftIds() {
    std::set<int64_t> ids;
    for (int offset = 0;; offset += 50) {
      HttpResult r =
          Call("GET", "/api/coupa_pay/payments?status=draft&fields=[\"id\"]&offset=" + std::to_string(offset),
               "", {"Accept: application/json"});
      EXPECT_EQ(r.status, 200) << r.body;
      simdjson::dom::parser parser;
      simdjson::dom::array page = parser.parse(r.body).get_array();
      for (simdjson::dom::element p : page) ids.insert(p["id"].get_int64());
      if (page.size() < 50) return ids;
    }
  }
};

TEST_F(PayRunTest, TheCommandCreatesOneSuppliersRun) {
  const std::set<int64_t> before = DraftIds();
  std::string out;
  ASSERT_EQ(Run({"payrun", "create", "--supplier", "Redwood Marketing Group"}, &out), 0) << out;
  EXPECT_NE(out.find("created payment batch"), std::string::npos) << out;
  EXPECT_NE(out.find("RMG-5521"), std::string::npos) << "the payment lists what it pays: " << out;
  const std::set<int64_t> after = DraftIds();
  EXPECT_EQ(after.size(), before.size() + 1) << out;

  EXPECT_EQ(Run({"payrun", "create", "--supplier", "Redwood Marketing Group"}, &out), 2);
  EXPECT_NE(out.find("nothing to pay"), std::string::npos) << out;
  EXPECT_EQ(Run({"payrun", "create"}, &out), 2) << "neither --supplier nor --all";
  EXPECT_EQ(DraftIds(), after);
}

TEST_F(PayRunTest, TheEndpointCreatesDraftPaymentsThatTheIndexFinds) {
  const std::string key = Issue("pay-runner", "admin:pay_runs");
  const std::set<int64_t> before = DraftIds();
  HttpResult r = Post(R"({"all": true})", "application/json", key);
  ASSERT_EQ(r.status, 201) << r.body;
  simdjson::dom::parser parser;
  simdjson::dom::array created = parser.parse(r.body).get_array();
  ASSERT_GT(created.size(), 0u) << r.body;
  std::set<int64_t> batches;
  std::set<int64_t> ids;
  bool reimburses = false;
  for (simdjson::dom::element p : created) {
    EXPECT_EQ(JsonText(p, {"status"}), "draft");
    EXPECT_EQ(JsonText(p, {"created-by", "login"}), "mgarcia") << "the key's API user made them";
    batches.insert(p["payment-batch"]["id"].get_int64());
    ids.insert(p["id"].get_int64());
    reimburses = reimburses || JsonText(p, {"pay-to-account", "type"}) == "CoupaPay::EmployeePaymentAccount";
  }
  EXPECT_EQ(batches.size(), 1u) << "one batch";
  EXPECT_TRUE(reimburses) << "all pays the demo's unpaid expense reports too";
  std::set<int64_t> expected = before;
  expected.insert(ids.begin(), ids.end());
  EXPECT_EQ(DraftIds(), expected) << "status=draft finds exactly the old and the new drafts";

  // Everything is now in an open payment: the next run finds nothing.
  HttpResult again = Post(R"({"all": true})", "application/json", key);
  EXPECT_EQ(again.status, 400) << again.body;
  EXPECT_NE(again.body.find("\"errors\""), std::string::npos) << again.body;
  EXPECT_NE(again.body.find("nothing to pay"), std::string::npos) << again.body;
  EXPECT_EQ(DraftIds(), expected);
}

TEST_F(PayRunTest, AKeyWithoutAdminPayRunsIsRefused) {
  const std::string key = Issue("payments-reader", "coupa_pay/payments:index coupa_pay/payments:show");
  const std::set<int64_t> before = DraftIds();
  HttpResult r = Post("<pay-run><all>true</all></pay-run>", "application/xml", key, "application/xml");
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_NE(r.body.find("<errors>"), std::string::npos) << "Coupa's error body: " << r.body;
  EXPECT_EQ(DraftIds(), before);
}

TEST_F(PayRunTest, ARunWithNothingEligibleIsACoupaErrorAndChangesNothing) {
  const std::set<int64_t> before = DraftIds();
  // Northwind's one approved invoice was paid long ago.
  HttpResult r = Post("<pay-run><supplier>Northwind Office Supplies</supplier></pay-run>", "application/xml",
                      kAdminKey, "application/xml");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("<errors>"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("nothing to pay"), std::string::npos) << r.body;
  HttpResult unknown = Post(R"({"supplier": "No Such Supplier Ltd"})", "application/json", kAdminKey);
  EXPECT_EQ(unknown.status, 400) << unknown.body;
  EXPECT_NE(unknown.body.find("no supplier No Such Supplier Ltd"), std::string::npos) << unknown.body;
  HttpResult neither = Post("", "application/json", kAdminKey);
  EXPECT_EQ(neither.status, 400) << neither.body;
  HttpResult bad = Post(R"({"all": "maybe"})", "application/json", kAdminKey);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(DraftIds(), before);
}

}  // namespace
}  // namespace apbridge::testing
