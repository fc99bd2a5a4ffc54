// Plays every tests/api/cases/*.case file over loopback against the real
// `apbridge serve --demo` binary. Adding a regression test is adding a file.
//
// Case file syntax (one or more exchanges):
//   # comment
//   > METHOD /path?query        request line
//   > Header: value             request headers
//   >                           blank: the body follows on further '>' lines
//   > @anonymous                send no API key (default: the admin key)
//   > @body-bytes N             the body is N bytes of 'x'
//   < 200                       expected status
//   < Header: text              a response header that contains text
//   ~ text                      the body contains text
//   ! text                      the body does not contain text
// {{admin_key}} and {{demo_key}} expand anywhere.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/strict_parse.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kAdminKey = "it-admin-key-0123456789abcdef";

struct Exchange {
  int line = 0;
  std::string method;
  std::string target;
  std::vector<std::string> headers;
  std::string body;
  bool anonymous = false;
  long status = 0;
  std::vector<std::pair<std::string, std::string>> header_contains;
  std::vector<std::string> contains;
  std::vector<std::string> not_contains;
};

std::filesystem::path CasesDir() { return std::filesystem::path(std::getenv("APBRIDGE_CASES_DIR")); }

std::vector<std::string> ListCases() {
  std::vector<std::string> names;
  const char* dir = std::getenv("APBRIDGE_CASES_DIR");
  if (dir == nullptr) return names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".case") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string Expand(std::string s, const std::string& demo_key) {
  for (auto [var, value] : {std::pair<std::string, std::string>{"{{admin_key}}", kAdminKey},
                            std::pair<std::string, std::string>{"{{demo_key}}", demo_key}}) {
    for (size_t pos; (pos = s.find(var)) != std::string::npos;) s.replace(pos, var.size(), value);
  }
  return s;
}

std::vector<Exchange> ParseCase(const std::filesystem::path& file, const std::string& demo_key) {
  std::ifstream in(file);
  std::vector<Exchange> out;
  std::string raw;
  int line_no = 0;
  bool in_body = false;
  while (std::getline(in, raw)) {
    ++line_no;
    std::string line = Expand(raw, demo_key);
    if (line.empty() || line[0] == '#') continue;
    char kind = line[0];
    std::string rest = line.size() > 2 ? line.substr(2) : "";
    if (kind == '>') {
      if (out.empty() || out.back().status != 0) {
        out.emplace_back();
        in_body = false;
      }
      Exchange& ex = out.back();
      if (ex.method.empty()) {
        ex.line = line_no;
        auto space = rest.find(' ');
        ex.method = rest.substr(0, space);
        ex.target = rest.substr(space + 1);
      } else if (in_body) {
        ex.body += (ex.body.empty() ? "" : "\n") + rest;
      } else if (rest.empty()) {
        in_body = true;
      } else if (rest == "@anonymous") {
        ex.anonymous = true;
      } else if (rest.rfind("@body-bytes ", 0) == 0) {
        ex.body.assign(std::stoul(rest.substr(12)), 'x');
      } else {
        ex.headers.push_back(rest);
      }
    } else if (kind == '<') {
      Exchange& ex = out.back();
      if (ex.status == 0) {
        ex.status = std::stol(rest);
      } else {
        auto colon = rest.find(':');
        std::string name = rest.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        ex.header_contains.emplace_back(name, rest.substr(colon + 2));
      }
    } else if (kind == '~') {
      out.back().contains.push_back(rest);
    } else if (kind == '!') {
      out.back().not_contains.push_back(rest);
    } else {
      ADD_FAILURE() << file << ":" << line_no << ": cannot parse '" << raw << "'";
    }
  }
  return out;
}

// One server for the whole binary.
class DemoServer : public ::testing::Environment {
 public:
  static ServerProcess* server;
  static std::string demo_key;
  void SetUp() override {
    server = new ServerProcess({"--demo"}, {{"APBRIDGE_ADMIN_API_KEY", kAdminKey}});
    ASSERT_TRUE(server->ready()) << server->log();
    std::ifstream in(server->data_dir() / "demo-credentials.json");
    std::stringstream text;
    text << in.rdbuf();
    std::smatch m;
    std::string s = text.str();
    ASSERT_TRUE(std::regex_search(s, m, std::regex("\"api_key\": \"([A-Za-z0-9]{40})\""))) << s;
    demo_key = m[1].str();
  }
  void TearDown() override {
    EXPECT_EQ(server->Stop(), 0) << server->log();
    delete server;
  }
};
ServerProcess* DemoServer::server = nullptr;
std::string DemoServer::demo_key;

class ApiCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiCaseTest, Plays) {
  ASSERT_NE(DemoServer::server, nullptr);
  auto file = CasesDir() / (GetParam() + ".case");
  auto exchanges = ParseCase(file, DemoServer::demo_key);
  ASSERT_FALSE(exchanges.empty()) << file;
  for (const Exchange& ex : exchanges) {
    SCOPED_TRACE(file.string() + ":" + std::to_string(ex.line) + " " + ex.method + " " + ex.target);
    std::vector<std::string> headers = ex.headers;
    bool has_key = false;
    for (const auto& h : headers)
      has_key = has_key || h.rfind("X-COUPA-API-KEY", 0) == 0 || h.rfind("X_COUPA_API_KEY", 0) == 0;
    if (!ex.anonymous && !has_key) headers.push_back(std::string("X-COUPA-API-KEY: ") + kAdminKey);
    HttpResult r = Send(ex.method, DemoServer::server->base_url() + ex.target, headers, ex.body);
    ASSERT_EQ(r.error, "");
    EXPECT_EQ(r.status, ex.status) << r.body;
    for (const auto& [name, text] : ex.header_contains) {
      EXPECT_NE(r.headers[name].find(text), std::string::npos) << name << ": " << r.headers[name];
    }
    for (const auto& text : ex.contains)
      EXPECT_NE(r.body.find(text), std::string::npos) << text << "\n" << r.body;
    for (const auto& text : ex.not_contains)
      EXPECT_EQ(r.body.find(text), std::string::npos) << text << "\n" << r.body;
    // Whatever a case asks, its answer must satisfy the strictest reader.
    EXPECT_EQ(StrictParseError(r.headers["content-type"], r.body), "") << r.body;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ApiCaseTest, ::testing::ValuesIn(ListCases()), [](const auto& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});

}  // namespace
}  // namespace apbridge::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ::testing::AddGlobalTestEnvironment(new apbridge::testing::DemoServer);
  return RUN_ALL_TESTS();
}
