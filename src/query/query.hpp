// A storage-neutral query: conditions bound against the catalog, order and page.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "model/record.hpp"

namespace apbridge::query {

enum class Op {
  kEq,
  kNotEq,
  kContains,
  kStartsWith,
  kEndsWith,
  kGt,
  kLt,
  kGtOrEq,
  kLtOrEq,
  kIn,
  kNotIn,
  kBlank,  // values[0] is bool: true = null or empty
};

// One hop of a field path: `field_index` of `resource`. A path such as
// supplier[name] is [ (invoice-header, supplier), (supplier, name) ]; every hop
// but the last is a reference or a collection, the last is a scalar.
struct PathStep {
  const model::Resource* resource = nullptr;
  int field_index = -1;

  [[nodiscard]] const model::Field& field() const { return resource->field(field_index); }
};
using FieldPath = std::vector<PathStep>;

// path <op> values, with values already typed for the last field.
struct Condition {
  FieldPath path;
  Op op = Op::kEq;
  std::vector<model::Value> values;
};

struct Order {
  FieldPath path;  // empty = id
  bool descending = false;
};

// `field` of `resource` equals `value`: the look-up rules code makes most.
// A handle of another resource is a bug (throws std::logic_error).
template <class T>
[[nodiscard]] Condition Equal(const model::Resource& resource, model::FieldRef<T> field,
                              std::type_identity_t<T> value) {
  if (field.resource != &resource.def()) throw std::logic_error("Equal: a field of another resource");
  return Condition{{{&resource, field.index}}, Op::kEq, {model::Value{std::move(value)}}};
}

inline constexpr int kMaxPageSize = 50;

struct Page {
  int limit = kMaxPageSize;
  int64_t offset = 0;
};

// All conditions are ANDed. Results are ordered by `order`, ties by id.
struct Query {
  const model::Resource* resource = nullptr;
  std::vector<Condition> conditions;
  Order order;
  Page page;
};

}  // namespace apbridge::query
