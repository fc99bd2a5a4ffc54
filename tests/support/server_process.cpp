// ServerProcess: fork/exec of the real binary, log capture, signals.
#include "support/server_process.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <regex>
#include <stdexcept>
#include <thread>

namespace apbridge::testing {
namespace {

std::filesystem::path FreshDir() {
  static std::atomic<int> counter{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("apbridge-it-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// fork + exec with stdout and stderr both into one pipe.
pid_t Spawn(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
            int* read_fd) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    close(fds[1]);
    // The test runner may block signals; the child must start clean.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fds[1]);
  *read_fd = fds[0];
  return pid;
}

// Reads what is available within `timeout_ms`; false on EOF.
bool ReadSome(int fd, std::string* into, int timeout_ms) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, timeout_ms) <= 0) return true;
  char buf[4096];
  ssize_t n = read(fd, buf, sizeof buf);
  if (n <= 0) return false;
  into->append(buf, static_cast<size_t>(n));
  return true;
}

int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

}  // namespace

std::string ServerProcess::Binary() {
  const char* env = std::getenv("APBRIDGE_BINARY");
  if (env == nullptr) throw std::runtime_error("APBRIDGE_BINARY is not set");
  return env;
}

ServerProcess::ServerProcess(std::vector<std::string> extra_args, std::map<std::string, std::string> env)
    : ServerProcess(std::move(extra_args), std::move(env), FreshDir()) {
  owns_data_dir_ = true;
}

ServerProcess::ServerProcess(std::vector<std::string> extra_args, std::map<std::string, std::string> env,
                             std::filesystem::path data_dir)
    : data_dir_(std::move(data_dir)), owns_data_dir_(false) {
  std::vector<std::string> args = {Binary(),      "serve",      "--listen",
                                   "127.0.0.1:0", "--data-dir", data_dir_.string()};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  // Suites send requests back to back with one key: the core API's rate
  // limit is off unless a suite (the one that tests it) sets it.
  env.try_emplace("APBRIDGE_RATE_LIMIT", "0");
  pid_ = Spawn(args, env, &stderr_fd_);
  // Drain the pipe for the server's whole life: a server that logs more than
  // a pipe holds would otherwise block on its next access-log line.
  reader_ = std::thread([this] {
    std::string chunk;
    while (ReadSome(stderr_fd_, &chunk, 200)) {
      if (chunk.empty()) continue;
      std::lock_guard lock(log_mutex_);
      log_ += chunk;
      chunk.clear();
    }
  });
  static const std::regex kReady(R"(apbridge ready on (https?)://127\.0\.0\.1:(\d+))");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::smatch m;
  while (std::chrono::steady_clock::now() < deadline) {
    const std::string text = log();
    if (std::regex_search(text, m, kReady)) {
      scheme_ = m[1].str();
      port_ = std::stoi(m[2].str());
      return;
    }
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {  // exited before it was ready
      pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::string ServerProcess::log() const {
  std::lock_guard lock(log_mutex_);
  return log_;
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  if (reader_.joinable()) reader_.join();  // EOF once the server is gone
  return ExitCode(status);
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
  if (reader_.joinable()) reader_.join();
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (reader_.joinable()) reader_.join();
  if (stderr_fd_ >= 0) close(stderr_fd_);
  std::error_code ec;
  if (owns_data_dir_) std::filesystem::remove_all(data_dir_, ec);
}

int RunToCompletion(const std::vector<std::string>& args, std::string* output,
                    const std::map<std::string, std::string>& env) {
  std::vector<std::string> full = {ServerProcess::Binary()};
  full.insert(full.end(), args.begin(), args.end());
  int fd = -1;
  pid_t pid = Spawn(full, env, &fd);
  while (ReadSome(fd, output, 1000)) {
  }
  close(fd);
  int status = 0;
  waitpid(pid, &status, 0);
  return ExitCode(status);
}

}  // namespace apbridge::testing
