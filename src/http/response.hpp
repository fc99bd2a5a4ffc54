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
  // An injected fault (http/fault_injection.hpp): the Server closes the
  // connection without writing a byte of this response.
  bool drop_connection = false;
};

}  // namespace apbridge::http
