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
  std::string col = SnakeName(name);
  if (!col.empty() && col.back() == '?') col.pop_back();
  if (type == FieldType::kReference) col += "_id";
  return col;
}

Resource::Resource(const ResourceDef& def) : def_(&def), targets_(def.fields.size(), nullptr) {
  for (int i = 0; i < static_cast<int>(def.fields.size()); ++i) {
    std::string key = WireName(def.fields[i].name);
    if (!key.empty() && key.back() == '?') key.pop_back();
    if (!index_.emplace(key, i).second) {
      throw std::logic_error("duplicate field " + key + " in " + std::string(def.name));
    }
  }
}

int Resource::IndexOf(std::string_view name) const {
  std::string key = WireName(name);
  if (!key.empty() && key.back() == '?') key.pop_back();
  auto it = index_.find(key);
  return it == index_.end() ? -1 : it->second;
}

Catalog::Catalog(std::span<const ResourceDef* const> defs) {
  for (const ResourceDef* def : defs) {
    if (Find(def->name) != nullptr) throw std::logic_error("duplicate resource " + std::string(def->name));
    resources_.push_back(std::make_unique<Resource>(*def));
    if (resources_.back()->IndexOf("id") != 0) {
      throw std::logic_error("resource " + std::string(def->name) + " must declare id first");
    }
  }
  for (auto& r : resources_) {
    for (int i = 0; i < r->field_count(); ++i) {
      const Field& f = r->field(i);
      if (f.IsScalar()) continue;
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

const Catalog& Catalog::Coupa() {
  static const Catalog catalog([] {
    std::vector<const ResourceDef*> all;
    for (const ResourceDef* d : CoupaResourceDefs()) all.push_back(d);
    for (const ResourceDef* d : InternalResourceDefs()) all.push_back(d);
    return Catalog(all);
  }());
  return catalog;
}

}  // namespace apbridge::model
