// Binding field selections against the catalog.
#include "model/field_selection.hpp"

#include "model/resource.hpp"

namespace apbridge::model {

Result<FieldSelection> BindSelection(const FieldSelection& raw, const Resource& resource) {
  FieldSelection bound;
  for (const auto& [name, children] : raw.children) {
    int index = resource.IndexOf(name);
    if (index < 0 || !resource.field(index).Has(kOut)) {
      return Fail(InvalidArgument("'" + name + "' is not a field of " + std::string(resource.name())));
    }
    const Field& f = resource.field(index);
    FieldSelection child;
    if (!children.empty()) {
      if (f.IsScalar()) {
        return Fail(InvalidArgument("'" + name + "' has no fields to select"));
      }
      APB_TRY(child, BindSelection(children, *resource.Target(index)));
    }
    bound.children.emplace(std::string(f.name), std::move(child));
  }
  return bound;
}

}  // namespace apbridge::model
