// The actions of /api/invoices/:id (submit, void, dispute, ...): not served yet.
#include "api/write_routes.hpp"

namespace apbridge::api {

WriteHandler InvoiceActionHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& /*route*/) {
  return {};
}

}  // namespace apbridge::api
