// The strictest readers we know, for tests of what apbridge emits: libxml2 for
// XML (what xmllint uses; no recovery, no network) and simdjson for JSON.
#pragma once

#include <string>
#include <string_view>

namespace apbridge::testing {

// Why `body` is not a well-formed document of the type its Content-Type
// names (application/xml, application/json, ...); empty when it is, or when
// the type is neither XML nor JSON.
[[nodiscard]] std::string StrictParseError(std::string_view content_type, std::string_view body);

}  // namespace apbridge::testing
