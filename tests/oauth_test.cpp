// OAuth2 client credentials against a running server: the token endpoint
// (RFC 6749 4.4: form body or HTTP Basic, the granted scopes, every error
// with its code), bearer tokens on the core API (scopes decide, 401 and 403
// in Coupa's format, a token beats a key), `apbridge clients`, and tokens
// valid on another server of the same database and after a restart.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "common/base64.hpp"
#include "support/demo_server_suite.hpp"
#include "support/http_client.hpp"
#include "support/json_text.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "oauth-test-admin-key-0123456789";
constexpr char kForm[] = "Content-Type: application/x-www-form-urlencoded";

struct Client {
  std::string id, secret;
};

class OAuthTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() { StartServer({.admin_key = kAdminKey}); }

  static HttpResult Post(const std::string& path, const std::string& body,
                         std::vector<std::string> headers = {}) {
    headers.emplace_back(kForm);
    return Send("POST", server_->base_url() + path, headers, body);
  }
  static HttpResult TokenRequest(const Client& c, const std::string& scope) {
    return Post("/oauth2/token", "grant_type=client_credentials&client_id=" + c.id +
                                     "&client_secret=" + c.secret + "&scope=" + scope);
  }
  // The access token of a successful request.
  static std::string TokenOf(const HttpResult& r) {
    simdjson::dom::parser parser;
    auto doc = parser.parse(r.body);
    EXPECT_FALSE(doc.error()) << r.body;
    return doc.error() ? "" : JsonText(doc.value(), {"access_token"});
  }
  static std::string JsonAt(const HttpResult& r, const char* key) {
    simdjson::dom::parser parser;
    auto doc = parser.parse(r.body);
    EXPECT_FALSE(doc.error()) << r.body;
    return doc.error() ? "" : JsonText(doc.value(), {key});
  }
  static HttpResult WithToken(const std::string& method, const std::string& target, const std::string& token,
                              std::vector<std::string> headers = {}) {
    headers.push_back("Authorization: Bearer " + token);
    return Send(method, server_->base_url() + target, headers, "");
  }
  // A client registered with `apbridge clients create`, read from its output.
  static Client Register(const std::string& name, const std::string& scopes) {
    std::string out;
    EXPECT_EQ(RunToCompletion({"clients", "create", name, "--scopes", scopes, "--user", "erp-integration",
                               "--data-dir", server_->data_dir().string()},
                              &out),
              0)
        << out;
    std::smatch id, secret;
    EXPECT_TRUE(std::regex_search(out, id, std::regex("client_id=([A-Za-z0-9]+)"))) << out;
    EXPECT_TRUE(std::regex_search(out, secret, std::regex("client_secret=([A-Za-z0-9]+)"))) << out;
    return {id[1].str(), secret[1].str()};
  }
  // The demo client named `name` in demo-credentials.json.
  static Client Demo(const std::string& name) {
    std::ifstream in(server_->data_dir() / "demo-credentials.json");
    std::stringstream text;
    text << in.rdbuf();
    simdjson::dom::parser parser;
    auto doc = parser.parse(text.str());
    EXPECT_FALSE(doc.error()) << text.str();
    for (simdjson::dom::element c : doc["oauth2_clients"].get_array()) {
      if (JsonText(c, {"name"}) == name) return {JsonText(c, {"client_id"}), JsonText(c, {"client_secret"})};
    }
    ADD_FAILURE() << "no demo client " << name << " in " << text.str();
    return {};
  }
};

TEST_F(OAuthTest, TheDemoCoreClientGetsATokenInTheBodyOrWithBasic) {
  const Client core = Demo("demo-core");
  HttpResult r = TokenRequest(core, "core.invoice.read");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonAt(r, "token_type"), "bearer");
  EXPECT_EQ(JsonAt(r, "scope"), "core.invoice.read");
  EXPECT_NE(r.body.find("\"expires_in\":86399"), std::string::npos) << r.body;
  EXPECT_EQ(r.headers["cache-control"], "no-store");
  EXPECT_EQ(WithToken("GET", "/api/invoices/106", TokenOf(r)).status, 200);

  HttpResult basic =
      Post("/oauth2/access_tokens", "grant_type=client_credentials&scope=core.pay.payments.read",
           {"Authorization: Basic " + Base64Encode(core.id + ":" + core.secret)});
  ASSERT_EQ(basic.status, 200) << basic.body;
  EXPECT_EQ(WithToken("GET", "/api/coupa_pay/payments?limit=1", TokenOf(basic)).status, 200);
  EXPECT_EQ(WithToken("GET", "/api/invoices/106", TokenOf(basic)).status, 403) << "not core.invoice.read";
}

