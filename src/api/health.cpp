// /healthz (the process answers) and /readyz (the database answers too).
#include "api/routes.hpp"
#include "http/error_response.hpp"

namespace apbridge::api {

void RegisterHealthRoutes(http::Router& router, const ApiContext& context) {
  http::RouteInfo info{"health"};
  router.Add(http::Method::kGet, "/healthz", info, [](http::Request&) {
    return http::Response{200, "application/json", "{\"status\":\"ok\"}", {}};
  });
  router.Add(http::Method::kGet, "/readyz", info, [&context, info](http::Request& request) {
    auto ping = context.store.Ping();
    if (!ping) {
      return http::ErrorResponse(Unavailable("The database is not reachable.", ping.error().details), request,
                                 info);
    }
    return http::Response{200, "application/json", "{\"status\":\"ready\"}", {}};
  });
}

}  // namespace apbridge::api
