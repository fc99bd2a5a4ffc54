// Small searches in response bodies, shared by the loopback tests.
#pragma once

#include <cstddef>
#include <string>

namespace apbridge::testing {

// How many times `needle` occurs in `text` (overlapping occurrences too).
[[nodiscard]] size_t Occurrences(const std::string& text, const std::string& needle);

}  // namespace apbridge::testing
