// /api/approvals/:id/approve and reject: not served yet.
#include "api/write_routes.hpp"

namespace apbridge::api {

WriteHandler ApprovalHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& /*route*/) {
  return {};
}

}  // namespace apbridge::api
