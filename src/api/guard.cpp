// Authentication and permission checks in front of every api handler.
#include "api/guard.hpp"

#include <fmt/format.h>

#include <algorithm>

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

// 429 when the caller has used up its rate (REFERENCE.md: Retry-After, the API's error body).
std::optional<http::Response> OverRate(const ApiContext& context, const http::Request& request,
                                       const http::RouteInfo& route, const resources::Principal& principal) {
  if (context.core_rate_limiter == nullptr) return std::nullopt;
  const bool key = principal.credential == resources::Principal::Credential::kApiKey;
  auto wait = context.core_rate_limiter->Take((key ? "key:" : "client:") + std::to_string(principal.id));
  if (!wait) return std::nullopt;
  const RateLimit& limit = context.core_rate_limiter->limit();
  const auto seconds = std::max<int64_t>(1, std::chrono::ceil<std::chrono::seconds>(*wait).count());
  auto response = http::ErrorResponse(
      RateLimited(fmt::format("Rate limit exceeded: {} requests per {} s, in bursts of at most {}, per {}. "
                              "Retry after {} s.",
                              limit.requests,
                              std::chrono::duration_cast<std::chrono::seconds>(limit.per).count(),
                              limit.burst, key ? "API key" : "OAuth2 client", seconds)),
      request, route);
  response.headers.emplace_back("Retry-After", std::to_string(seconds));
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
        if (auto limited = OverRate(context, request, route, *principal)) return std::move(*limited);
        if (!principal->Allows(permission.resource, permission.action)) {
          return Denied(request, route, *principal, permission);
        }
        auto response = handler(request, *principal);
        if (!response) return http::ErrorResponse(response.error(), request, route);
        return std::move(*response);
      };
}

}  // namespace apbridge::api