TEST_F(OAuthTest, ManyScopesAskedForGetTheIntersection) {
  const Client c = Register("wide-asker", "core.invoice.read core.pay.payments.read");
  std::string scopes = "openid profile";
  for (int i = 0; i < 150; ++i) scopes += "+core.thing" + std::to_string(i) + ".read";
  scopes += "+core.invoice.read+core.invoice.write+core.pay.payments.read";
  HttpResult r = TokenRequest(c, scopes);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonAt(r, "scope"), "core.invoice.read core.pay.payments.read");
}

TEST_F(OAuthTest, TokenErrorsAreOAuthErrorsAndIssueNothing) {
  const Client c = Register("error-cases", "core.invoice.read");
  const std::string ok = "&client_id=" + c.id + "&client_secret=" + c.secret;
  struct Case {
    std::string body;
    std::vector<std::string> headers;
    long status;
    std::string error;
  };
  const Case cases[] = {
      {"client_id=" + c.id + "&client_secret=" + c.secret, {}, 400, "invalid_request"},
      {"grant_type=password" + ok, {}, 400, "unsupported_grant_type"},
      {"grant_type=client_credentials&client_id=" + c.id + "&client_secret=wrong", {}, 401, "invalid_client"},
      {"grant_type=client_credentials", {}, 401, "invalid_client"},
      {"grant_type=client_credentials&grant_type=client_credentials" + ok, {}, 400, "invalid_request"},
      {"grant_type=client_credentials&scope=core.pay.payments.read" + ok, {}, 400, "invalid_scope"},
      {"grant_type=client_credentials" + ok,
       {"Authorization: Basic " + Base64Encode(c.id + ":" + c.secret)},
       400,
       "invalid_request"},
      {"grant_type=client_credentials", {"Authorization: Basic !!!"}, 400, "invalid_request"},
  };
  for (const Case& k : cases) {
    HttpResult r = Post("/oauth2/token", k.body, k.headers);
    EXPECT_EQ(r.status, k.status) << k.body << "\n" << r.body;
    EXPECT_EQ(JsonAt(r, "error"), k.error) << k.body;
    EXPECT_FALSE(JsonAt(r, "error_description").empty()) << r.body;
    EXPECT_EQ(r.body.find("access_token"), std::string::npos);
    if (k.status == 401) {
      EXPECT_FALSE(r.headers["www-authenticate"].empty());
    }
  }
  HttpResult json = Send("POST", server_->base_url() + "/oauth2/token", {"Content-Type: application/json"},
                         R"({"grant_type":"client_credentials"})");
  EXPECT_EQ(json.status, 400);
  EXPECT_EQ(JsonAt(json, "error"), "invalid_request");
}

TEST_F(OAuthTest, ScopesDecideWhatATokenMayDo) {
  const Client reader = Register("reader", "core.invoice.read");
  const std::string token = TokenOf(TokenRequest(reader, "core.invoice.read"));
  EXPECT_EQ(WithToken("GET", "/api/invoices?limit=1", token).status, 200);
  HttpResult submit = WithToken("PUT", "/api/invoices/106/submit", token);
  EXPECT_EQ(submit.status, 403);
  EXPECT_NE(submit.body.find("<errors>"), std::string::npos) << "Coupa's error body: " << submit.body;
  EXPECT_NE(submit.body.find("core.invoice.write"), std::string::npos) << submit.body;
  EXPECT_NE(submit.headers["www-authenticate"].find("insufficient_scope"), std::string::npos);
  EXPECT_EQ(WithToken("PUT", "/api/invoices/106?exported=true", token).status, 403);
  EXPECT_EQ(WithToken("GET", "/api/coupa_pay/payments?limit=1", token).status, 403);

  const std::string supplier = TokenOf(TokenRequest(Demo("demo-supplier"), "csp.invoices.read"));
  ASSERT_FALSE(supplier.empty());
  EXPECT_EQ(WithToken("GET", "/api/invoices/106", supplier).status, 403) << "the supplier API's scope";

  HttpResult json = WithToken("GET", "/api/coupa_pay/payments/1", token, {"Accept: application/json"});
  EXPECT_EQ(json.status, 403);
  EXPECT_NE(json.body.find("\"errors\""), std::string::npos) << json.body;
}

