// fields=[...] response shaping: which fields of a record (and of its
// associations) a response keeps.
#pragma once

#include <map>
#include <string>

#include "common/result.hpp"
#include "model/record.hpp"

namespace apbridge::model {

// A tree of field names. A name with no children keeps the field as loaded;
// a name with children keeps only those fields of the associated record(s).
struct FieldSelection {
  std::map<std::string, FieldSelection> children;

  [[nodiscard]] bool empty() const { return children.empty(); }
};

// Resolves the names against `resource` (dashes or underscores, any case) into
// wire names; InvalidArgument naming the first unknown field.
[[nodiscard]] Result<FieldSelection> BindSelection(const FieldSelection& raw, const Resource& resource);

// Makes every field of `record` that `selection` does not name Absent,
// recursively. `id` is always kept so that clients can follow up.
void Prune(Record& record, const FieldSelection& selection);

}  // namespace apbridge::model
