// Index and show: parse the query, read through resources, render.
#include "api/read_routes.hpp"

#include "api/render.hpp"

namespace apbridge::api {
namespace {

std::vector<query::RawParam> RawParams(const http::Request& request) {
  std::vector<query::RawParam> out;
  out.reserve(request.query.size());
  for (const auto& p : request.query) out.push_back({p.key, p.value, p.has_value});
  return out;
}

}  // namespace

Result<http::Response> IndexRoute(const ApiContext& context, const http::Request& request,
                                  const model::Resource& resource) {
  auto params = RawParams(request);
  APB_TRY(query::Query q, query::ParseIndexQuery(resource, params, context.query_options));
  APB_TRY(model::RecordList records, context.reader.Index(q, storage::LoadPlan{}));
  return ListResponse(context, request, resource, records);
}

Result<http::Response> ShowRoute(const ApiContext& context, const http::Request& request,
                                 const model::Resource& resource) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(model::RecordPtr record, context.reader.Show(resource, id, storage::LoadPlan{}));
  return RecordResponse(context, request, *record);
}

}  // namespace apbridge::api
