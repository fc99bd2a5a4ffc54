// Binding and applying field selections.
#include "model/field_selection.hpp"

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

void Prune(Record& record, const FieldSelection& selection) {
  const Resource& r = record.resource();
  for (int i = 1; i < r.field_count(); ++i) {
    auto it = selection.children.find(std::string(r.field(i).name));
    if (it == selection.children.end()) {
      record.Set(i, Absent{});
      continue;
    }
    if (it->second.empty()) continue;
    if (auto* ref = std::get_if<RecordPtr>(&record.Get(i)); ref && *ref) {
      Prune(**ref, it->second);
    } else if (auto* list = std::get_if<RecordList>(&record.Get(i))) {
      for (const auto& item : *list) Prune(*item, it->second);
    }
  }
}

}  // namespace apbridge::model
