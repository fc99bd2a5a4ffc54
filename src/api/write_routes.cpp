// RegisterWriteRoutes: the route table, each route to the family that serves it.
#include "api/write_routes.hpp"

#include <stdexcept>

#include "api/guard.hpp"

namespace apbridge::api {
namespace {

using Family = WriteHandler (*)(const ApiContext&, const model::ApiWriteRoute&);
constexpr Family kFamilies[] = {InvoiceUpdateHandler, InvoiceActionHandler, ApprovalHandler,
                                InvoiceCreateHandler, CommentHandler,       ImageScanHandler,
                                CoupaPayHandler};

WriteHandler HandlerFor(const ApiContext& context, const model::ApiWriteRoute& route) {
  for (Family family : kFamilies) {
    if (WriteHandler handler = family(context, route)) return handler;
  }
  throw std::logic_error("route table: nothing serves " + std::string(route.method) + " " +
                         std::string(route.path));
}

}  // namespace

void RegisterWriteRoutes(http::Router& router, const ApiContext& context) {
  for (const model::ApiWriteRoute& route : model::ApiWriteRoutes()) {
    const std::optional<http::Method> method = http::ParseMethod(route.method);
    const model::ApiResource* api_resource = model::ApiResourceNamed(route.api_resource);
    if (!method || api_resource == nullptr) {
      throw std::logic_error("route table: bad route " + std::string(route.method) + " " +
                             std::string(route.path));
    }
    const http::RouteInfo info{std::string(api_resource->resource)};
    router.Add(*method, route.path, info,
               Guarded(context, info, {route.api_resource, route.action},
                       [&context, handler = HandlerFor(context, route)](
                           http::Request& request, const resources::Principal& principal) {
                         return handler(context, request, principal);
                       }));
  }
}

}  // namespace apbridge::api
