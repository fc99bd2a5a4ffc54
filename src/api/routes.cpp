// The server's route table: health, the OAuth2 token endpoint, the supplier API, the read routes of every API
// resource (model::ApiResources), then the write routes and the admin namespace;
// the fault injector, when there is one, in front of them all.
#include "api/routes.hpp"

#include "api/admin_routes.hpp"
#include "api/read_routes.hpp"
#include "api/write_routes.hpp"

namespace apbridge::api {

std::shared_ptr<http::Router> BuildRouter(const ApiContext& context) {
  auto router = std::make_shared<http::Router>();
  RegisterHealthRoutes(*router, context);
  RegisterOAuthRoutes(*router, context);
  RegisterSupplierRoutes(*router, context);
  for (const model::ApiResource& api_resource : model::ApiResources()) {
    RegisterReadRoutes(*router, context, api_resource);
  }
  RegisterWriteRoutes(*router, context);
  RegisterAdminRoutes(*router, context);
  if (context.faults != nullptr) {
    RegisterFaultRoutes(*router, context);
    router->SetFaults(context.faults);
  }
  return router;
}

}  // namespace apbridge::api
