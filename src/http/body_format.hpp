// The two wire formats of Coupa's core API. http's own enum, so that the
// transport does not depend on codec (codec::Format mirrors it).
#pragma once

#include <string_view>

namespace apbridge::http {

enum class BodyFormat { kXml, kJson };

inline constexpr std::string_view kXmlContentType = "application/xml; charset=utf-8";
inline constexpr std::string_view kJsonContentType = "application/json; charset=utf-8";

// The Content-Type of a response body in `format` (Rails spelling).
[[nodiscard]] constexpr std::string_view ContentTypeFor(BodyFormat format) {
  return format == BodyFormat::kJson ? kJsonContentType : kXmlContentType;
}

}  // namespace apbridge::http
