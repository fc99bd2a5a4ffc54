// Client-supplied text made safe for a single log line.
#pragma once

#include <string>
#include <string_view>

namespace apbridge::http {

// Control characters (a decoded "%0A" in a path, ...) become "\xNN", so a
// client cannot split or forge log lines. Other bytes are kept.
[[nodiscard]] std::string LogSafe(std::string_view text);

}  // namespace apbridge::http
