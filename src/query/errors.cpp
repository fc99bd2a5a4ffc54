// InvalidParameter.
#include "query/errors.hpp"

#include <string>

namespace apbridge::query {

Error InvalidParameter(std::string_view key, std::string_view why) {
  Error e = InvalidArgument("Invalid query parameter '" + std::string(key) + "': " + std::string(why));
  e.field_errors.emplace_back(std::string(key), e.message);
  return e;
}

}  // namespace apbridge::query
