// Custom field definitions: their types, rules and fields.
#include "model/custom_field.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "model/catalog.hpp"

namespace apbridge::model {

std::optional<CustomFieldType> ParseCustomFieldType(std::string_view name) {
  const std::string lower = AsciiLower(name);
  for (size_t i = 0; i < std::size(kCustomFieldTypeNames); ++i) {
    if (kCustomFieldTypeNames[i] == lower) return static_cast<CustomFieldType>(i);
  }
  return std::nullopt;
}

std::string_view NameOf(CustomFieldType type) { return kCustomFieldTypeNames[static_cast<size_t>(type)]; }

namespace {

bool ValidName(std::string_view name) {
  constexpr size_t kMaxLength = 64;
  if (name.empty() || name.size() > kMaxLength) return false;
  if (name.front() < 'a' || name.front() > 'z') return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

Status ValidateCustomField(const Catalog& catalog, const CustomFieldDef& def) {
  const Resource* resource = catalog.Find(def.resource);
  if (resource == nullptr || resource->custom_fields_index() < 0) {
    return Fail(InvalidArgument("resource " + Quoted(def.resource) +
                                " takes no custom fields (invoice-header and invoice-line do)"));
  }
  if (!ValidName(def.name)) {
    return Fail(InvalidArgument("custom field name " + Quoted(def.name) +
                                ": a lower-case letter, then lower-case letters, digits or '-', 64 at most"));
  }
  if (!def.values.empty() && def.type != CustomFieldType::kString) {
    return Fail(InvalidArgument("only string custom fields take a list of values"));
  }
  for (const std::string& value : def.values) {
    if (Trim(value).empty()) return Fail(InvalidArgument("a custom field's values cannot be blank"));
  }
  return Ok();
}

Field FieldOf(const CustomFieldDef& def, std::span<const std::string_view> allowed) {
  constexpr uint16_t kFlags = kInOut | kIndexed | kCustom;
  constexpr uint32_t kStringLength = 255;
  const std::string_view name = def.name;
  switch (def.type) {
    case CustomFieldType::kString:
      return allowed.empty() ? Str(name, kStringLength, kFlags) : Enum(name, allowed, kFlags);
    case CustomFieldType::kBoolean:
      return Bool(name, kFlags);
    case CustomFieldType::kInteger:
      return Int(name, kFlags);
    case CustomFieldType::kDecimal:
      return Dec(name, 32, 4, kFlags);
    case CustomFieldType::kDate:
      return Time(name, kFlags | kLocalDate);
  }
  return Str(name, kStringLength, kFlags);
}

}  // namespace apbridge::model
