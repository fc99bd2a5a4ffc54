// Index and show: parse the query, read through resources, render.
#include "api/read_routes.hpp"

#include "api/render.hpp"
#include "common/text.hpp"

namespace apbridge::api {
namespace {

std::vector<query::RawParam> RawParams(const http::Request& request) {
  std::vector<query::RawParam> out;
  out.reserve(request.query.size());
  for (const auto& p : request.query) out.push_back({p.key, p.value, p.has_value});
  return out;
}

// return_object=limited|shallow|none (none: an empty 200 body).
Result<storage::LoadPlan> PlanFor(const http::Request& request, bool* none) {
  storage::LoadPlan plan;
  for (const auto& p : request.query) {
    if (SnakeName(p.key) != "return_object") continue;
    if (IEquals(p.value, "limited")) {
      plan.shape = storage::LoadPlan::Shape::kLimited;
    } else if (IEquals(p.value, "shallow")) {
      plan.shape = storage::LoadPlan::Shape::kShallow;
    } else if (IEquals(p.value, "none")) {
      *none = true;
    } else if (!IEquals(p.value, "full") && !p.value.empty()) {
      Error e = InvalidArgument("Invalid query parameter 'return_object': expected limited, shallow or none");
      e.field_errors.emplace_back("return_object", e.message);
      return Fail(std::move(e));
    }
  }
  return plan;
}

// fields=[...]: the selection bound to `resource`, or an empty one.
Result<model::FieldSelection> SelectionFor(const http::Request& request, const model::Resource& resource) {
  for (const auto& p : request.query) {
    if (SnakeName(p.key) != "fields" || p.value.empty()) continue;
    APB_TRY(model::FieldSelection raw, codec::ParseFieldSelection(p.value));
    return model::BindSelection(raw, resource);
  }
  return model::FieldSelection{};
}

}  // namespace

Result<http::Response> IndexRoute(const ApiContext& context, const http::Request& request,
                                  const model::Resource& resource) {
  auto params = RawParams(request);
  APB_TRY(query::Query q, query::ParseIndexQuery(resource, params, context.query_options));
  bool none = false;
  APB_TRY(storage::LoadPlan plan, PlanFor(request, &none));
  APB_TRY(model::FieldSelection selection, SelectionFor(request, resource));
  APB_TRY(model::RecordList records, context.reader.Index(q, plan));
  if (none) return http::Response{200, "", "", {}};
  if (!selection.empty()) {
    for (const auto& record : records) model::Prune(*record, selection);
  }
  return ListResponse(context, request, resource, records);
}

Result<http::Response> ShowRoute(const ApiContext& context, const http::Request& request,
                                 const model::Resource& resource) {
  APB_TRY(int64_t id, IdParam(request, resource));
  bool none = false;
  APB_TRY(storage::LoadPlan plan, PlanFor(request, &none));
  APB_TRY(model::FieldSelection selection, SelectionFor(request, resource));
  APB_TRY(model::RecordPtr record, context.reader.Show(resource, id, plan));
  if (none) return http::Response{200, "", "", {}};
  if (!selection.empty()) model::Prune(*record, selection);
  return RecordResponse(context, request, *record);
}

}  // namespace apbridge::api
