// /api/invoices: Coupa's Invoices API (invoices-api.txt).
#include "api/guard.hpp"
#include "api/read_routes.hpp"
#include "api/routes.hpp"

namespace apbridge::api {

void RegisterInvoiceRoutes(http::Router& router, const ApiContext& context) {
  const model::Resource& invoice = context.catalog.Get("invoice-header");
  http::RouteInfo info{std::string(invoice.name())};
  router.Add(http::Method::kGet, "/api/invoices", info,
             Guarded(context, info, {"invoices", "index"},
                     [&context, &invoice](http::Request& request, const resources::Principal&) {
                       return IndexRoute(context, request, invoice);
                     }));
  router.Add(http::Method::kGet, "/api/invoices/:id", info,
             Guarded(context, info, {"invoices", "show"},
                     [&context, &invoice](http::Request& request, const resources::Principal&) {
                       return ShowRoute(context, request, invoice);
                     }));
}

}  // namespace apbridge::api
