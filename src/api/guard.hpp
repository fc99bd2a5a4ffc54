// Wraps api handlers: authentication, permission check, Result -> Response.
#pragma once

#include <functional>

#include "api/context.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/route_info.hpp"
#include "http/router.hpp"

namespace apbridge::api {

// A handler that may fail with an Error (rendered by http::ErrorResponse).
using ApiHandler = std::function<Result<http::Response>(http::Request&, const resources::Principal&)>;

// The permission a route needs: Coupa's per-resource actions
// ("invoices", "show"), as API keys grant them; tokens need their scope.
struct Permission {
  std::string_view resource;
  std::string_view action;
};

// A transport handler that authenticates the caller (a bearer token when one
// is sent, else X-COUPA-API-KEY or the X_COUPA_API_KEY spelling some clients
// send), checks `permission` (a key's grants, a token's scope: model::ScopeFor),
// runs `handler` and renders any error in the route's error format: 401 for
// no or bad credentials, 403 for valid ones not allowed.
[[nodiscard]] http::Handler Guarded(const ApiContext& context, http::RouteInfo route, Permission permission,
                                    ApiHandler handler);

}  // namespace apbridge::api
