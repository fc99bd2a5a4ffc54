// Projection construction and the projection of a fields= selection.
#include "model/projection.hpp"

#include <algorithm>

#include "model/resource.hpp"

namespace apbridge::model {

Projection::Projection(const Resource& resource, std::vector<Item> items)
    : resource_(&resource), position_(static_cast<size_t>(resource.field_count()), -1) {
  items_.reserve(items.size() + 1);
  const bool has_id =
      std::any_of(items.begin(), items.end(), [](const Item& item) { return item.field == 0; });
  if (!has_id) items_.push_back(Item{0, nullptr});
  for (Item& item : items) {
    int16_t& position = position_[static_cast<size_t>(item.field)];
    if (position >= 0) continue;  // named twice: the first place counts
    position = static_cast<int16_t>(items_.size());
    items_.push_back(std::move(item));
  }
  if (!has_id) position_[0] = 0;
}

const Projection::Item* Projection::Find(int field) const {
  if (field < 0 || static_cast<size_t>(field) >= position_.size()) return nullptr;
  const int16_t position = position_[static_cast<size_t>(field)];
  return position < 0 ? nullptr : &items_[static_cast<size_t>(position)];
}

namespace {

// Whether `selection` keeps custom field `field`: custom-fields named with no
// sub-fields keeps them all, with sub-fields those it names.
bool KeepsCustom(const Resource& resource, const FieldSelection& selection, const Field& field) {
  if (resource.custom_fields_index() < 0) return false;
  auto group = selection.children.find(std::string(resource.field(resource.custom_fields_index()).name));
  if (group == selection.children.end()) return false;
  return group->second.empty() || group->second.children.contains(std::string(field.name));
}

}  // namespace

ProjectionPtr Select(const Projection& base, const FieldSelection& selection) {
  const Resource& resource = base.resource();
  std::vector<Projection::Item> items;
  for (const Projection::Item& item : base.items()) {
    const Field& field = resource.field(item.field);
    if (field.Has(kCustom)) {
      if (KeepsCustom(resource, selection, field)) items.push_back(item);
      continue;
    }
    auto named = selection.children.find(std::string(field.name));
    if (named == selection.children.end()) continue;
    if (item.nested == nullptr || named->second.empty()) {
      items.push_back(item);
    } else {
      items.push_back({item.field, Select(*item.nested, named->second)});
    }
  }
  return std::make_shared<const Projection>(resource, std::move(items));
}

}  // namespace apbridge::model
