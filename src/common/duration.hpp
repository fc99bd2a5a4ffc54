// Durations as an operator writes them in a flag or a config file: "30s",
// "5m", "1h", "2d", a bare number of seconds, or "0" for never.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace apbridge {

// InvalidArgument naming `what` (the flag) for anything else: a negative or
// fractional number, an unknown unit, more than a year.
[[nodiscard]] Result<std::chrono::seconds> ParseDuration(std::string_view text, std::string_view what);

// The shortest exact spelling: 300s -> "5m", 90s -> "90s", 0 -> "0".
[[nodiscard]] std::string FormatDuration(std::chrono::seconds d);

}  // namespace apbridge
