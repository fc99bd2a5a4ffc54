// POST /api/invoices (create a draft): not served yet.
#include "api/write_routes.hpp"

namespace apbridge::api {

WriteHandler InvoiceCreateHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& /*route*/) {
  return {};
}

}  // namespace apbridge::api
