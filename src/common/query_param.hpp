// One decoded key=value piece of a request's query string: what the
// transport parses (http) and the query language reads (query).
#pragma once

#include <string>

namespace apbridge {

// Percent-decoded key and value, in the order received. A bare key (`?null`)
// has has_value == false and an empty value.
struct QueryParam {
  std::string key;
  std::string value;
  bool has_value = true;

  friend bool operator==(const QueryParam&, const QueryParam&) = default;
};

}  // namespace apbridge
