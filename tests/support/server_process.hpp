// Runs the real `apbridge serve` binary for integration tests: a temporary
// data dir, a port chosen by the OS (read from the "ready" log line), SIGTERM
// to stop.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace apbridge::testing {

class ServerProcess {
 public:
  // Starts `apbridge serve --listen 127.0.0.1:0 --data-dir <tmp> <extra_args>`
  // with `env` added to the environment (APBRIDGE_RATE_LIMIT=0 unless `env`
  // sets it); waits for the ready line (or exit).
  ServerProcess(std::vector<std::string> extra_args, std::map<std::string, std::string> env);
  // The same on `data_dir`, which the caller owns (it outlives the server:
  // a restart on the same data, two servers on one database).
  ServerProcess(std::vector<std::string> extra_args, std::map<std::string, std::string> env,
                std::filesystem::path data_dir);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] bool ready() const { return port_ != 0; }
  // http:// or, for a server started with --tls-cert, https://.
  [[nodiscard]] std::string base_url() const { return scheme_ + "://127.0.0.1:" + std::to_string(port_); }
  [[nodiscard]] const std::filesystem::path& data_dir() const { return data_dir_; }
  // Everything the server logged so far (stderr and stdout).
  [[nodiscard]] std::string log() const;
  // Sends SIGTERM and returns the exit code (-1 if it died by a signal).
  int Stop();
  // SIGKILL, as a crash: no shutdown runs.
  void Kill();

  // The path of the binary under test (APBRIDGE_BINARY, set by CMake).
  static std::string Binary();

 private:
  pid_t pid_ = -1;
  int stderr_fd_ = -1;
  int port_ = 0;
  std::string scheme_ = "http";
  std::thread reader_;  // appends the server's output to log_ until EOF
  mutable std::mutex log_mutex_;
  std::string log_;
  std::filesystem::path data_dir_;
  bool owns_data_dir_ = true;
};

// Runs the binary to completion with `args`; returns the exit code and
// fills `output` with stdout+stderr.
int RunToCompletion(const std::vector<std::string>& args, std::string* output,
                    const std::map<std::string, std::string>& env = {});

}  // namespace apbridge::testing
