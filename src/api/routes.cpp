// The server's route table.
#include "api/routes.hpp"

namespace apbridge::api {

std::shared_ptr<http::Router> BuildRouter(const ApiContext& context) {
  auto router = std::make_shared<http::Router>();
  RegisterHealthRoutes(*router, context);
  RegisterInvoiceRoutes(*router, context);
  RegisterCoupaPayRoutes(*router, context);
  return router;
}

}  // namespace apbridge::api
