// Coupa's flat files travel by SFTP: a real OpenSSH sshd (Debian's, started
// on a loopback port with a throw-away host key and key login only) serves
// the data dir, an SFTP client (`sftp -b`, OpenSSH's) uploads a payment file
// into Incoming/Invoice Payments under a temporary name and renames it, and
// `apbridge serve --pickup-interval 1s` applies it.
#include <arpa/inet.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kKey = "sftp-test-admin-key-0123456789";
constexpr const char* kSshd = "/usr/sbin/sshd";

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
    close(fd);
    return 0;
  }
  close(fd);
  return ntohs(a.sin_port);
}

bool Accepts(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

int Shell(const std::string& command) { return std::system(command.c_str()); }

std::string Quote(const fs::path& p) { return "'" + p.string() + "'"; }

// An sshd of its own: key login for this user only, SFTP only.
class Sshd {
 public:
  explicit Sshd(const fs::path& dir) : dir_(dir), port_(FreePort()) {
    const std::string user = getpwuid(getuid())->pw_name;
    ok_ = Shell(fmt::format("ssh-keygen -q -t ed25519 -N '' -f {} && ssh-keygen -q -t ed25519 -N '' -f {}",
                            Quote(dir / "host_key"), Quote(dir / "client_key"))) == 0;
    fs::copy_file(dir / "client_key.pub", dir / "authorized_keys");
    std::ofstream(dir / "sshd_config") << fmt::format(
        "Port {}\nListenAddress 127.0.0.1\nHostKey {}\nPidFile {}\nAuthorizedKeysFile {}\n"
        "StrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
        "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\nUsePAM no\nAllowUsers {}\n"
        "Subsystem sftp internal-sftp\nForceCommand internal-sftp\nAllowTcpForwarding no\nX11Forwarding no\n",
        port_, (dir / "host_key").string(), (dir / "sshd.pid").string(), (dir / "authorized_keys").string(),
        user);
    if (getuid() == 0) fs::create_directories("/run/sshd");  // its privilege separation directory
    ok_ = ok_ && Shell(fmt::format("{} -f {} -E {}", kSshd, Quote(dir / "sshd_config"),
                                   Quote(dir / "sshd.log"))) == 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{20};
    while (ok_ && !Accepts(port_) && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    ok_ = ok_ && Accepts(port_);
    user_ = user;
  }
  ~Sshd() {
    std::ifstream pid_file(dir_ / "sshd.pid");
    pid_t pid = 0;
    if (pid_file >> pid && pid > 0) kill(pid, SIGTERM);
  }
  Sshd(const Sshd&) = delete;
  Sshd& operator=(const Sshd&) = delete;

  [[nodiscard]] bool ok() const { return ok_; }
  [[nodiscard]] std::string Log() const {
    std::ifstream in(dir_ / "sshd.log");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  // Runs `batch` with OpenSSH's sftp client; its exit code.
  int Sftp(const std::string& batch) const {
    std::ofstream(dir_ / "batch") << batch;
    return Shell(fmt::format(
        "sftp -q -b {} -i {} -P {} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
        "-o BatchMode=yes -o LogLevel=ERROR {}@127.0.0.1 > {} 2>&1",
        Quote(dir_ / "batch"), Quote(dir_ / "client_key"), port_, user_, Quote(dir_ / "sftp.log")));
  }

 private:
  fs::path dir_;
  int port_;
  bool ok_ = false;
  std::string user_;
};

TEST(Sftp, APaymentFileUploadedBySftpIsPickedUpAndApplied) {
  ASSERT_TRUE(fs::exists(kSshd)) << "no " << kSshd << ": scripts/install-deps installs openssh-server";
  const fs::path dir = fs::temp_directory_path() / fmt::format("apbridge-sftp-{}", getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    ServerProcess server({"--demo", "--pickup-interval", "1s"}, {{"APBRIDGE_ADMIN_API_KEY", kKey}});
    ASSERT_TRUE(server.ready()) << server.log();
    Sshd sshd(dir);
    ASSERT_TRUE(sshd.ok()) << sshd.Log();

    std::ofstream(dir / "pay.csv")
        << "Supplier Name,Invoice Number,Check Amount Paid,Check # / Note,Check Payment Date\r\n"
           "12345,test1234536,42.00,SFTP-1,2026-12-01\r\n";
    const fs::path incoming = server.data_dir() / "Incoming" / "Invoice Payments";
    ASSERT_EQ(sshd.Sftp(fmt::format("cd \"{}\"\nput {} .pay.csv.tmp\nrename .pay.csv.tmp pay.csv\n",
                                    incoming.string(), (dir / "pay.csv").string())),
              0)
        << sshd.Log();

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
    std::string loads;
    while (std::chrono::steady_clock::now() < deadline) {
      loads = Send("GET", server.base_url() + "/api/data_file_sources?status=completed",
                   {std::string("X-COUPA-API-KEY: ") + kKey, "Accept: application/json"}, "")
                  .body;
      if (loads.find("\"file-name\":\"pay.csv\"") != std::string::npos) break;
      std::this_thread::sleep_for(std::chrono::milliseconds{100});
    }
    EXPECT_NE(loads.find("\"file-name\":\"pay.csv\""), std::string::npos) << loads << server.log();
    const std::string invoice =
        Send("GET", server.base_url() + "/api/invoices/106",
             {std::string("X-COUPA-API-KEY: ") + kKey, "Accept: application/json"}, "")
            .body;
    EXPECT_NE(invoice.find("SFTP-1"), std::string::npos);
    EXPECT_TRUE(fs::exists(server.data_dir() / "Archive/Incoming/Invoice Payments/pay.csv"));
    EXPECT_EQ(server.Stop(), 0);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace apbridge::testing
