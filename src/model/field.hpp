// One field of a resource, declared once: its wire name, type and API rules.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace apbridge::model {

enum class FieldType : uint8_t {
  kInteger,
  kString,   // string(N): `length` is N, 0 = unlimited
  kText,     // long text
  kDecimal,  // decimal(precision, scale), exact
  kFloat,    // Coupa's float (tax-rate): kept exact as a decimal, typed "float"
  kBoolean,
  kDateTime,
  kEnum,        // string with `allowed` values
  kReference,   // one associated record of resource `target`
  kCollection,  // many owned records of resource `target`
  // The `custom-fields` element: no value of its own; the record's kCustom
  // fields render inside it ({name: value} in JSON).
  kCustomFields,
};

// Bit flags of a field.
enum FieldFlag : uint16_t {
  kIn = 1 << 0,         // API In: writable through the API
  kOut = 1 << 1,        // API Out: rendered in responses
  kRequired = 1 << 2,   // must be present on create
  kUnique = 1 << 3,     // unique across the resource
  kIndexed = 1 << 4,    // integrations filter on it: the store keeps an index
  kQueryable = 1 << 5,  // the query language filters and orders on it (every API-out field)
  kLocalDate = 1 << 6,  // a calendar date (invoice-date, due dates): stored as that day's wall-clock
                        // time in UTC, rendered at the same wall-clock time in the instance's zone
  kShared = 1 << 7,     // a collection of shared records linked through a join table (Links)
  kCustom = 1 << 8,     // an instance's custom field (apbridge custom-fields add): rendered, read
                        // and queried under the resource's custom-fields element
  kNotMoney = 1 << 9,   // a decimal that is no amount (quantity, weight, rate): written with the
                        // digits it has ("36.0"), where money keeps two ("36.00")
  kInOut = kIn | kOut,
};

// What the short constructors add: Coupa answers queries "by all fields" of
// the payload, so every API-out field is queryable.
constexpr uint16_t WithDefaults(uint16_t flags) { return (flags & kOut) != 0 ? flags | kQueryable : flags; }

struct Field {
  std::string_view name;  // wire name: "invoice-number"
  FieldType type = FieldType::kString;
  uint16_t flags = kOut;
  uint32_t length = 0;  // kString, kText: max characters (0 = unlimited)
  uint8_t precision = 0;
  uint8_t scale = 0;             // kDecimal / kFloat: fraction digits stored
  std::string_view target = {};  // kReference / kCollection: resource name
  // kCollection: the owner column in the target's table, or (kShared) the
  // join table; a scalar alias (IdOf): the column of the reference it mirrors.
  std::string_view via = {};
  std::span<const std::string_view> allowed = {};  // kEnum: allowable values
  std::string_view description = {};
  std::string_view csv = {};  // its column in Coupa's flat files ("Invoice Number"); empty: none

  // This field with its flat-file column, for catalog tables: Str(...).Csv("Invoice Number").
  [[nodiscard]] constexpr Field Csv(std::string_view column) const {
    Field f = *this;
    f.csv = column;
    return f;
  }

  // This text field limited to `characters` (internal-note: 65535).
  [[nodiscard]] constexpr Field MaxLength(uint32_t characters) const {
    Field f = *this;
    f.length = characters;
    return f;
  }
  // This field kept at `digits` fraction digits: Coupa's float columns that
  // hold money (Float("shipping-amount", ...).Scale(2)) stay exact cents.
  [[nodiscard]] constexpr Field Scale(uint8_t digits) const {
    Field f = *this;
    f.scale = digits;
    return f;
  }

