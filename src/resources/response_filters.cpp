// ResponseFilters: validation, storage as `response-filter` records, and the
// look-up that turns `filter=<name>` into a bound field selection.
#include "resources/response_filters.hpp"

#include "common/text.hpp"
#include "model/fields.hpp"

namespace apbridge::resources {
namespace {

constexpr size_t kMaxNameLength = 255;

bool ValidName(std::string_view name) {
  if (name.empty() || name.size() > kMaxNameLength) return false;
  for (char c : name) {
    bool ok =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

ResponseFilter FromRecord(const model::Record& r) {
  ResponseFilter f;
  f.id = r.id().value_or(0);
  using namespace model::response_filter;
  f.name = r.GetOr(kName, "");
  f.resource = r.GetOr(kResource, "");
  f.fields = r.GetOr(kFields, "");
  f.description = r.GetOr(kDescription, "");
  f.created_at = r.GetOr(kCreatedAt, Timestamp{});
  f.updated_at = r.GetOr(kUpdatedAt, Timestamp{});
  return f;
}

}  // namespace

ResponseFilters::ResponseFilters(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                                 model::SelectionParser parse)
    : store_(store),
      catalog_(catalog),
      resource_(catalog.Get("response-filter")),
      clock_(clock),
      parse_(std::move(parse)) {}

Result<model::FieldSelection> ResponseFilters::Bind(std::string_view fields,
                                                    const model::Resource& target) const {
  auto raw = parse_(fields);
  if (!raw) return Fail(InvalidArgument("fields: " + raw.error().message));
  if (raw->empty()) return Fail(InvalidArgument("fields: the selection must name at least one field"));
  auto bound = model::BindSelection(*raw, target);
  if (!bound) return Fail(InvalidArgument("fields: " + bound.error().message));
  return bound;
}

Result<model::RecordList> ResponseFilters::FindRecords(storage::UnitOfWork& uow,
                                                       std::string_view name) const {
  query::Query q;
  q.resource = &resource_;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(resource_, model::response_filter::kName, std::string(name)));
  return uow.Find(q, *resource_.projection(model::Shape::kStored));
}

Status ResponseFilters::Insert(storage::UnitOfWork& uow, const NewResponseFilter& filter) const {
  auto record = model::Record::Make(resource_);
  Timestamp now = clock_.Now();
  record->Set(model::response_filter::kCreatedAt, now);
  record->Set(model::response_filter::kUpdatedAt, now);
  record->Set(model::response_filter::kName, filter.name);
  record->Set(model::response_filter::kResource, filter.resource);
  record->Set(model::response_filter::kFields, filter.fields);
  record->Set(model::response_filter::kDescription, filter.description);
  APB_TRY(int64_t id, uow.Insert(*record));
  (void)id;
  return Ok();
}

Result<ResponseFilter> ResponseFilters::Create(const NewResponseFilter& filter) const {
  if (!ValidName(filter.name)) {
    return Fail(InvalidArgument("name: '" + filter.name +
                                "' is not a valid filter name (1 to 255 letters, digits, '_' or '-')"));
  }
  const model::ApiResource* target = model::ApiResourceNamed(filter.resource);
  if (target == nullptr) {
    return Fail(InvalidArgument("resource: '" + filter.resource +
                                "' is not a resource filters apply to (one of " + model::ApiResourceNames() +
                                ")"));
  }
  APB_TRY(model::FieldSelection bound, Bind(filter.fields, catalog_.Get(target->resource)));
  (void)bound;
  NewResponseFilter normalised = filter;
  normalised.resource = std::string(target->name);

  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList existing, FindRecords(*uow, filter.name));
  if (!existing.empty()) {
    return Fail(Conflict("a response filter named '" +
                         existing.front()->GetOr(model::response_filter::kName, filter.name) +
                         "' already exists"));
  }
  APB_TRY_STATUS(Insert(*uow, normalised));
  APB_TRY(model::RecordList created, FindRecords(*uow, filter.name));
  APB_TRY_STATUS(uow->Commit());
  if (created.empty()) return Fail(Internal("response filter " + filter.name + " vanished after insert"));
  return FromRecord(*created.front());
}

Status ResponseFilters::Ensure(const NewResponseFilter& filter) const {
  {
    APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
    APB_TRY(model::RecordList existing, FindRecords(*uow, filter.name));
    if (!existing.empty()) return Ok();
  }
  auto created = Create(filter);
  // A concurrent Ensure of the same name won: that is what we wanted.
  if (!created && created.error().code != ErrorCode::kConflict) return Fail(created.error());
  return Ok();
}

Result<std::vector<ResponseFilter>> ResponseFilters::List() const {
  query::Query q;
  q.resource = &resource_;
  q.order.path = {{&resource_, resource_.IndexOf("name")}};
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList records, storage::FindAll(*uow, q, *resource_.projection(model::Shape::kStored)));
  std::vector<ResponseFilter> out;
  for (const auto& r : records) out.push_back(FromRecord(*r));
  return out;
}

Status ResponseFilters::Remove(std::string_view name) const {
  const Error missing = NotFound("no response filter named '" + std::string(name) + "'");
  if (!ValidName(name)) return Fail(missing);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList found, FindRecords(*uow, name));
  if (found.empty()) return Fail(missing);
  APB_TRY_STATUS(uow->Delete(resource_, *found.front()->id()));
  return uow->Commit();
}

Result<ResponseFilter> ResponseFilters::Find(std::string_view name) const {
  const Error missing = NotFound("no response filter named '" + std::string(name) + "'");
  if (!ValidName(name)) return Fail(missing);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList found, FindRecords(*uow, name));
  if (found.empty()) return Fail(missing);
  return FromRecord(*found.front());
}

Result<model::FieldSelection> ResponseFilters::SelectionFor(std::string_view name,
                                                            const model::Resource& resource) const {
  const model::ApiResource* target = model::ApiResourceServing(resource.name());
  if (target == nullptr) {
    return Fail(InvalidArgument("response filters do not apply to " + std::string(resource.name())));
  }
  APB_TRY(ResponseFilter filter, Find(name));
  if (!IEquals(filter.resource, target->name)) {
    return Fail(InvalidArgument("response filter '" + filter.name + "' is defined for " + filter.resource +
                                ", not " + std::string(target->name)));
  }
  auto bound = Bind(filter.fields, resource);
  if (!bound) {
    return Fail(InvalidArgument("response filter '" + filter.name + "' no longer matches " +
                                std::string(target->name) + ": " + bound.error().message));
  }
  return bound;
}

}  // namespace apbridge::resources
