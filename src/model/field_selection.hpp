// fields=[...] response shaping: which fields of a record (and of its
// associations) a response keeps.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace apbridge::model {

class Resource;

// A tree of field names, as fields=[...] gives it. A name with no children
// keeps the field in its usual shape; a name with children keeps only those
// fields of the associated record(s). See model::Select.
struct FieldSelection {
  std::map<std::string, FieldSelection> children;

  [[nodiscard]] bool empty() const { return children.empty(); }
};

// Parses the text of a fields= parameter into an unbound selection. The JSON
// parser lives in codec; layers that must not depend on it take one of these
// (the app passes codec::ParseFieldSelection).
using SelectionParser = std::function<Result<FieldSelection>(std::string_view)>;

// Resolves the names against `resource` (dashes or underscores, any case) into
// wire names; InvalidArgument naming the first unknown field.
[[nodiscard]] Result<FieldSelection> BindSelection(const FieldSelection& raw, const Resource& resource);

}  // namespace apbridge::model
