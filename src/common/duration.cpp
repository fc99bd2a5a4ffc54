// ParseDuration / FormatDuration: one unit suffix on a whole number.
#include "common/duration.hpp"

#include <fmt/format.h>

#include "common/text.hpp"

namespace apbridge {
namespace {

struct Unit {
  char suffix;
  int64_t seconds;
};
constexpr Unit kUnits[] = {{'d', 86400}, {'h', 3600}, {'m', 60}, {'s', 1}};
constexpr int64_t kMaxSeconds = int64_t{366} * 86400;

}  // namespace

Result<std::chrono::seconds> ParseDuration(std::string_view text, std::string_view what) {
  auto refuse = [&] {
    return Fail(InvalidArgument(fmt::format(
        "{} must be a duration such as 30s, 5m, 1h or 1d (0: never), at most a year; got '{}'", what, text)));
  };
  std::string_view number = text;
  int64_t unit = 1;
  if (!number.empty()) {
    for (const Unit& u : kUnits) {
      if (number.back() == u.suffix) {
        unit = u.seconds;
        number.remove_suffix(1);
        break;
      }
    }
  }
  int64_t count = 0;
  if (number.empty() || number.front() == '-' || number.front() == '+' || !ParseInt64(number, &count) ||
      count < 0 || count > kMaxSeconds / unit) {
    return refuse();
  }
  return std::chrono::seconds{count * unit};
}

std::string FormatDuration(std::chrono::seconds d) {
  const int64_t s = d.count();
  if (s == 0) return "0";
  for (const Unit& u : kUnits) {
    if (s % u.seconds == 0) return fmt::format("{}{}", s / u.seconds, u.suffix);
  }
  return fmt::format("{}s", s);
}

}  // namespace apbridge
