// The two wire formats of Coupa's core API: one enum for http (which negotiates
// them) and codec (which reads and writes them).
#pragma once

#include <string_view>

namespace apbridge {

enum class Format { kXml, kJson };

// The Content-Type of a body in `format` (Rails spelling).
[[nodiscard]] constexpr std::string_view ContentType(Format format) {
  return format == Format::kJson ? "application/json; charset=utf-8" : "application/xml; charset=utf-8";
}

}  // namespace apbridge
