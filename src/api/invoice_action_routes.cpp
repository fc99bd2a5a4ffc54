// PUT /api/invoices/:id/<action> (submit, void, dispute, ...): the action's
// input from the query string (approver_id, position, approval_id) and the
// body (dispute), resources::invoices::InvoiceActions, then the invoice in the
// shape the query asks for.
#include "api/render.hpp"
#include "api/write_routes.hpp"
#include "common/text.hpp"
#include "http/negotiation.hpp"
#include "query/errors.hpp"
#include "resources/invoices/invoice_status_machine.hpp"

namespace apbridge::api {
namespace {

// ?name=N (dashes or underscores; the last one wins); nullopt when absent.
Result<std::optional<int64_t>> IntParam(const http::Request& request, std::string_view name) {
  std::optional<int64_t> value;
  for (const QueryParam& p : request.query) {
    if (!p.has_value || SnakeName(p.key) != name) continue;
    int64_t n = 0;
    if (!ParseInt64(p.value, &n))
      return Fail(query::InvalidParameter(p.key, Quoted(p.value) + " is not an integer"));
    value = n;
  }
  return value;
}

// The dispute payload: the reason's code and the comment, when sent.
Status ReadDispute(const ApiContext& context, const http::Request& request,
                   resources::invoices::ActionInput& input) {
  if (Trim(request.body).empty()) return Ok();
  APB_TRY(Format format, http::RequestBodyFormat(request));
  codec::ReadOptions options = context.read_options;
  options.root = "invoice-header";
  APB_TRY(model::RecordPtr body,
          codec::ReadRecord(request.body, format, context.catalog.Get("invoice-dispute"), options));
  if (model::RecordPtr reason = body->GetRecord("dispute-reason"))
    input.dispute_reason = reason->GetString("code");
  input.comment = body->GetString("comment");
  return Ok();
}

Result<http::Response> ActionRoute(const ApiContext& context, const http::Request& request,
                                   const resources::Principal& principal, std::string_view action,
                                   int status) {
  const model::Resource& resource = context.catalog.Get("invoice-header");
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  resources::invoices::ActionInput input;
  input.by = principal.actor;
  APB_TRY(input.approver_id, IntParam(request, "approver_id"));
  APB_TRY(input.position, IntParam(request, "position"));
  APB_TRY(input.approval_id, IntParam(request, "approval_id"));
  if (action == "dispute") APB_TRY_STATUS(ReadDispute(context, request, input));
  if (action == "update_line_accounts" && !Trim(request.body).empty()) {
    APB_TRY(Format format, http::RequestBodyFormat(request));
    APB_TRY(input.body, codec::ReadRecord(request.body, format, resource, context.read_options));
  }
  APB_TRY_STATUS(context.invoice_actions.Run(action, id, input));
  return ShowResponse(context, request, id, read, status);
}

}  // namespace

WriteHandler InvoiceActionHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& route) {
  const resources::invoices::InvoiceTransition* transition = resources::invoices::TransitionOf(route.action);
  if (route.api_resource != "invoices" || transition == nullptr ||
      transition->performer != resources::invoices::Performer::kInvoiceActions) {
    return {};
  }
  return [action = route.action, status = route.status](
             const ApiContext& context, const http::Request& request, const resources::Principal& principal) {
    return ActionRoute(context, request, principal, action, status);
  };
}

}  // namespace apbridge::api
