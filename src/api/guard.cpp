// Authentication and permission checks in front of every api handler.
#include "api/guard.hpp"

#include "api/credentials.hpp"
#include "http/error_response.hpp"
#include "model/api_scopes.hpp"

namespace apbridge::api {
namespace {

// 403: the key lacks the grant, or the token the scope (named, as RFC 6750 3 has it).
http::Response Denied(const http::Request& request, const http::RouteInfo& route,
                      const resources::Principal& principal, const Permission& permission) {
  const std::string what = std::string(permission.action) + " " + std::string(permission.resource);
  if (principal.credential == resources::Principal::Credential::kApiKey) {
    return http::ErrorResponse(Forbidden("This API key is not allowed to " + what), request, route);
  }
  const std::string scope(model::ScopeFor(permission.resource, permission.action));
  auto response = http::ErrorResponse(
      Forbidden("This access token lacks the scope " + scope + " needed to " + what), request, route);
  response.headers.emplace_back("WWW-Authenticate",
                                "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
  return response;
}

}  // namespace

http::Handler Guarded(const ApiContext& context, http::RouteInfo route, Permission permission,
                      ApiHandler handler) {
  return
      [&context, route = std::move(route), permission, handler = std::move(handler)](http::Request& request) {
        // A bearer token decides when one is sent, whatever key comes with it.
        const auto token = PresentedBearerToken(request);
        auto principal =
            token ? context.oauth.Authenticate(*token) : context.keys.Authenticate(PresentedApiKey(request));
        if (!principal) {
          auto response = http::ErrorResponse(principal.error(), request, route);
          if (token) response.headers.emplace_back("WWW-Authenticate", "Bearer error=\"invalid_token\"");
          return response;
        }
        if (!principal->Allows(permission.resource, permission.action)) {
          return Denied(request, route, *principal, permission);
        }
        auto response = handler(request, *principal);
        if (!response) return http::ErrorResponse(response.error(), request, route);
        return std::move(*response);
      };
}

}  // namespace apbridge::api
