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
  // under /api/, a ".json"/".xml" suffix on the last segment is moved into format_override.
  std::string path = "/";
  std::string raw_query;  // as received, without '?'
  // ParseQueryString(raw_query) less the format=json|xml parameters (taken into
  // format_override); a format= of another value stays, for the query layer to reject.
  std::vector<QueryParam> query;
  Headers headers;
  std::string body;
  std::unordered_map<std::string, std::string> params;  // route parameters (":id")
  std::string remote_address;
  std::string request_id;  // X-Request-Id if sent (sanitised), else generated
  // The format the client named in the target: format=json|xml in the query (any
  // case; the last wins), else a ".json"/".xml" path suffix. NegotiateFormat puts it over Accept.
  std::optional<Format> format_override;

  [[nodiscard]] std::optional<std::string_view> Header(std::string_view name) const {
    return headers.Get(name);
  }
  // A route parameter by name (without ':').
  [[nodiscard]] std::optional<std::string_view> Param(std::string_view name) const;

  // Sets path, format_override, raw_query and query from a request target such as
  // "/api/invoices/?invoice-number=X" (absolute-form "http://host/..." accepted).
  void SetTarget(std::string_view target);

  // A request with only method and target set; for tests and in-process calls.
  [[nodiscard]] static Request FromTarget(Method method, std::string_view target);
};

}  // namespace apbridge::http
