// Error -> HTTP response: the one place that builds error bodies in Coupa's
// core format (XML/JSON) and the supplier API's format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/route_info.hpp"

namespace apbridge::http {

// The response for `error` on `route`: status StatusFor(error.code); Coupa style
// in NegotiateFormat(request), supplier style always JSON. The body carries
// error.ClientMessages() only; error.details is logged (with the request id),
// never sent.
[[nodiscard]] Response ErrorResponse(const Error& error, const Request& request,
                                     const RouteInfo& route);
// The same with an explicit status (405, 501: statuses no ErrorCode maps to).
[[nodiscard]] Response ErrorResponse(const Error& error, int status, const Request& request,
                                     const RouteInfo& route);

// <?xml ...?>\n<errors>\n  <error>m</error>\n...</errors>\n
[[nodiscard]] std::string CoupaXmlErrorBody(const std::vector<std::string>& messages);
// {"errors":{"<resource_name or base>":["m",...]}}
[[nodiscard]] std::string CoupaJsonErrorBody(std::string_view resource_name,
                                             const std::vector<std::string>& messages);
// {"status":N,"error":"<reason phrase>","message":"m"}
[[nodiscard]] std::string SupplierErrorBody(int status, std::string_view message);

}  // namespace apbridge::http
