// Coupa Pay payments: PUT /api/coupa_pay/payments/:id (?exported=true|false
// or a body <coupa-pay-payment><exported>true</exported></coupa-pay-payment>)
// and PUT /:id/export (true unless the request says otherwise) mark the
// payment exported through resources::coupa_pay::PaymentExports and answer it
// in the shape the query asks for (return_object, fields=, filter=).
#include <memory>

#include "api/render.hpp"
#include "api/write_input.hpp"
#include "api/write_routes.hpp"
#include "resources/coupa_pay/payment_export.hpp"

namespace apbridge::api {
namespace {

using resources::coupa_pay::PaymentExports;

Result<http::Response> MarkRoute(const ApiContext& context, const http::Request& request,
                                 const resources::Principal& principal, const PaymentExports& exports,
                                 const model::Resource& resource, std::optional<bool> implied, int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  resources::coupa_pay::ExportMark mark;
  mark.implied = implied;
  mark.by = principal.actor;
  APB_TRY(mark.exported, ExportedParam(request));
  APB_TRY(mark.body, OptionalBody(context, request, resource));
  APB_TRY_STATUS(exports.Mark(id, mark));
  return ShowResponse(context, request, id, read, status);
}

}  // namespace

WriteHandler CoupaPayHandler(const ApiContext& context, const model::ApiWriteRoute& route) {
  if (route.api_resource != "coupa_pay/payments" || route.action != "update") return {};
  // Built here, from what the context already holds: the only write of the family.
  auto exports = std::make_shared<const PaymentExports>(context.store, context.catalog, context.clock);
  const model::Resource& resource = context.catalog.Get("coupa-pay-payment");
  const std::optional<bool> implied = route.path.ends_with("/export") ? std::optional(true) : std::nullopt;
  const int status = route.status;
  return [exports, &resource, implied, status](const ApiContext& c, const http::Request& request,
                                               const resources::Principal& principal) {
    return MarkRoute(c, request, principal, *exports, resource, implied, status);
  };
}

}  // namespace apbridge::api
