// Projections: which fields of a record graph a read loads and a response
// renders. Storage loads exactly a projection; writers render what it loaded.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "common/result.hpp"
#include "model/field_selection.hpp"

namespace apbridge::model {

class Resource;
class Projection;
using ProjectionPtr = std::shared_ptr<const Projection>;

// The built-in projections every resource has (Resource::projection).
enum class Shape {
  kFull,     // a full response: API-out fields, associations embedded
  kShallow,  // return_object=shallow: attributes, ids and natural keys of references
  kLimited,  // return_object=limited: the id only
  kStored,   // every stored column and owned collection, references as ids: rules' reads
};

// A subset of one resource's fields and, for each association among them, the
// projection of the associated record(s). `id` is always part of it.
// Immutable once built and shared freely: the catalog's built-in projections
// are shared by every request, request-built ones point into them.
class Projection {
 public:
  struct Item {
    int field = 0;
    ProjectionPtr nested;  // references and collections only
  };

  // `items` in render order (a field named twice keeps its first place);
  // "id" (field 0) is put first when missing.
  Projection(const Resource& resource, std::vector<Item> items);

  [[nodiscard]] const Resource& resource() const { return *resource_; }
  // In render order: writers follow it.
  [[nodiscard]] std::span<const Item> items() const { return items_; }
  // Nothing but the id: a reference needs no load beyond its own column.
  [[nodiscard]] bool id_only() const { return items_.size() == 1; }
  // The item of `field`, or nullptr when the projection leaves it out.
  [[nodiscard]] const Item* Find(int field) const;

 private:
  const Resource* resource_;
  std::vector<Item> items_;
  std::vector<int16_t> position_;  // by field index: its place in items_, -1 if left out
};

// The projection of `selection` (bound to base.resource(), see BindSelection)
// over `base`, the shape the response would have without it: the fields
// `base` and `selection` have in common, in base's order, plus id (fields= narrows a shape,
// never widens it: return_object=limited with fields= stays ids only). A
// selected association without sub-fields keeps its shape in `base`; one
// with sub-fields is the selection of those over that shape.
[[nodiscard]] ProjectionPtr Select(const Projection& base, const FieldSelection& selection);

}  // namespace apbridge::model