  [[nodiscard]] bool Has(FieldFlag f) const { return (flags & f) != 0; }
  [[nodiscard]] bool IsScalar() const {
    return type != FieldType::kReference && type != FieldType::kCollection && !IsCustomFields();
  }
  [[nodiscard]] bool IsCustomFields() const { return type == FieldType::kCustomFields; }
  // Stored in a column of the resource's own table: scalars (aliases read
  // another field's) and references (the id).
  [[nodiscard]] bool HasColumn() const { return IsScalar() || type == FieldType::kReference; }
  // Written to its own column: what HasColumn says, less aliases and the id.
  [[nodiscard]] bool WritesColumn() const { return HasColumn() && !IsAlias(); }
  // Many-to-many: records that exist on their own, linked through a join table.
  [[nodiscard]] bool IsLinks() const { return type == FieldType::kCollection && Has(kShared); }
  // An owned collection: its items belong to the record (owner column in their table).
  [[nodiscard]] bool IsOwned() const { return type == FieldType::kCollection && !Has(kShared); }
  // A scalar that renders another field's column (IdOf): never written on its own.
  [[nodiscard]] bool IsAlias() const { return IsScalar() && !via.empty(); }
  // The name of one item of a collection, singular as Rails writes XML
  // array items: "payment-details" -> "payment-detail", "remit-to-addresses"
  // -> "remit-to-address".
  [[nodiscard]] constexpr std::string_view Singular() const {
    if (name.ends_with("sses")) return name.substr(0, name.size() - 2);
    if (name.ends_with('s')) return name.substr(0, name.size() - 1);
    return name;
  }
  // The column that stores this field: snake_case name ("exported?" ->
  // "exported"), with "_id" appended for references, "custom_" before a
  // custom field's; an alias's `via`. Collections have none.
  [[nodiscard]] std::string Column() const;
};

// Short constructors so that catalog tables read like the spec's element table.
constexpr Field Int(std::string_view name, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kInteger, WithDefaults(flags), 0, 0, 0, {}, {}, {}, d};
}
constexpr Field Str(std::string_view name, uint32_t length, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kString, WithDefaults(flags), length, 0, 0, {}, {}, {}, d};
}
constexpr Field Text(std::string_view name, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kText, WithDefaults(flags), 0, 0, 0, {}, {}, {}, d};
}
constexpr Field Dec(std::string_view name, uint8_t precision, uint8_t scale, uint16_t flags,
                    std::string_view d = {}) {
  return Field{name, FieldType::kDecimal, WithDefaults(flags), 0, precision, scale, {}, {}, {}, d};
}
constexpr Field Float(std::string_view name, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kFloat, WithDefaults(flags), 0, 30, 6, {}, {}, {}, d};
}
constexpr Field Bool(std::string_view name, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kBoolean, WithDefaults(flags), 0, 0, 0, {}, {}, {}, d};
}
constexpr Field Time(std::string_view name, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kDateTime, WithDefaults(flags), 0, 0, 0, {}, {}, {}, d};
}
constexpr Field Enum(std::string_view name, std::span<const std::string_view> allowed, uint16_t flags,
                     std::string_view d = {}) {
  return Field{name, FieldType::kEnum, WithDefaults(flags), 255, 0, 0, {}, {}, allowed, d};
}
constexpr Field Ref(std::string_view name, std::string_view target, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kReference, WithDefaults(flags), 0, 0, 0, target, {}, {}, d};
}
constexpr Field Many(std::string_view name, std::string_view target, std::string_view via, uint16_t flags,
                     std::string_view d = {}) {
  return Field{name, FieldType::kCollection, WithDefaults(flags), 0, 0, 0, target, via, {}, d};
}
// Shared records of `target` linked to this one through `join_table`
// (owner_id, target_id, position): the account types of a pay-from account.
constexpr Field Links(std::string_view name, std::string_view target, std::string_view join_table,
                      uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kCollection, WithDefaults(flags | kShared), 0, 0, 0, target, join_table, {},
               d};
}
// The custom-fields element of a resource that takes the instance's custom fields.
constexpr Field CustomFields(std::string_view name, uint16_t flags, std::string_view d = {}) {
  return Field{name, FieldType::kCustomFields, WithDefaults(flags), 0, 0, 0, {}, {}, {}, d};
}
// The id of a reference as an integer field of its own (payment-batch-id
// beside payment-batch), read from that reference's column.
constexpr Field IdOf(std::string_view name, std::string_view reference_column, uint16_t flags,
                     std::string_view d = {}) {
  return Field{name, FieldType::kInteger, WithDefaults(flags), 0, 0, 0, {}, reference_column, {}, d};
}

}  // namespace apbridge::model
