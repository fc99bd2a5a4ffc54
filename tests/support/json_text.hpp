// Reading answers in tests: the text of a JSON element at a path of keys.
#pragma once

#include <simdjson.h>

#include <initializer_list>
#include <string>

namespace apbridge::testing {

// The string (or "true"/"false") at `path` under `e`; empty when any step is
// missing or null, or the value is of another type.
[[nodiscard]] std::string JsonText(simdjson::dom::element e, std::initializer_list<const char*> path);

}  // namespace apbridge::testing
