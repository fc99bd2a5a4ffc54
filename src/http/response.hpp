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
  // connection without writing this response. Until it does, the response
  // (a 503 in the route's error format) is what the client gets.
  bool drop_connection = false;
};

}  // namespace apbridge::http
