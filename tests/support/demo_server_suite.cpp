// One server per suite, and calls to it with the suite's key.
#include "support/demo_server_suite.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "support/strict_parse.hpp"

namespace apbridge::testing {
namespace {

bool NamesContentType(const std::vector<std::string>& headers) {
  constexpr std::string_view kName = "content-type:";
  return std::any_of(headers.begin(), headers.end(), [&](const std::string& header) {
    return header.size() >= kName.size() &&
           std::equal(kName.begin(), kName.end(), header.begin(),
                      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
  });
}

}  // namespace

ServerProcess* DemoServerSuite::server_ = nullptr;
DemoServerOptions DemoServerSuite::options_;
std::string DemoServerSuite::key_;

void DemoServerSuite::StartServer(DemoServerOptions options) {
  options_ = std::move(options);
  key_ = options_.admin_key;
  std::map<std::string, std::string> env = options_.env;
  if (!key_.empty()) env.emplace("APBRIDGE_ADMIN_API_KEY", key_);
  server_ = new ServerProcess(options_.args, std::move(env));
  ASSERT_TRUE(server_->ready()) << server_->log();
}

void DemoServerSuite::TearDownTestSuite() {
  if (server_ == nullptr) return;
  EXPECT_EQ(server_->Stop(), 0);
  delete server_;
  server_ = nullptr;
}

void DemoServerSuite::UseKey(std::string key) { key_ = std::move(key); }

std::vector<std::string> DemoServerSuite::WithKey(std::vector<std::string> headers) {
  headers.push_back("X-COUPA-API-KEY: " + key_);
  return headers;
}

HttpResult DemoServerSuite::Call(const std::string& method, const std::string& target,
                                 const std::string& body, std::vector<std::string> headers) {
  return Call(*server_, method, target, body, std::move(headers));
}

HttpResult DemoServerSuite::Call(const ServerProcess& server, const std::string& method,
                                 const std::string& target, const std::string& body,
                                 std::vector<std::string> headers) {
  if (!body.empty() && !options_.body_type.empty() && !NamesContentType(headers)) {
    headers.push_back("Content-Type: " + options_.body_type);
  }
  return Checked(Send(method, server.base_url() + target, WithKey(std::move(headers)), body));
}

void DemoServerSuite::ExpectAnswers(std::span<const ExpectedAnswer> cases) {
  for (const ExpectedAnswer& c : cases) {
    SCOPED_TRACE(c.method + " " + c.target + " " + c.body.substr(0, 60));
    std::vector<std::string> headers;
    if (!c.content_type.empty()) headers.push_back("Content-Type: " + c.content_type);
    HttpResult r = Call(c.method, c.target, c.body, headers);
    EXPECT_EQ(r.status, c.status) << r.body.substr(0, 500);
    EXPECT_NE(r.body.find(c.contains), std::string::npos) << r.body.substr(0, 500);
  }
}

HttpResult DemoServerSuite::Checked(HttpResult r) {
  EXPECT_EQ(r.error, "");
  if (options_.strict_parse) {
    EXPECT_EQ(StrictParseError(r.headers["content-type"], r.body), "") << r.body;
  }
  return r;
}

}  // namespace apbridge::testing
