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

std::vector<int64_t> ItemIds(const Value& value) {
  std::vector<int64_t> ids;
  if (const auto* items = std::get_if<RecordList>(&value)) {
    for (const RecordPtr& item : *items) ids.push_back(item != nullptr ? item->id().value_or(0) : 0);
  }
  return ids;
}

bool IsNull(const Value& value) {
  return std::holds_alternative<model::Null>(value) || std::holds_alternative<model::Absent>(value);
}

bool Missing(const Value& value) {
  if (IsNull(value)) return true;
  if (const auto* text = std::get_if<std::string>(&value)) return Trim(*text).empty();
  if (std::holds_alternative<RecordPtr>(value)) return !ReferencedId(value).has_value();
  return false;
}

// The fields beyond the catalog's Required that an invoice cannot do without.
bool NeededByCoupa(std::string_view name) { return name == "supplier" || name == "currency"; }

}  // namespace

std::optional<int64_t> ReferencedId(const Value& value) {
  const auto* ref = std::get_if<RecordPtr>(&value);
  return ref != nullptr && *ref != nullptr ? (*ref)->id() : std::nullopt;
}

bool Unchanged(const model::Field& f, const Value& sent, const Value& stored) {
  if (f.type == model::FieldType::kReference) return ReferencedId(sent) == ReferencedId(stored);
  if (f.type == model::FieldType::kCollection) return ItemIds(sent) == ItemIds(stored);
  if (IsNull(sent) || IsNull(stored)) return IsNull(sent) == IsNull(stored);
  return sent == stored;
}

std::string ElementPath(std::string_view path, std::string_view name) {
  return path.empty() ? std::string(name) : fmt::format("{}.{}", path, name);
}

Status ElementRules::Apply(const model::Record& sent, const model::Record& stored, std::string_view path,
                           std::initializer_list<int> handled, model::Record& merged) {
  const model::Resource& resource = sent.resource();
  for (int i = 0; i < resource.field_count(); ++i) {
    const model::Field& f = resource.field(i);
    if (!sent.Has(i) || f.IsCustomFields() || std::find(handled.begin(), handled.end(), i) != handled.end()) {
      continue;
    }
    // They describe the copy the client read, which moved on at the last write.
    if (f.name == "updated-at" || f.name == "updated-by") continue;
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
