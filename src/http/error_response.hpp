// Error -> HTTP response: the status, the log line, and the style and format of
// the body, which codec's WriteErrorBody writes.
#pragma once

#include "common/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/route_info.hpp"

namespace apbridge::http {

// The response for `error` on `route`: status StatusFor(error.code); the body in
// route.style, the Coupa style in NegotiateFormat(request), the others always JSON
// (codec::ErrorBodyFormat). The body carries error.ClientMessages() only;
// error.details is logged (with the request id), never sent.
[[nodiscard]] Response ErrorResponse(const Error& error, const Request& request, const RouteInfo& route);
// The same with an explicit status (405, 501: statuses no ErrorCode maps to).
[[nodiscard]] Response ErrorResponse(const Error& error, int status, const Request& request,
                                     const RouteInfo& route);

}  // namespace apbridge::http
