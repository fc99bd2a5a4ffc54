// The image scan of an invoice (image_scan, retrieve_image_scan): not served yet.
#include "api/write_routes.hpp"

namespace apbridge::api {

WriteHandler ImageScanHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& /*route*/) {
  return {};
}

}  // namespace apbridge::api
