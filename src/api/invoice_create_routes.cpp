// POST /api/invoices: decodes the body, creates a draft through
// resources::invoices::InvoiceCreator and answers it (201) in the shape the
// query asks for (return_object, fields=, filter=). With
// --refuse-invoice-create it answers as a Coupa without the route does.
// GET and POST /api/invoices/new/submit_for_approval create and submit in one.
#include "api/render.hpp"
#include "api/write_routes.hpp"
#include "http/error_response.hpp"
#include "http/negotiation.hpp"
#include "model/api_resources.hpp"
#include "resources/invoices/submit_for_approval.hpp"

namespace apbridge::api {
namespace {

// invoices-api.txt, word for word.
constexpr std::string_view kNoCreate =
    "Currently, Coupa doesn't support POST of invoices using our API. if you need to load invoices into "
    "Coupa, consider using our Invoice flat file integration.";

// What a client of an older Coupa sees: the route is not there, the path is
// (GET lists invoices), so 405 with Allow, as apbridge's router answers a
// method a path does not serve.
http::Response Refused(const http::Request& request, const model::Resource& resource) {
  http::Response response = http::ErrorResponse(InvalidArgument(std::string(kNoCreate)), 405, request,
                                                http::RouteInfo{std::string(resource.name())});
  response.headers.emplace_back("Allow", "GET, HEAD");
  return response;
}

Result<http::Response> CreateRoute(const ApiContext& context, const http::Request& request,
                                   const resources::Principal& principal, const model::Resource& resource,
                                   int status) {
  if (context.refuse_invoice_create) return Refused(request, resource);
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  APB_TRY(Format format, http::RequestBodyFormat(request));
  APB_TRY(model::RecordPtr body, codec::ReadRecord(request.body, format, resource, context.read_options));
  APB_TRY(const int64_t id, context.invoice_creator.Create(*body, principal.actor));
  return ShowResponse(context, request, id, read, status);
}

// The spec lists it as GET; whatever the method, the invoice is in the body.
Result<http::Response> SubmitForApprovalRoute(const ApiContext& context, const http::Request& request,
                                              const resources::Principal& principal,
                                              const model::Resource& resource, int status) {
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  APB_TRY(Format format, http::RequestBodyFormat(request));
  APB_TRY(model::RecordPtr body, codec::ReadRecord(request.body, format, resource, context.read_options));
  APB_TRY(const int64_t id, resources::invoices::CreateAndSubmit(context.store, context.invoice_creator,
                                                                 context.invoice_actions, *body,
                                                                 principal.actor, context.clock));
  return ShowResponse(context, request, id, read, status);
}

}  // namespace

WriteHandler InvoiceCreateHandler(const ApiContext& context, const model::ApiWriteRoute& route) {
  if (route.api_resource != "invoices") return {};
  const auto handler = route.action == "create"                ? CreateRoute
                       : route.action == "submit_for_approval" ? SubmitForApprovalRoute
                                                               : nullptr;
  if (handler == nullptr) return {};
  const model::Resource& resource = context.catalog.Get("invoice-header");
  const int status = route.status;
  return [&resource, status, handler](const ApiContext& c, const http::Request& request,
                                      const resources::Principal& principal) {
    return handler(c, request, principal, resource, status);
  };
}

}  // namespace apbridge::api
