// CustomFields: validation and storage of custom field definitions.
#include "resources/custom_fields.hpp"

#include "common/text.hpp"
#include "model/fields.hpp"

namespace apbridge::resources {
namespace {

std::string JoinLines(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out.push_back('\n');
    out += v;
  }
  return out;
}

model::CustomFieldDef FromRecord(const model::Record& r) {
  using namespace model::custom_field;
  model::CustomFieldDef def;
  def.resource = r.GetOr(kResource, "");
  def.name = r.GetOr(kName, "");
  def.type = model::ParseCustomFieldType(r.GetOr(kType, "")).value_or(model::CustomFieldType::kString);
  const std::string values = r.GetOr(kAllowedValues, "");
  for (std::string_view v : Split(values, '\n')) {
    if (!v.empty()) def.values.emplace_back(v);
  }
  return def;
}

}  // namespace

CustomFields::CustomFields(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
    : store_(store), catalog_(catalog), resource_(catalog.Get("custom-field")), clock_(clock) {}

Result<model::RecordList> CustomFields::FindRecords(storage::UnitOfWork& uow, std::string_view resource,
                                                    std::string_view name) const {
  query::Query q;
  q.resource = &resource_;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(resource_, model::custom_field::kResource, std::string(resource)));
  q.conditions.push_back(query::Equal(resource_, model::custom_field::kName, std::string(name)));
  return uow.Find(q, *resource_.projection(model::Shape::kStored));
}

Result<model::CustomFieldDef> CustomFields::Add(model::CustomFieldDef def) const {
  using namespace model::custom_field;
  def.resource = WireName(def.resource);
  def.name = WireName(def.name);
  APB_TRY_STATUS(model::ValidateCustomField(catalog_, def));
  for (std::string& value : def.values) {
    if (value.find_first_of("\r\n") != std::string::npos) {
      return Fail(InvalidArgument("a custom field's values cannot hold a line break"));
    }
    value = std::string(Trim(value));
  }

  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList existing, FindRecords(*uow, def.resource, def.name));
  const Timestamp now = clock_.Now();
  auto record = model::Record::Make(resource_);
  if (!existing.empty()) {
    const model::Record& old = *existing.front();
    if (old.GetOr(kActive, true)) {
      return Fail(Conflict("custom field " + def.name + " of " + def.resource + " already exists"));
    }
    const std::string old_type = old.GetOr(kType, "");
    if (old_type != model::NameOf(def.type)) {
      return Fail(InvalidArgument("custom field " + def.name + " of " + def.resource + " was removed as a " +
                                  old_type + " field, and its values are kept: add it again as " + old_type));
    }
    record->Set(0, *old.id());
  } else {
    record->Set(kCreatedAt, now);
  }
  record->Set(kUpdatedAt, now);
  record->Set(kResource, def.resource);
  record->Set(kName, def.name);
  record->Set(kType, std::string(model::NameOf(def.type)));
  record->Set(kAllowedValues, JoinLines(def.values));
  record->Set(kActive, true);
  if (existing.empty()) {
    APB_TRY(int64_t id, uow->Insert(*record));
    (void)id;
  } else {
    APB_TRY_STATUS(uow->Update(*record));
  }
  APB_TRY_STATUS(uow->Commit());
  return def;
}

Status CustomFields::Ensure(const model::CustomFieldDef& def) const {
  auto added = Add(def);
  // Defined already (or by a concurrent Ensure): what we wanted.
  if (!added && added.error().code != ErrorCode::kConflict) return Fail(added.error());
  return Ok();
}

Result<std::vector<model::CustomFieldDef>> CustomFields::Active() const {
  query::Query q;
  q.resource = &resource_;
  q.conditions.push_back(query::Equal(resource_, model::custom_field::kActive, true));
  q.order.path = {{&resource_, resource_.IndexOf("resource")}};
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList records, storage::FindAll(*uow, q, *resource_.projection(model::Shape::kStored)));
  std::vector<model::CustomFieldDef> out;
  for (const auto& r : records) out.push_back(FromRecord(*r));
  return out;
}

Status CustomFields::Remove(std::string_view resource, std::string_view name) const {
  const std::string resource_name = WireName(resource);
  const std::string field_name = WireName(name);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList found, FindRecords(*uow, resource_name, field_name));
  if (found.empty() || !found.front()->GetOr(model::custom_field::kActive, false)) {
    return Fail(NotFound("no custom field " + field_name + " of " + resource_name));
  }
  auto changes = model::Record::Make(resource_);
  changes->Set(0, *found.front()->id());
  changes->Set(model::custom_field::kActive, false);
  changes->Set(model::custom_field::kUpdatedAt, clock_.Now());
  APB_TRY_STATUS(uow->Update(*changes));
  return uow->Commit();
}

}  // namespace apbridge::resources
