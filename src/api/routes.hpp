// Route registration, one function per resource family.
#pragma once

#include <memory>

#include "api/context.hpp"
#include "http/router.hpp"

namespace apbridge::api {

void RegisterHealthRoutes(http::Router& router, const ApiContext& context);
// POST /oauth2/token and /oauth2/access_tokens.
void RegisterOAuthRoutes(http::Router& router, const ApiContext& context);

// Every route of the server.
[[nodiscard]] std::shared_ptr<http::Router> BuildRouter(const ApiContext& context);

}  // namespace apbridge::api
