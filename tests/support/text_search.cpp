// Searches in response bodies.
#include "support/text_search.hpp"

namespace apbridge::testing {

size_t Occurrences(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace apbridge::testing
