// No secret is ever logged: a server at debug level is sent every kind of
// credential (API keys right and wrong, client secrets in the body, in HTTP
// Basic and in the query string, bearer tokens right and wrong), and its whole
// log holds none of them, while it does hold the requests' access lines.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "common/base64.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "hygiene-admin-key-0123456789abcdef";

TEST(LogHygieneTest, NoCredentialReachesTheLog) {
  ServerProcess server({"--demo", "--log-level", "debug"}, {{"APBRIDGE_ADMIN_API_KEY", kAdminKey}});
  ASSERT_TRUE(server.ready()) << server.log();
  std::ifstream in(server.data_dir() / "demo-credentials.json");
  std::stringstream file;
  file << in.rdbuf();
  const std::string text = file.str();
  std::smatch key, id, secret;
  ASSERT_TRUE(std::regex_search(text, key, std::regex(R"re("api_key": "([A-Za-z0-9]+)")re"))) << text;
  ASSERT_TRUE(std::regex_search(text, id, std::regex(R"re("client_id": "([A-Za-z0-9]+)")re"))) << text;
  ASSERT_TRUE(std::regex_search(text, secret, std::regex(R"re("client_secret": "([A-Za-z0-9]+)")re")))
      << text;
  const std::string demo_key = key[1], client_id = id[1], client_secret = secret[1];
  const std::string wrong_key = "WrongKey0123456789WrongKey0123456789abcd";
  const std::string wrong_token = "WrongToken0123456789WrongToken0123456789";
  const std::string base = server.base_url();

  EXPECT_EQ(
      Send("GET", base + "/api/invoices/106", {std::string("X-COUPA-API-KEY: ") + kAdminKey}, "").status,
      200);
  EXPECT_EQ(Send("GET", base + "/api/invoices/106", {"X_COUPA_API_KEY: " + demo_key}, "").status, 200);
  EXPECT_EQ(Send("GET", base + "/api/invoices/106", {"X-COUPA-API-KEY: " + wrong_key}, "").status, 401);
  const std::string form = "grant_type=client_credentials&client_id=" + client_id + "&client_secret=";
  HttpResult body = Send("POST", base + "/oauth2/token", {}, form + client_secret);
  ASSERT_EQ(body.status, 200) << body.body;
  HttpResult basic = Send("POST", base + "/oauth2/token",
                          {"Authorization: Basic " + Base64Encode(client_id + ":" + client_secret)},
                          "grant_type=client_credentials");
  ASSERT_EQ(basic.status, 200) << basic.body;
  EXPECT_EQ(Send("POST", base + "/oauth2/token?" + form + client_secret, {}, "").status, 200);
  EXPECT_EQ(Send("POST", base + "/oauth2/token", {}, form + "not-" + client_secret).status, 401);
  std::vector<std::string> tokens;
  for (const HttpResult* r : {&body, &basic}) {
    std::smatch token;
    ASSERT_TRUE(std::regex_search(r->body, token, std::regex(R"re("access_token":"([A-Za-z0-9]+)")re")));
    tokens.push_back(token[1]);
    EXPECT_EQ(Send("GET", base + "/api/invoices/106", {"Authorization: Bearer " + tokens.back()}, "").status,
              200);
  }
  EXPECT_EQ(Send("GET", base + "/api/invoices/106", {"Authorization: Bearer " + wrong_token}, "").status,
            401);
  ASSERT_EQ(server.Stop(), 0);

  const std::string log = server.log();
  EXPECT_NE(log.find("/oauth2/token"), std::string::npos) << "the requests were logged:\n" << log;
  EXPECT_NE(log.find("/api/invoices/106 401"), std::string::npos) << log;
  std::vector<std::string> secrets = {kAdminKey, demo_key, client_secret, wrong_key, wrong_token};
  secrets.insert(secrets.end(), tokens.begin(), tokens.end());
  for (const std::string& s : secrets) {
    EXPECT_EQ(log.find(s), std::string::npos) << "a secret in the log: " << s;
  }
  EXPECT_EQ(log.find(Base64Encode(client_id + ":" + client_secret)), std::string::npos);
}

}  // namespace
}  // namespace apbridge::testing
