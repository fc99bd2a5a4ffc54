// The generic GET index and GET show of a catalog resource, shared by every
// API resource of the route table (model::ApiResources).
#pragma once

#include "api/context.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"
#include "model/api_resources.hpp"

namespace apbridge::api {

// GET <path>?<query> (one page, filtered and ordered) and GET <path>/:id,
// guarded by the "index" and "show" permissions on api_resource.name.
void RegisterReadRoutes(http::Router& router, const ApiContext& context,
                        const model::ApiResource& api_resource);

}  // namespace apbridge::api
