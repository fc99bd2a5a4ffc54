// JsonText: a walk down a path of keys.
#include "support/json_text.hpp"

namespace apbridge::testing {

std::string JsonText(simdjson::dom::element e, std::initializer_list<const char*> path) {
  for (const char* key : path) {
    auto next = e[key];
    if (next.error() || next.value().is_null()) return "";
    e = next.value();
  }
  std::string_view s;
  if (e.get(s) == simdjson::SUCCESS) return std::string(s);
  bool b = false;
  if (e.get(b) == simdjson::SUCCESS) return b ? "true" : "false";
  return "";
}

}  // namespace apbridge::testing
