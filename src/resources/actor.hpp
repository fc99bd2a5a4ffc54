// Who makes a change: the API user an API key acts as. Writes record it in
// updated-by (and created-by of what they create), as Coupa does.
#pragma once

#include <cstdint>
#include <optional>

namespace apbridge::resources {

struct Actor {
  // The user's id; none for a key that names no API user (the bootstrap
  // admin key), whose writes leave updated-by as it is.
  std::optional<int64_t> user_id;
};

}  // namespace apbridge::resources
