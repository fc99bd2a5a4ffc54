// Invoice updates: decode the body and ?exported=, update through
// resources::invoices::InvoiceUpdater, answer the invoice in the shape the
// query asks for (return_object, fields=, filter=).
#include "api/invoice_write_routes.hpp"

#include <stdexcept>

#include "api/guard.hpp"
#include "api/render.hpp"
#include "common/text.hpp"
#include "http/negotiation.hpp"
#include "model/api_resources.hpp"
#include "model/value_text.hpp"
#include "query/errors.hpp"
#include "resources/invoices/invoice_delete.hpp"

namespace apbridge::api {
namespace {

// ?exported=true|false (the last one wins); nullopt when absent. Other
// parameters that are no shape (`?null`, stray text) are ignored, as Coupa does.
Result<std::optional<bool>> ExportedParam(const http::Request& request) {
  std::optional<bool> exported;
  for (const QueryParam& p : request.query) {
    if (!p.has_value || SnakeName(p.key) != "exported") continue;
    exported = model::BooleanNamed(p.value);
    if (!exported)
      return Fail(query::InvalidParameter(p.key, Quoted(p.value) + " is not a boolean (true or false)"));
  }
  return exported;
}

Result<http::Response> UpdateRoute(const ApiContext& context, const http::Request& request,
                                   const model::Resource& resource, int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  resources::invoices::InvoiceChanges changes;
  APB_TRY(changes.exported, ExportedParam(request));
  if (!Trim(request.body).empty()) {
    APB_TRY(Format format, http::RequestBodyFormat(request));
    APB_TRY(changes.body, codec::ReadRecord(request.body, format, resource, context.read_options));
  }
  APB_TRY_STATUS(context.invoice_updater.Update(id, changes));
  APB_TRY(resources::RecordReader::Page page, context.reader.Show(id, read));
  if (read.empty_body) return http::Response{status, "", "", {}};
  return RecordResponse(context, request, *page.records.front(), *page.projection, status);
}

// The invoice as it was, in the query's shape, once deleted.
Result<http::Response> DestroyRoute(const ApiContext& context, const http::Request& request,
                                    const model::Resource& resource, int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  APB_TRY(resources::RecordReader::Page page, context.reader.Show(id, read));
  APB_TRY_STATUS(resources::invoices::DeleteInvoice(context.store, context.catalog, id));
  if (read.empty_body) return http::Response{status, "", "", {}};
  return RecordResponse(context, request, *page.records.front(), *page.projection, status);
}

}  // namespace

void RegisterInvoiceWriteRoutes(http::Router& router, const ApiContext& context) {
  const model::Resource& resource = context.catalog.Get("invoice-header");
  const http::RouteInfo info{std::string(resource.name())};
  for (const model::ApiWriteRoute& route : model::ApiWriteRoutes()) {
    if (route.api_resource != "invoices") continue;
    const std::optional<http::Method> method = http::ParseMethod(route.method);
    if (!method) throw std::logic_error("route table: unknown method " + std::string(route.method));
    const auto handler = route.action == "destroy" ? DestroyRoute : UpdateRoute;
    router.Add(*method, route.path, info,
               Guarded(context, info, {route.api_resource, route.action},
                       [&context, &resource, handler, status = route.status](http::Request& request,
                                                                             const resources::Principal&) {
                         return handler(context, request, resource, status);
                       }));
  }
}

}  // namespace apbridge::api
