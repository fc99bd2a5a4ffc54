// One response as a handler returns it; the Server adds Content-Length,
// Date, Connection and X-Request-Id.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace apbridge::http {

struct Response {
  int status = 200;
  std::string content_type;  // empty: no Content-Type header
  std::string body;
  // Extra header fields (Allow, Retry-After, Location, ...). Content-Length,
  // Connection and Transfer-Encoding are the Server's and are ignored here.
  std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace apbridge::http
