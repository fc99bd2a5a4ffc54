// The binary's command line and lifecycle: help, bad flags and config (exit 2),
// the ready line, SIGTERM (exit 0), the bootstrap admin key, restart with data kept.
#include <gtest/gtest.h>

#include <fstream>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

TEST(CliTest, HelpOnEverySubcommand) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--help"}, {"serve", "--help"}}) {
    std::string out;
    EXPECT_EQ(RunToCompletion(args, &out), 0) << out;
    EXPECT_NE(out.find("--"), std::string::npos) << out;
  }
  std::string out;
  RunToCompletion({"serve", "--help"}, &out);
  for (const char* flag : {"--listen", "--data-dir", "--db", "--demo", "--config", "APBRIDGE_LISTEN"}) {
    EXPECT_NE(out.find(flag), std::string::npos) << flag;
  }
}

TEST(CliTest, BadInputExitsTwoWithOneMessage) {
  auto dir = std::filesystem::temp_directory_path() / ("apbridge-cli-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "bad.toml") << "listen = \n";
    std::ofstream(dir / "unknown.toml") << "lisen = \"127.0.0.1:1\"\n";
    std::ofstream(dir / "type.toml") << "threads = \"many\"\n";
  }
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{"serve", "--no-such-flag"}, "no-such-flag"},
      {{"serve", "--listen", "nonsense"}, "HOST:PORT"},
      {{"serve", "--listen", "127.0.0.1:99999"}, "HOST:PORT"},
      {{"serve", "--threads", "x"}, "threads"},
      {{"serve", "--config", (dir / "bad.toml").string()}, "config file"},
      {{"serve", "--config", (dir / "unknown.toml").string()}, "unknown setting 'lisen'"},
      {{"serve", "--config", (dir / "type.toml").string()}, "'threads' has the wrong type"},
      {{"serve", "--config", (dir / "missing.toml").string()}, "config file"},
      {{"frobnicate"}, "subcommand"},
  };
  for (const auto& c : cases) {
    std::string out;
    EXPECT_EQ(RunToCompletion(c.args, &out), 2) << c.args.back() << "\n" << out;
    EXPECT_NE(out.find(c.message), std::string::npos) << out;
  }
  std::filesystem::remove_all(dir);
}

TEST(CliTest, ServesStopsCleanlyAndKeepsData) {
  const std::string key = "cli-test-admin-key-0123456789";
  ServerProcess server({}, {{"APBRIDGE_ADMIN_API_KEY", key}});
  ASSERT_TRUE(server.ready()) << server.log();
  EXPECT_EQ(Send("GET", server.base_url() + "/healthz", {}, "").status, 200);
  EXPECT_EQ(Send("GET", server.base_url() + "/readyz", {}, "").status, 200);
  auto unauthorised = Send("GET", server.base_url() + "/api/invoices", {}, "");
  EXPECT_EQ(unauthorised.status, 401);
  EXPECT_NE(unauthorised.body.find("<errors>"), std::string::npos) << unauthorised.body;
  auto wrong = Send("GET", server.base_url() + "/api/invoices", {"X-COUPA-API-KEY: wrong"}, "");
  EXPECT_EQ(wrong.status, 401);
  // An empty database: XML says no results (404), JSON says [].
  EXPECT_EQ(Send("GET", server.base_url() + "/api/invoices", {"X-COUPA-API-KEY: " + key}, "").status, 404);
  auto json = Send("GET", server.base_url() + "/api/invoices", {"X-COUPA-API-KEY: " + key, "Accept: application/json"}, "");
  EXPECT_EQ(json.status, 200);
  EXPECT_EQ(json.body, "[]");
  EXPECT_EQ(server.Stop(), 0);
  EXPECT_NE(server.log().find("stopped"), std::string::npos) << server.log();
}

}  // namespace
}  // namespace apbridge::testing
