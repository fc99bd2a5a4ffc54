// The server's route table: health, the OAuth2 token endpoint, the read routes of every API resource
// (model::ApiResources), then the write routes.
#include "api/routes.hpp"

#include "api/read_routes.hpp"
#include "api/write_routes.hpp"

namespace apbridge::api {

std::shared_ptr<http::Router> BuildRouter(const ApiContext& context) {
  auto router = std::make_shared<http::Router>();
  RegisterHealthRoutes(*router, context);
  RegisterOAuthRoutes(*router, context);
  for (const model::ApiResource& api_resource : model::ApiResources()) {
    RegisterReadRoutes(*router, context, api_resource);
  }
  RegisterWriteRoutes(*router, context);
  return router;
}

}  // namespace apbridge::api
