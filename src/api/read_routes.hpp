// The generic GET index and GET show of a catalog resource, shared by every
// resource family (invoices, Coupa Pay payments, ...).
#pragma once

#include "api/context.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace apbridge::api {

// GET /api/<resources>?<query>: one page, filtered and ordered.
[[nodiscard]] Result<http::Response> IndexRoute(const ApiContext& context, const http::Request& request,
                                                const model::Resource& resource);
// GET /api/<resources>/:id.
[[nodiscard]] Result<http::Response> ShowRoute(const ApiContext& context, const http::Request& request,
                                               const model::Resource& resource);

}  // namespace apbridge::api
