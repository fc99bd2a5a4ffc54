// URL decoding and the tolerant query-string parser (Coupa clients send odd queries).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/query_param.hpp"

namespace apbridge::http {

// Splits on '&', skips empty pieces (`a=1&&b=2`), keeps order and repeated keys.
// Never fails: an invalid escape (`%zz`, a lone `%`) is kept literally.
[[nodiscard]] std::vector<QueryParam> ParseQueryString(std::string_view raw);

// Percent-decodes `text`; with plus_is_space (query strings) '+' becomes ' '.
// Invalid escapes are kept literally.
[[nodiscard]] std::string PercentDecode(std::string_view text, bool plus_is_space);

}  // namespace apbridge::http
