// PUT /api/approvals/:id/approve and /reject: the note from the body
// (<approval><note>..</note></approval>) or ?note=, resources::invoices::
// ApprovalDecisions, then the approval in the shape the query asks for.
#include "api/render.hpp"
#include "api/write_routes.hpp"
#include "common/text.hpp"
#include "http/negotiation.hpp"
#include "resources/invoices/invoice_status_machine.hpp"

namespace apbridge::api {
namespace {

Result<std::string> Note(const ApiContext& context, const http::Request& request,
                         const model::Resource& approval) {
  std::string note;
  for (const QueryParam& p : request.query) {
    if (p.has_value && SnakeName(p.key) == "note") note = p.value;
  }
  if (Trim(request.body).empty()) return note;
  APB_TRY(Format format, http::RequestBodyFormat(request));
  APB_TRY(model::RecordPtr body, codec::ReadRecord(request.body, format, approval, context.read_options));
  return body->GetString("note").value_or(note);
}

Result<http::Response> DecisionRoute(const ApiContext& context, const http::Request& request,
                                     const resources::Principal& principal, std::string_view action,
                                     int status) {
  const model::Resource& approval = context.catalog.Get("approval");
  APB_TRY(int64_t id, IdParam(request, approval));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(approval, request.query, query::Route::kShow, context.query_options));
  APB_TRY(std::string note, Note(context, request, approval));
  APB_TRY_STATUS(context.approval_decisions.Decide(id, action, note, principal.actor));
  return ShowResponse(context, request, id, read, status);
}

}  // namespace

WriteHandler ApprovalHandler(const ApiContext& /*context*/, const model::ApiWriteRoute& route) {
  const resources::invoices::InvoiceTransition* transition = resources::invoices::TransitionOf(route.action);
  if (route.api_resource != "approvals" || transition == nullptr ||
      transition->performer != resources::invoices::Performer::kApprovalDecisions) {
    return {};
  }
  return [action = route.action, status = route.status](
             const ApiContext& context, const http::Request& request, const resources::Principal& principal) {
    return DecisionRoute(context, request, principal, action, status);
  };
}

}  // namespace apbridge::api
