// spdlog behind the logging facade; one stderr logger shared by all threads.
#include "common/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace apbridge::log {
namespace {

std::shared_ptr<spdlog::logger> Logger() {
  static auto logger = [] {
    auto l = spdlog::stderr_logger_mt("apbridge");
    l->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
    l->flush_on(spdlog::level::info);
    return l;
  }();
  return logger;
}

spdlog::level::level_enum ToSpd(Level level) {
  switch (level) {
    case Level::kDebug:
      return spdlog::level::debug;
    case Level::kInfo:
      return spdlog::level::info;
    case Level::kWarn:
      return spdlog::level::warn;
    case Level::kError:
      return spdlog::level::err;
  }
  return spdlog::level::info;
}

}  // namespace

void Configure(Level level, bool json) {
  auto logger = Logger();
  logger->set_level(ToSpd(level));
  if (json) {
    logger->set_pattern(R"({"time":"%Y-%m-%dT%H:%M:%S.%e%z","level":"%l","msg":"%v"})");
  }
}

bool ParseLevel(std::string_view name, Level* out) {
  if (name == "debug")
    *out = Level::kDebug;
  else if (name == "info")
    *out = Level::kInfo;
  else if (name == "warn")
    *out = Level::kWarn;
  else if (name == "error")
    *out = Level::kError;
  else
    return false;
  return true;
}

void Write(Level level, std::string_view message) { Logger()->log(ToSpd(level), message); }

}  // namespace apbridge::log
