// Records: the values of one resource instance, indexed like its fields.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common/decimal.hpp"
#include "common/timestamp.hpp"
#include "model/field_ref.hpp"
#include "model/resource.hpp"

namespace apbridge::model {

class Record;
using RecordPtr = std::shared_ptr<Record>;
using RecordList = std::vector<RecordPtr>;

// Not loaded / not given (skipped when rendering, untouched when updating).
struct Absent {
  friend bool operator==(Absent, Absent) { return true; }
};
// An explicit null (`nil="true"`, JSON null).
struct Null {
  friend bool operator==(Null, Null) { return true; }
};

// A field's value. kString/kText/kEnum hold std::string; kDecimal/kFloat hold
// Decimal; kReference holds RecordPtr (possibly only its id); kCollection
// holds RecordList.
using Value =
    std::variant<Absent, Null, int64_t, bool, Decimal, Timestamp, std::string, RecordPtr, RecordList>;

// One record. Not thread-safe to mutate; share as `const` once built.
class Record {
 public:
  explicit Record(const Resource& resource)
      : resource_(&resource), values_(static_cast<size_t>(resource.field_count())) {}

  static RecordPtr Make(const Resource& resource) { return std::make_shared<Record>(resource); }

  [[nodiscard]] const Resource& resource() const { return *resource_; }
  [[nodiscard]] const Value& Get(int index) const { return values_[static_cast<size_t>(index)]; }
  // By wire name; a name the resource lacks is a bug (throws std::logic_error).
  [[nodiscard]] const Value& Get(std::string_view name) const;
  void Set(int index, Value v) { values_[static_cast<size_t>(index)] = std::move(v); }
  void Set(std::string_view name, Value v);
  [[nodiscard]] bool Has(int index) const { return !std::holds_alternative<Absent>(Get(index)); }

  // By compile-time handle (model/fields.hpp). A handle of another resource
  // is a bug (throws std::logic_error).
  template <class T>
  void Set(FieldRef<T> field, std::type_identity_t<T> value) {
    values_[Slot(field.resource, field.index)] = std::move(value);
  }
  template <class T>
  void SetNull(FieldRef<T> field) {
    values_[Slot(field.resource, field.index)] = Null{};
  }
  // The value, or null when there is none.
  template <class T>
  void SetOrNull(FieldRef<T> field, std::type_identity_t<std::optional<T>> value) {
    if (value) {
      Set(field, *std::move(value));
    } else {
      SetNull(field);
    }
  }
  // The value, or nullptr when the field is absent, null or holds another type.
  template <class T>
  [[nodiscard]] const T* Get(FieldRef<T> field) const {
    return std::get_if<T>(&values_[Slot(field.resource, field.index)]);
  }
  template <class T>
  [[nodiscard]] T GetOr(FieldRef<T> field, std::type_identity_t<T> fallback) const {
    const T* value = Get(field);
    return value != nullptr ? *value : std::move(fallback);
  }

  // The "id" field, if set.
  [[nodiscard]] std::optional<int64_t> id() const;

  // Typed reads that treat Absent/Null/other types as "none".
  [[nodiscard]] std::optional<std::string> GetString(std::string_view name) const;
  [[nodiscard]] std::optional<int64_t> GetInt(std::string_view name) const;
  [[nodiscard]] std::optional<bool> GetBool(std::string_view name) const;
  [[nodiscard]] std::optional<Decimal> GetDecimal(std::string_view name) const;
  [[nodiscard]] std::optional<Timestamp> GetTime(std::string_view name) const;
  [[nodiscard]] RecordPtr GetRecord(std::string_view name) const;
  [[nodiscard]] const RecordList* GetList(std::string_view name) const;

 private:
  [[nodiscard]] size_t Slot(const ResourceDef* def, int index) const {
    if (def != &resource_->def()) WrongResource(*def);
    return static_cast<size_t>(index);
  }
  [[noreturn]] void WrongResource(const ResourceDef& def) const;

  const Resource* resource_;
  std::vector<Value> values_;
};

}  // namespace apbridge::model
