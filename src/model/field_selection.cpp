// Binding and applying field selections.
#include "model/field_selection.hpp"

#include "model/resource.hpp"

namespace apbridge::model {

Result<FieldSelection> BindSelection(const FieldSelection& raw, const Resource& resource) {
  FieldSelection bound;
  for (const auto& [name, children] : raw.children) {
    int index = resource.IndexOf(name);
    if (index < 0 || !resource.field(index).Has(kOut)) {
      Error e = InvalidArgument("Invalid query parameter 'fields': '" + name + "' is not a field of " +
                                std::string(resource.name()));
      e.field_errors.emplace_back("fields", e.message);
      return Fail(std::move(e));
    }
    const Field& f = resource.field(index);
    FieldSelection child;
    if (!children.empty()) {
      if (f.IsScalar()) {
        return Fail(InvalidArgument("Invalid query parameter 'fields': '" + name + "' has no fields to select"));
      }
      APB_TRY(child, BindSelection(children, *resource.Target(index)));
    }
    bound.children.emplace(std::string(f.name), std::move(child));
  }
  return bound;
}

}  // namespace apbridge::model
