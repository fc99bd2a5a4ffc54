// The one error of a query string.
#pragma once

#include <string_view>

#include "common/error.hpp"

namespace apbridge::query {

// "Invalid query parameter '<key>': <why>", with <key> in field_errors.
[[nodiscard]] Error InvalidParameter(std::string_view key, std::string_view why);

}  // namespace apbridge::query
