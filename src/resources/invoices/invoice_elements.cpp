// ElementRules and CheckRequired: the element rules, field by field, driven by
// the catalog's flags.
#include "resources/invoices/invoice_elements.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "common/text.hpp"

namespace apbridge::resources::invoices {
namespace {

using model::RecordList;
using model::RecordPtr;
using model::Value;

bool Missing(const Value& value) {
  if (NullOrAbsent(value)) return true;
  if (const auto* text = std::get_if<std::string>(&value)) return Trim(*text).empty();
  if (std::holds_alternative<RecordPtr>(value)) return !ReferencedId(value).has_value();
  return false;
}

// The fields beyond the catalog's Required that an invoice cannot do without.
bool NeededByCoupa(std::string_view name) { return name == "supplier" || name == "currency"; }

}  // namespace

Status ElementRules::Apply(const model::Record& sent, const model::Record& stored, std::string_view path,
                           std::initializer_list<int> handled, model::Record& merged) {
  const model::Resource& resource = sent.resource();
  for (int i = 0; i < resource.field_count(); ++i) {
    const model::Field& f = resource.field(i);
    if (!sent.Has(i) || f.IsCustomFields() || std::find(handled.begin(), handled.end(), i) != handled.end()) {
      continue;
    }
    if (DescribesTheCopy(f)) continue;
    const Value& value = sent.Get(i);
    const Value& before = stored.Get(i);
    const std::string element = ElementPath(path, f.name);
    if (!f.Has(model::kIn) || f.type == model::FieldType::kCollection) {
      if (Unchanged(f, value, before) || (options_.lenient && !f.Has(model::kIn))) continue;
      errors_.Add(element, f.Has(model::kIn) ? "cannot be changed through this route" : "is read-only");
      continue;
    }
    if (f.Has(model::kRequired) && std::holds_alternative<model::Null>(value)) {
      errors_.Add(element, "is required");
      continue;
    }
    if (f.type == model::FieldType::kReference) {
      const model::Resource& target = *resource.Target(i);
      const std::optional<int64_t> id = ReferencedId(value);
      if (!id && !std::holds_alternative<model::Null>(value)) {
        errors_.Add(element, fmt::format("needs the id of a {}", target.name()));
        continue;
      }
      if (id) {
        auto found = uow_.Get(*id, *target.projection(model::Shape::kLimited));
        if (!found) {
          if (found.error().code != ErrorCode::kNotFound) return Fail(found.error());
          errors_.Add(element, fmt::format("names no {} with id {}", target.name(), *id));
          continue;
        }
      }
    }
    if (!Unchanged(f, value, before)) merged.Set(i, value);
  }
  return Ok();
}

void CheckRequired(const model::Record& invoice, FieldErrors& errors) {
  const model::Resource& header = invoice.resource();
  for (int i = 0; i < header.field_count(); ++i) {
    const model::Field& f = header.field(i);
    const bool required =
        (f.Has(model::kRequired) && f.type != model::FieldType::kCollection) || NeededByCoupa(f.name);
    if (required && Missing(invoice.Get(i))) errors.Add(f.name, "is required");
  }
  const int lines = header.IndexOf("invoice-lines");
  const auto* items = std::get_if<RecordList>(&invoice.Get(lines));
  if (items == nullptr) return;
  for (size_t n = 0; n < items->size(); ++n) {
    const model::Record& line = *(*items)[n];
    for (int i = 0; i < line.resource().field_count(); ++i) {
      const model::Field& f = line.resource().field(i);
      if (f.Has(model::kRequired) && Missing(line.Get(i))) {
        errors.Add(fmt::format("invoice-lines[{}].{}", n, f.name), "is required");
      }
    }
  }
}

}  // namespace apbridge::resources::invoices
