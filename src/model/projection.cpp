// Projection construction and the projection of a fields= selection.
#include "model/projection.hpp"

#include <algorithm>

#include "model/resource.hpp"

namespace apbridge::model {

Projection::Projection(const Resource& resource, std::vector<Item> items)
    : resource_(&resource), items_(std::move(items)) {
  std::sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.field < b.field; });
  items_.erase(std::unique(items_.begin(), items_.end(),
                           [](const Item& a, const Item& b) { return a.field == b.field; }),
               items_.end());
  if (items_.empty() || items_.front().field != 0) items_.insert(items_.begin(), Item{0, nullptr});
}

const Projection::Item* Projection::Find(int field) const {
  auto it = std::lower_bound(items_.begin(), items_.end(), field,
                             [](const Item& item, int f) { return item.field < f; });
  return it != items_.end() && it->field == field ? &*it : nullptr;
}

ProjectionPtr Select(const Projection& base, const FieldSelection& selection) {
  const Resource& resource = base.resource();
  std::vector<Projection::Item> items;
  for (const auto& [name, children] : selection.children) {
    const int index = resource.IndexOf(name);
    if (index < 0) continue;  // BindSelection rejected unknown names already
    const Projection::Item* in_base = base.Find(index);
    if (in_base == nullptr) continue;
    if (in_base->nested == nullptr || children.empty()) {
      items.push_back(*in_base);
    } else {
      items.push_back({index, Select(*in_base->nested, children)});
    }
  }
  return std::make_shared<const Projection>(resource, std::move(items));
}

}  // namespace apbridge::model
