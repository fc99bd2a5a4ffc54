// Binding field selections against the catalog.
#include "model/field_selection.hpp"

#include "model/resource.hpp"

namespace apbridge::model {
namespace {

// custom_fields: [names]: the resource's own custom fields, by their names.
Result<FieldSelection> BindCustomSelection(const FieldSelection& raw, const Resource& resource) {
  FieldSelection bound;
  for (const auto& [name, children] : raw.children) {
    const int index = resource.CustomIndexOf(name);
    if (index < 0) {
      return Fail(InvalidArgument("'" + name + "' is not a custom field of " + std::string(resource.name())));
    }
    if (!children.empty()) return Fail(InvalidArgument("'" + name + "' has no fields to select"));
    bound.children.emplace(std::string(resource.field(index).name), FieldSelection{});
  }
  return bound;
}

}  // namespace

Result<FieldSelection> BindSelection(const FieldSelection& raw, const Resource& resource) {
  FieldSelection bound;
  for (const auto& [name, children] : raw.children) {
    int index = resource.IndexOf(name);
    if (index < 0 || !resource.field(index).Has(kOut)) {
      return Fail(InvalidArgument("'" + name + "' is not a field of " + std::string(resource.name())));
    }
    const Field& f = resource.field(index);
    FieldSelection child;
    if (!children.empty() && f.IsCustomFields()) {
      APB_TRY(child, BindCustomSelection(children, resource));
    } else if (!children.empty()) {
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
