// The base of a loopback test suite: one `apbridge serve` (the demo data by
// default) for the whole suite, and Call, which sends with the suite's API
// key and checks that whatever comes back is sound.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <span>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {

// How a suite's server is started and how Call talks to it. Every member has
// an initializer, so that a suite names only what it changes
// ({.admin_key = kKey}) without GCC's -Wmissing-field-initializers.
struct DemoServerOptions {
  // Set as APBRIDGE_ADMIN_API_KEY and sent by Call as X-COUPA-API-KEY; empty:
  // the server gets no admin key (the suite names its key with UseKey).
  std::string admin_key{};
  // What follows `apbridge serve --listen ... --data-dir ...`.
  std::vector<std::string> args{"--demo"};
  // Added to the environment beside APBRIDGE_ADMIN_API_KEY.
  std::map<std::string, std::string> env{};
  // The Content-Type Call gives a non-empty body whose headers name none
  // (empty: only what the headers say).
  std::string body_type{};
  // Whether Call expects every answer to parse strictly (StrictParseError);
  // off for a suite that holds the answers to its own, stricter comparison.
  bool strict_parse = true;
};

// A request of a table of cases and what its answer must be: `status`, and
// a body that contains `contains`. An empty `content_type` sends none.
struct ExpectedAnswer {
  std::string method, target, body, content_type;
  long status;
  std::string contains;
};

// Derive a suite from this and start its server in SetUpTestSuite:
//   static void SetUpTestSuite() { StartServer({.admin_key = kKey}); }
// TearDownTestSuite stops it. The server is static: the suites of one binary
// run one after another, each with its own server.
class DemoServerSuite : public ::testing::Test {
 protected:
  // Starts the server and asserts that it is ready (a suite with more to set
  // up wraps this in ASSERT_NO_FATAL_FAILURE).
  static void StartServer(DemoServerOptions options);
  // Stops the server and expects it to exit with 0.
  static void TearDownTestSuite();

  // Call sends `key` from now on (the demo's API user's, say).
  static void UseKey(std::string key);
  // `headers` and the X-COUPA-API-KEY header of the suite's key.
  static std::vector<std::string> WithKey(std::vector<std::string> headers);

  // Sends to the suite's server, or to `server` (another the suite started
  // with the same key), and checks the answer (see Checked).
  static HttpResult Call(const std::string& method, const std::string& target, const std::string& body = "",
                         std::vector<std::string> headers = {});
  static HttpResult Call(const ServerProcess& server, const std::string& method, const std::string& target,
                         const std::string& body = "", std::vector<std::string> headers = {});
  // Calls each case and expects its answer (traced by method, target and
  // the start of the body).
  static void ExpectAnswers(std::span<const ExpectedAnswer> cases);
  // Expects `r` to have arrived and, unless the options say otherwise, to
  // parse strictly; returns it.
  static HttpResult Checked(HttpResult r);

  static ServerProcess* server_;

 private:
  static DemoServerOptions options_;
  static std::string key_;
};

}  // namespace apbridge::testing
