// Invoice updates and deletes: PUT, PATCH and POST /api/invoices/:id decode
// the body and ?exported=, update through resources::invoices::InvoiceUpdater
// and answer the invoice in the shape the query asks for (return_object,
// fields=, filter=); DELETE answers it as it was.
#include "api/render.hpp"
#include "api/write_input.hpp"
#include "api/write_routes.hpp"
#include "model/api_resources.hpp"
#include "resources/invoices/invoice_delete.hpp"

namespace apbridge::api {
namespace {

Result<http::Response> UpdateRoute(const ApiContext& context, const http::Request& request,
                                   const resources::Principal& principal, const model::Resource& resource,
                                   int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  resources::invoices::InvoiceChanges changes;
  changes.by = principal.actor;
  APB_TRY(changes.exported, ExportedParam(request));
  APB_TRY(changes.body, OptionalBody(context, request, resource));
  APB_TRY_STATUS(context.invoice_updater.Update(id, changes));
  return ShowResponse(context, request, id, read, status);
}

// The invoice as it was, in the query's shape, once deleted.
Result<http::Response> DestroyRoute(const ApiContext& context, const http::Request& request,
                                    const model::Resource& resource, int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  APB_TRY(resources::RecordReader::Page page, context.reader.Show(id, read));
  APB_TRY_STATUS(resources::invoices::DeleteInvoice(context.store, context.catalog, id));
  return ShownResponse(context, request, page, read, status);
}

}  // namespace

WriteHandler InvoiceUpdateHandler(const ApiContext& context, const model::ApiWriteRoute& route) {
  if (route.api_resource != "invoices") return {};
  const model::Resource& resource = context.catalog.Get("invoice-header");
  const int status = route.status;
  if (route.action == "update") {
    return [&resource, status](const ApiContext& c, const http::Request& request,
                               const resources::Principal& principal) {
      return UpdateRoute(c, request, principal, resource, status);
    };
  }
  if (route.action == "destroy") {
    return
        [&resource, status](const ApiContext& c, const http::Request& request, const resources::Principal&) {
          return DestroyRoute(c, request, resource, status);
        };
  }
  return {};
}

}  // namespace apbridge::api
