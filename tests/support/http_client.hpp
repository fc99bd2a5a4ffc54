// A minimal blocking HTTP client (libcurl) for integration tests.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace apbridge::testing {

struct HttpResult {
  long status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string error;  // transport failure, empty on success
};

HttpResult Send(const std::string& method, const std::string& url, const std::vector<std::string>& headers,
                const std::string& body);

}  // namespace apbridge::testing
