// Authentication and permission checks in front of every api handler.
#include "api/guard.hpp"

#include "http/error_response.hpp"

namespace apbridge::api {
namespace {

std::string_view PresentedKey(const http::Request& request) {
  for (std::string_view name : {"X-COUPA-API-KEY", "X_COUPA_API_KEY"}) {
    if (auto v = request.Header(name)) return *v;
  }
  return {};
}

}  // namespace

http::Handler Guarded(const ApiContext& context, http::RouteInfo route, Permission permission,
                      ApiHandler handler) {
  return
      [&context, route = std::move(route), permission, handler = std::move(handler)](http::Request& request) {
        auto principal = context.keys.Authenticate(PresentedKey(request));
        if (!principal) return http::ErrorResponse(principal.error(), request, route);
        if (!principal->Allows(permission.resource, permission.action)) {
          Error denied = Forbidden("This API key is not allowed to " + std::string(permission.action) + " " +
                                   std::string(permission.resource));
          return http::ErrorResponse(denied, request, route);
        }
        auto response = handler(request, *principal);
        if (!response) return http::ErrorResponse(response.error(), request, route);
        return std::move(*response);
      };
}

}  // namespace apbridge::api
