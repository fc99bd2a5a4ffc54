// Logging facade: the rest of apbridge logs through these, never spdlog directly.
#pragma once

#include <fmt/format.h>

#include <string_view>

namespace apbridge::log {

enum class Level { kDebug, kInfo, kWarn, kError };

// Sets the minimum level and whether lines are JSON (for log shippers) or text.
void Configure(Level level, bool json);
[[nodiscard]] bool ParseLevel(std::string_view name, Level* out);
void Write(Level level, std::string_view message);

template <class... Args>
void Debug(fmt::format_string<Args...> f, Args&&... args) {
  Write(Level::kDebug, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void Info(fmt::format_string<Args...> f, Args&&... args) {
  Write(Level::kInfo, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void Warn(fmt::format_string<Args...> f, Args&&... args) {
  Write(Level::kWarn, fmt::format(f, std::forward<Args>(args)...));
}
template <class... Args>
void Error(fmt::format_string<Args...> f, Args&&... args) {
  Write(Level::kError, fmt::format(f, std::forward<Args>(args)...));
}

}  // namespace apbridge::log
