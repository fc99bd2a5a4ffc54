// An instance's custom fields (Coupa: Setup > Custom Fields), which ERPs use
// to write their own document numbers back on invoices. Defined at run time
// (apbridge custom-fields add), they become fields of their resource, flagged
// kCustom, rendered, read and queried under its custom-fields element.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "model/field.hpp"

namespace apbridge::model {

class Catalog;

enum class CustomFieldType : uint8_t { kString, kBoolean, kInteger, kDecimal, kDate };

// The names `apbridge custom-fields add --type` takes.
inline constexpr std::string_view kCustomFieldTypeNames[] = {"string", "boolean", "integer", "decimal",
                                                             "date"};

[[nodiscard]] std::optional<CustomFieldType> ParseCustomFieldType(std::string_view name);
[[nodiscard]] std::string_view NameOf(CustomFieldType type);

struct CustomFieldDef {
  std::string resource;  // singular wire name: "invoice-header"
  std::string name;      // wire name: "erp-document-number"
  CustomFieldType type = CustomFieldType::kString;
  std::vector<std::string> values;  // kString: the allowable values; empty: any text
};

// Whether `def` can be added to `catalog`: a resource with a custom-fields
// element, a name of letters, digits, '-' and '_' (64 at most, a letter
// first), values only on strings. InvalidArgument says which rule failed.
[[nodiscard]] Status ValidateCustomField(const Catalog& catalog, const CustomFieldDef& def);

// The field `def` becomes, its strings viewing `def` and `allowed` (which
// must outlive it): In, Out, queryable and indexed (ERPs look invoices up by
// them).
[[nodiscard]] Field FieldOf(const CustomFieldDef& def, std::span<const std::string_view> allowed);

}  // namespace apbridge::model
