// ThisProcessHolder / IsHolderGone: gethostname, getpid and kill(pid, 0).
#include "flatfile/holder.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>

#include "common/text.hpp"

namespace apbridge::flatfile {
namespace {

std::string HostName() {
  std::array<char, 256> name{};
  if (gethostname(name.data(), name.size() - 1) != 0) return "localhost";
  return std::string(name.data());
}

}  // namespace

std::string ThisProcessHolder() { return HostName() + ":" + std::to_string(getpid()); }

bool IsHolderGone(std::string_view holder) {
  const auto colon = holder.rfind(':');
  if (colon == std::string_view::npos || holder.substr(0, colon) != HostName()) return false;
  int64_t pid = 0;
  if (!ParseInt64(holder.substr(colon + 1), &pid) || pid <= 0) return false;
  return kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace apbridge::flatfile