TEST_F(OAuthTest, ABadTokenIs401AndATokenBeatsAKey) {
  HttpResult bad = WithToken("GET", "/api/invoices/106", "not-a-token");
  EXPECT_EQ(bad.status, 401);
  EXPECT_NE(bad.body.find("<errors>"), std::string::npos) << bad.body;
  EXPECT_NE(bad.headers["www-authenticate"].find("invalid_token"), std::string::npos);
  EXPECT_EQ(
      WithToken("GET", "/api/invoices/106", "not-a-token", {std::string("X-COUPA-API-KEY: ") + kAdminKey})
          .status,
      401)
      << "the token decides, not the valid key beside it";
  const std::string reader = TokenOf(TokenRequest(Demo("demo-core"), "core.invoice.read"));
  EXPECT_EQ(
      WithToken("PUT", "/api/invoices/106/submit", reader, {std::string("X-COUPA-API-KEY: ") + kAdminKey})
          .status,
      403);
}

TEST_F(OAuthTest, ARevokedClientsTokensAreRefusedAtOnce) {
  const Client c = Register("short-lived", "core.invoice.read");
  const std::string token = TokenOf(TokenRequest(c, ""));
  EXPECT_EQ(WithToken("GET", "/api/invoices/106", token).status, 200);
  std::string listed;
  ASSERT_EQ(RunToCompletion({"clients", "list", "--data-dir", server_->data_dir().string()}, &listed), 0);
  EXPECT_NE(listed.find(c.id), std::string::npos) << listed;
  EXPECT_EQ(listed.find(c.secret), std::string::npos) << "the secret is never listed";
  std::string out;
  ASSERT_EQ(
      RunToCompletion({"clients", "revoke", "short-lived", "--data-dir", server_->data_dir().string()}, &out),
      0)
      << out;
  EXPECT_EQ(WithToken("GET", "/api/invoices/106", token).status, 401);
  EXPECT_EQ(TokenRequest(c, "").status, 401);
  EXPECT_EQ(RunToCompletion({"clients", "create", "x", "--scopes", "core.invoce.read", "--data-dir",
                             server_->data_dir().string()},
                            &out),
            2)
      << "a misspelt scope is refused: " << out;
}

TEST_F(OAuthTest, TokensHoldOnAnotherServerOfTheDatabase) {
  const std::string token = TokenOf(TokenRequest(Demo("demo-core"), "core.invoice.read"));
  ServerProcess other({"--db", "sqlite:" + (server_->data_dir() / "apbridge.db").string()}, {});
  ASSERT_TRUE(other.ready()) << other.log();
  EXPECT_EQ(
      Send("GET", other.base_url() + "/api/invoices/106", {"Authorization: Bearer " + token}, "").status,
      200);
  EXPECT_EQ(other.Stop(), 0);
}

// The issuing server stopped, a new one on its database (its restart) takes
// the token; neither logged the client's secret.
TEST(OAuthRestartTest, TokensSurviveTheServerThatIssuedThem) {
  ServerProcess first({"--demo"}, {});
  ASSERT_TRUE(first.ready()) << first.log();
  const std::string credentials = [&] {
    std::ifstream in(first.data_dir() / "demo-credentials.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }();
  std::smatch id, secret;
  ASSERT_TRUE(std::regex_search(credentials, id, std::regex(R"re("client_id": "([A-Za-z0-9]+)")re")))
      << credentials;
  ASSERT_TRUE(std::regex_search(credentials, secret, std::regex(R"re("client_secret": "([A-Za-z0-9]+)")re")));
  HttpResult r =
      Send("POST", first.base_url() + "/oauth2/token", {kForm},
           "grant_type=client_credentials&client_id=" + id[1].str() + "&client_secret=" + secret[1].str());
  ASSERT_EQ(r.status, 200) << r.body;
  std::smatch token;
  ASSERT_TRUE(std::regex_search(r.body, token, std::regex(R"re("access_token":"([A-Za-z0-9]+)")re")))
      << r.body;
  ASSERT_EQ(first.Stop(), 0);
  EXPECT_EQ(first.log().find(secret[1].str()), std::string::npos) << "no secret in the log";
  EXPECT_EQ(first.log().find(token[1].str()), std::string::npos) << "no token in the log";

  ServerProcess again({"--db", "sqlite:" + (first.data_dir() / "apbridge.db").string()}, {});
  ASSERT_TRUE(again.ready()) << again.log();
  EXPECT_EQ(
      Send("GET", again.base_url() + "/api/invoices/106", {"Authorization: Bearer " + token[1].str()}, "")
          .status,
      200);
  EXPECT_EQ(again.Stop(), 0);
}

}  // namespace
}  // namespace apbridge::testing
