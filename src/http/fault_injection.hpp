// The transport side of fault injection: a request a FaultInjector rule
// picks is answered with the forced error (in the error format of the API
// called), delayed, or marked for a dropped connection; every one is logged.
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include "common/faults.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/route_info.hpp"

namespace apbridge::http {

// How an injected latency is waited out; the server's is FaultSleepFor (the
// worker thread sleeps), a test's can record instead.
using FaultSleep = std::function<void(std::chrono::milliseconds)>;
void FaultSleepFor(std::chrono::milliseconds delay);

// Asks `faults` about `request` and logs (warn, "injected fault", the rule and
// the request id) each fault it injects. Each delay first: `sleep` is called
// with it. Then a forced status: that error response, in route.style (the
// supplier API's document messages, OAuth2's codes), with Retry-After on 429
// and 503; a drop: a 503 with drop_connection set; neither: nullopt, and the
// route answers as usual (delayed or not).
[[nodiscard]] std::optional<Response> InjectFault(FaultInjector& faults, const Request& request,
                                                  const RouteInfo& route, const FaultSleep& sleep);

// The response a rule's forced status answers with (for a drop, the 503 sent if
// the connection is not dropped).
[[nodiscard]] Response FaultResponse(const FaultRule& rule, const Request& request, const RouteInfo& route);

}  // namespace apbridge::http
