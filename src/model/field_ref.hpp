// Compile-time handles of catalog fields: code that names a field gets its
// index (and the C++ type of its values) when it compiles, so a misspelt or
// mistyped field is a compile error, not a run-time logic_error.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "common/decimal.hpp"
#include "common/timestamp.hpp"
#include "model/resource.hpp"

namespace apbridge::model {

class Record;
using RecordPtr = std::shared_ptr<Record>;
using RecordList = std::vector<RecordPtr>;

// Field `index` of `resource`, whose values are `T`: int64_t (integer),
// std::string (string, text, enum), Decimal (decimal, float), bool,
// Timestamp (datetime), RecordPtr (reference) or RecordList (collection).
template <class T>
struct FieldRef {
  const ResourceDef* resource;
  int index;
};

namespace internal {

template <class T>
consteval bool Holds(FieldType type) {
  switch (type) {
    case FieldType::kInteger:
      return std::is_same_v<T, int64_t>;
    case FieldType::kString:
    case FieldType::kText:
    case FieldType::kEnum:
      return std::is_same_v<T, std::string>;
    case FieldType::kDecimal:
    case FieldType::kFloat:
      return std::is_same_v<T, Decimal>;
    case FieldType::kBoolean:
      return std::is_same_v<T, bool>;
    case FieldType::kDateTime:
      return std::is_same_v<T, Timestamp>;
    case FieldType::kReference:
      return std::is_same_v<T, RecordPtr>;
    case FieldType::kCollection:
      return std::is_same_v<T, RecordList>;
    case FieldType::kCustomFields:  // holds no value: its custom fields are read one by one
      return false;
  }
  return false;
}

}  // namespace internal

// The handle of field `name` (the catalog's spelling) of `def`. Evaluated by
// the compiler: an unknown name or a `T` that does not match the field's type
// does not compile ("... is not a constant expression" pointing here).
template <class T>
consteval FieldRef<T> FieldOf(const ResourceDef& def, std::string_view name) {
  for (size_t i = 0; i < def.fields.size(); ++i) {
    if (def.fields[i].name != name) continue;
    if (!internal::Holds<T>(def.fields[i].type)) throw std::logic_error("field type does not match");
    return FieldRef<T>{&def, static_cast<int>(i)};
  }
  throw std::logic_error("no such field");
}

// The handle of field `name` of `def` if it has one (nullopt if not; of the
// wrong type: does not compile): for code that works on several resources.
template <class T>
consteval std::optional<FieldRef<T>> OptionalFieldOf(const ResourceDef& def, std::string_view name) {
  for (const Field& field : def.fields) {
    if (field.name == name) return FieldOf<T>(def, name);
  }
  return std::nullopt;
}

}  // namespace apbridge::model
