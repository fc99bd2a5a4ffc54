// /api/coupa_pay/payments: Coupa Pay payments (payments-api.txt), read side.
#include "api/guard.hpp"
#include "api/read_routes.hpp"
#include "api/routes.hpp"

namespace apbridge::api {

void RegisterCoupaPayRoutes(http::Router& router, const ApiContext& context) {
  const model::Resource& payment = context.catalog.Get("coupa-pay-payment");
  http::RouteInfo info{std::string(payment.name())};
  router.Add(http::Method::kGet, "/api/coupa_pay/payments", info,
             Guarded(context, info, {"coupa_pay/payments", "index"},
                     [&context, &payment](http::Request& request, const resources::Principal&) {
                       return IndexRoute(context, request, payment);
                     }));
  router.Add(http::Method::kGet, "/api/coupa_pay/payments/:id", info,
             Guarded(context, info, {"coupa_pay/payments", "show"},
                     [&context, &payment](http::Request& request, const resources::Principal&) {
                       return ShowRoute(context, request, payment);
                     }));
}

}  // namespace apbridge::api
