// Resource indexes and the Catalog's resolution of targets.
#include <algorithm>
#include <stdexcept>

#include "common/text.hpp"
#include "model/built_in_projections.hpp"
#include "model/catalog.hpp"
#include "model/catalog_internal.hpp"

namespace apbridge::model {

std::string Field::Column() const {
  if (IsAlias()) return std::string(via);
  std::string col = Has(kCustom) ? "custom_" + SnakeName(name) : SnakeName(name);
  if (!col.empty() && col.back() == '?') col.pop_back();
  if (type == FieldType::kReference) col += "_id";
  return col;
}

namespace {

// The index key of a wire name: dashes, lower case, no trailing '?'.
std::string Key(std::string_view name) {
  std::string key = WireName(name);
  if (!key.empty() && key.back() == '?') key.pop_back();
  return key;
}

}  // namespace

Resource::Resource(const ResourceDef& def, std::vector<CustomFieldDef> custom)
    : def_(&def), custom_defs_(std::move(custom)) {
  fields_.assign(def.fields.begin(), def.fields.end());
  for (int i = 0; i < static_cast<int>(fields_.size()); ++i) {
    if (fields_[static_cast<size_t>(i)].IsCustomFields()) custom_fields_index_ = i;
    const std::string key = Key(fields_[static_cast<size_t>(i)].name);
    if (!index_.emplace(key, i).second) {
      throw std::logic_error("duplicate field " + key + " in " + std::string(def.name));
    }
  }
  if (!custom_defs_.empty() && custom_fields_index_ < 0) {
    throw std::logic_error(std::string(def.name) + " takes no custom fields");
  }
  custom_allowed_.reserve(custom_defs_.size());
  for (const CustomFieldDef& c : custom_defs_) {
    custom_allowed_.emplace_back(c.values.begin(), c.values.end());
    fields_.push_back(FieldOf(c, custom_allowed_.back()));
    if (!custom_index_.emplace(Key(c.name), static_cast<int>(fields_.size()) - 1).second) {
      throw std::logic_error("duplicate custom field " + c.name + " in " + std::string(def.name));
    }
  }
  targets_.assign(fields_.size(), nullptr);
}

int Resource::IndexOf(std::string_view name) const {
  auto it = index_.find(Key(name));
  return it == index_.end() ? -1 : it->second;
}

int Resource::CustomIndexOf(std::string_view name) const {
  auto it = custom_index_.find(Key(name));
  return it == custom_index_.end() ? -1 : it->second;
}

Catalog::Catalog(std::span<const ResourceDef* const> defs, std::span<const CustomFieldDef> custom) {
  for (const ResourceDef* def : defs) {
    if (Find(def->name) != nullptr) throw std::logic_error("duplicate resource " + std::string(def->name));
    std::vector<CustomFieldDef> own;
    for (const CustomFieldDef& c : custom) {
      if (WireName(c.resource) == def->name) own.push_back(c);
    }
    resources_.push_back(std::make_unique<Resource>(*def, std::move(own)));
    if (resources_.back()->IndexOf("id") != 0) {
      throw std::logic_error("resource " + std::string(def->name) + " must declare id first");
    }
  }
  for (auto& r : resources_) {
    for (int i = 0; i < r->field_count(); ++i) {
      const Field& f = r->field(i);
      if (f.IsScalar() || f.IsCustomFields()) continue;
      Resource* target = nullptr;
      for (auto& candidate : resources_) {
        if (candidate->name() == f.target) target = candidate.get();
      }
      if (target == nullptr) {
        throw std::logic_error(std::string(r->name()) + "." + std::string(f.name) +
                               " targets unknown resource " + std::string(f.target));
      }
      r->targets_[i] = target;
      if (f.IsOwned()) {
        if (f.via.empty()) throw std::logic_error(std::string(f.name) + " has no owner column");
        auto& cols = target->owner_columns_;
        if (std::find(cols.begin(), cols.end(), f.via) == cols.end()) cols.emplace_back(f.via);
      }
    }
  }
  std::vector<internal::BuiltIns> projections = internal::BuildProjections(resources_);
  for (size_t i = 0; i < resources_.size(); ++i) resources_[i]->projections_ = std::move(projections[i]);
}

const Resource* Catalog::Find(std::string_view name) const {
  std::string key = WireName(name);
  for (const auto& r : resources_) {
    if (r->name() == key) return r.get();
  }
  return nullptr;
}

const Resource& Catalog::Get(std::string_view name) const {
  const Resource* r = Find(name);
  if (r == nullptr) throw std::logic_error("no resource " + std::string(name));
  return *r;
}

namespace {

std::vector<const ResourceDef*> AllDefs() {
  std::vector<const ResourceDef*> all;
  for (const ResourceDef* d : CoupaResourceDefs()) all.push_back(d);
  for (const ResourceDef* d : InternalResourceDefs()) all.push_back(d);
  return all;
}

}  // namespace

const Catalog& Catalog::Coupa() {
  static const Catalog catalog(AllDefs());
  return catalog;
}

Result<std::unique_ptr<const Catalog>> Catalog::CoupaWith(std::span<const CustomFieldDef> custom) {
  for (const CustomFieldDef& c : custom) APB_TRY_STATUS(ValidateCustomField(Coupa(), c));
  try {
    return std::make_unique<const Catalog>(AllDefs(), custom);
  } catch (const std::logic_error& e) {  // two definitions of one name
    return Fail(InvalidArgument(e.what()));
  }
}

}  // namespace apbridge::model
