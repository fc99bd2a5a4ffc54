// One decoded HTTP request as the api layer sees it (no RESTinio types).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/format.hpp"
#include "http/headers.hpp"
#include "http/method.hpp"
#include "http/query_string.hpp"

namespace apbridge::http {

// A request. Built by the Server (or by tests with FromTarget), handed to one
// handler on one thread; a plain value.
struct Request {
  Method method = Method::kGet;
  // Percent-decoded path without query; trailing slashes removed except for "/";
  // under /api/, a ".json"/".xml" suffix on the last segment is moved into path_format.
  std::string path = "/";
  std::string raw_query;            // as received, without '?'
  std::vector<QueryParam> query;    // ParseQueryString(raw_query)
  Headers headers;
  std::string body;
  std::unordered_map<std::string, std::string> params;  // route parameters (":id")
  std::string remote_address;
  std::string request_id;           // X-Request-Id if sent (sanitised), else generated
  std::optional<Format> path_format;  // from a ".json" / ".xml" suffix

  [[nodiscard]] std::optional<std::string_view> Header(std::string_view name) const {
    return headers.Get(name);
  }
  // A route parameter by name (without ':').
  [[nodiscard]] std::optional<std::string_view> Param(std::string_view name) const;

  // Sets path, path_format, raw_query and query from a request target such as
  // "/api/invoices/?invoice-number=X" (absolute-form "http://host/..." accepted).
  void SetTarget(std::string_view target);

  // A request with only method and target set; for tests and in-process calls.
  [[nodiscard]] static Request FromTarget(Method method, std::string_view target);
};

}  // namespace apbridge::http
