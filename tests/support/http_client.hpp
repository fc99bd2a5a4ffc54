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

// Send over HTTPS trusting only the certificates of `ca_file` (PEM), with
// curl's full verification (chain and host name).
HttpResult SendTrusting(const std::string& ca_file, const std::string& method, const std::string& url,
                        const std::vector<std::string>& headers, const std::string& body);

// One part of a multipart/form-data body.
struct FormField {
  std::string name;
  std::string bytes;
  std::string file_name;     // empty: a plain field
  std::string content_type;  // empty: curl's choice
};

// Sends `fields` as multipart/form-data built by libcurl's MIME API, exactly
// as `curl -F name=@file` does, with `method` (PUT, POST).
HttpResult SendForm(const std::string& method, const std::string& url,
                    const std::vector<std::string>& headers, const std::vector<FormField>& fields);

}  // namespace apbridge::testing
