// Comments on invoices (POST/DELETE /api/invoices/:id/comments): not served yet.
#include "api/write_routes.hpp"

namespace apbridge::api {

WriteHandler CommentHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& /*route*/) {
  return {};
}

}  // namespace apbridge::api
