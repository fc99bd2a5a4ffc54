// Index and show: parse the query, read through resources, shape the records
// (fields= or filter=), render.
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

// The last non-empty value of query parameter `name` (repeated keys: last
// wins), or nullptr.
const http::QueryParam* LastParam(const http::Request& request, std::string_view name) {
  const http::QueryParam* found = nullptr;
  for (const auto& p : request.query) {
    if (SnakeName(p.key) == name && !p.value.empty()) found = &p;
  }
  return found;
}

Error BadFilter(const std::string& why) {
  Error e = InvalidArgument("Invalid query parameter 'filter': " + why);
  e.field_errors.emplace_back("filter", e.message);
  return e;
}

// The response shape: fields=[...] or filter=<name> (a stored fields= list,
// see resources::ResponseFilters), bound to `resource`; empty for neither.
//
// Our rules where Coupa documents nothing (its docs describe admin-defined
// filters and fields= as alternatives, not how they combine):
// - both given is a 400: a client that names a filter and also lists fields
//   has two ideas of the shape, and guessing one would hand it fields it did
//   not expect or drop ones it did;
// - an unknown name, or a filter of another resource, is a 400 naming
//   `filter` (silently answering the full record would export everything);
// - an empty value (`filter=`) is ignored, as `fields=` is.
Result<model::FieldSelection> SelectionFor(const ApiContext& context, const http::Request& request,
                                           const model::Resource& resource) {
  const http::QueryParam* fields = LastParam(request, "fields");
  const http::QueryParam* filter = LastParam(request, "filter");
  if (fields != nullptr && filter != nullptr) {
    return Fail(BadFilter("cannot be combined with 'fields'; use one or the other"));
  }
  if (filter != nullptr) {
    auto selection = context.filters.SelectionFor(filter->value, resource);
    if (!selection && (selection.error().code == ErrorCode::kNotFound ||
                       selection.error().code == ErrorCode::kInvalidArgument)) {
      return Fail(BadFilter(selection.error().message));
    }
    return selection;
  }
  if (fields == nullptr) return model::FieldSelection{};
  APB_TRY(model::FieldSelection raw, codec::ParseFieldSelection(fields->value));
  return model::BindSelection(raw, resource);
}

}  // namespace

Result<http::Response> IndexRoute(const ApiContext& context, const http::Request& request,
                                  const model::Resource& resource) {
  auto params = RawParams(request);
  APB_TRY(query::Query q, query::ParseIndexQuery(resource, params, context.query_options));
  bool none = false;
  APB_TRY(storage::LoadPlan plan, PlanFor(request, &none));
  APB_TRY(model::FieldSelection selection, SelectionFor(context, request, resource));
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
  APB_TRY(model::FieldSelection selection, SelectionFor(context, request, resource));
  APB_TRY(model::RecordPtr record, context.reader.Show(resource, id, plan));
  if (none) return http::Response{200, "", "", {}};
  if (!selection.empty()) model::Prune(*record, selection);
  return RecordResponse(context, request, *record);
}

}  // namespace apbridge::api
