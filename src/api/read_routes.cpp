// Index and show: read the query string once, read through resources in the
// projection it asks for, render.
#include "api/read_routes.hpp"

#include <string>

#include "api/guard.hpp"
#include "api/render.hpp"

namespace apbridge::api {
namespace {

Result<http::Response> IndexRoute(const ApiContext& context, const http::Request& request,
                                  const model::Resource& resource) {
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kIndex, context.query_options));
  APB_TRY(resources::RecordReader::Page page, context.reader.Index(read));
  if (read.empty_body) return http::Response{200, "", "", {}};
  return ListResponse(context, request, *page.projection, page.records);
}

Result<http::Response> ShowRoute(const ApiContext& context, const http::Request& request,
                                 const model::Resource& resource) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  return ShowResponse(context, request, id, read, 200);
}

}  // namespace

void RegisterReadRoutes(http::Router& router, const ApiContext& context,
                        const model::ApiResource& api_resource) {
  const model::Resource& resource = context.catalog.Get(api_resource.resource);
  const http::RouteInfo info{std::string(resource.name())};
  router.Add(http::Method::kGet, api_resource.path, info,
             Guarded(context, info, {api_resource.name, "index"},
                     [&context, &resource](http::Request& request, const resources::Principal&) {
                       return IndexRoute(context, request, resource);
                     }));
  router.Add(http::Method::kGet, std::string(api_resource.path) + "/:id", info,
             Guarded(context, info, {api_resource.name, "show"},
                     [&context, &resource](http::Request& request, const resources::Principal&) {
                       return ShowRoute(context, request, resource);
                     }));
}

}  // namespace apbridge::api
