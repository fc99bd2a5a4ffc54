// HTTPS: `serve --tls-cert --tls-key` answers over TLS with that certificate
// (verified by libcurl against it), plain HTTP is refused on that port, and
// a missing or half-given certificate stops the start with a clear message.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "tls-test-admin-key-0123456789";

// A self-signed certificate for 127.0.0.1, made with the openssl command.
class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("apbridge-tls-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    const std::string command =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1"
        " -addext subjectAltName=IP:127.0.0.1 -keyout " +
        Key() + " -out " + Cert() + " 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Cert() const { return (dir_ / "cert.pem").string(); }
  std::string Key() const { return (dir_ / "key.pem").string(); }

  std::filesystem::path dir_;
};

TEST_F(TlsTest, ServesHttpsWithTheGivenCertificate) {
  ServerProcess server({"--demo", "--tls-cert", Cert(), "--tls-key", Key()},
                       {{"APBRIDGE_ADMIN_API_KEY", kAdminKey}});
  ASSERT_TRUE(server.ready()) << server.log();
  ASSERT_EQ(server.base_url().rfind("https://", 0), 0u) << server.base_url();
  HttpResult r = SendTrusting(Cert(), "GET", server.base_url() + "/api/invoices/106",
                              {std::string("X-COUPA-API-KEY: ") + kAdminKey}, "");
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<invoice-header>"), std::string::npos);

  std::string plain = server.base_url();
  plain.replace(0, 5, "http");
  HttpResult refused = Send("GET", plain + "/healthz", {}, "");
  EXPECT_NE(refused.status, 200) << "plain HTTP on the TLS port";
  EXPECT_FALSE(SendTrusting("/dev/null", "GET", server.base_url() + "/healthz", {}, "").error.empty())
      << "a client that does not trust the certificate is refused the handshake";
  EXPECT_EQ(server.Stop(), 0);
}

TEST_F(TlsTest, BadTlsSettingsStopTheStart) {
  std::string out;
  EXPECT_EQ(RunToCompletion({"serve", "--tls-cert", Cert()}, &out), 2) << out;
  EXPECT_NE(out.find("--tls-key"), std::string::npos) << out;
  ServerProcess missing({"--tls-cert", (dir_ / "nope.pem").string(), "--tls-key", Key()}, {});
  EXPECT_FALSE(missing.ready());
  EXPECT_NE(missing.log().find("nope.pem"), std::string::npos) << missing.log();
}

}  // namespace
}  // namespace apbridge::testing
