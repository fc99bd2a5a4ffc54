// A resource of the catalog (invoice-header, supplier, coupa-pay-payment, ...).
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/custom_field.hpp"
#include "model/field.hpp"
#include "model/projection.hpp"

namespace apbridge::model {

// The declaration of a resource, as constant data in a catalog_*.cpp file.
struct ResourceDef {
  std::string_view name;          // singular wire name and XML root: "invoice-header"
  std::string_view plural;        // XML list root: "invoice-headers"
  std::string_view table;         // storage table: "invoice_headers"; empty: never stored
  std::span<const Field> fields;  // "id" first
  // Fields that identify a record to people and to look-ups by value
  // (supplier: name, number); shallow responses render them with the id.
  std::span<const std::string_view> natural_keys = {};
  // The fixed shape a record has when embedded in another (a supplier in an
  // invoice, a user anywhere), in Coupa's element order; its associations are
  // embedded in their own shapes. Empty: its API-out scalars.
  std::span<const std::string_view> embedded = {};
  // Coupa's element order of a full record: these fields, "*" standing for the
  // other API-out scalars (after the list when absent), then the other
  // associations, each in declaration order.
  std::span<const std::string_view> order = {};
};

// A resolved resource: its declaration plus look-up indexes. Immutable after
// the Catalog builds it; safe to share between threads.
class Resource {
 public:
  // `custom`: the instance's custom fields of this resource, appended after
  // the declared fields (so compile-time handles keep their indexes).
  explicit Resource(const ResourceDef& def, std::vector<CustomFieldDef> custom = {});
  Resource(const Resource&) = delete;  // its custom fields view its own strings
  Resource& operator=(const Resource&) = delete;

  [[nodiscard]] const ResourceDef& def() const { return *def_; }
  [[nodiscard]] std::string_view name() const { return def_->name; }
  [[nodiscard]] std::string_view plural() const { return def_->plural; }
  [[nodiscard]] std::string_view table() const { return def_->table; }
  [[nodiscard]] std::span<const Field> fields() const { return fields_; }
  [[nodiscard]] const Field& field(int index) const { return fields_[static_cast<size_t>(index)]; }
  [[nodiscard]] int field_count() const { return static_cast<int>(fields_.size()); }
  [[nodiscard]] std::span<const std::string_view> natural_keys() const { return def_->natural_keys; }

  // Index of a field by wire name, accepting dashes or underscores and any
  // case ("invoice_number", "Invoice-Number"); -1 if unknown. Custom fields
  // live under custom-fields and are found by CustomIndexOf instead.
  [[nodiscard]] int IndexOf(std::string_view name) const;
  [[nodiscard]] const Field* Find(std::string_view name) const {
    int i = IndexOf(name);
    return i < 0 ? nullptr : &fields_[static_cast<size_t>(i)];
  }
  // The index of the custom-fields element; -1 when the resource takes none.
  [[nodiscard]] int custom_fields_index() const { return custom_fields_index_; }
  // Index of a custom field by name (dashes or underscores, any case); -1 if unknown.
  [[nodiscard]] int CustomIndexOf(std::string_view name) const;
  [[nodiscard]] const std::vector<CustomFieldDef>& custom_field_defs() const { return custom_defs_; }
  // The resolved target of a reference or collection field (set by Catalog).
  [[nodiscard]] const Resource* Target(int index) const { return targets_[index]; }
  // Collection fields of other resources that own records of this one, as
  // owner-column names ("invoice_header_id"): the columns its table needs.
  [[nodiscard]] const std::vector<std::string>& owner_columns() const { return owner_columns_; }
  // A built-in projection of this resource (built by the Catalog).
  [[nodiscard]] const ProjectionPtr& projection(Shape shape) const {
    return projections_[static_cast<size_t>(shape)];
  }

 private:
  friend class Catalog;
  const ResourceDef* def_;
  std::vector<CustomFieldDef> custom_defs_;
  std::vector<std::vector<std::string_view>> custom_allowed_;  // viewing custom_defs_
  std::vector<Field> fields_;                                  // declared, then custom
  int custom_fields_index_ = -1;
  std::unordered_map<std::string, int> index_;
  std::unordered_map<std::string, int> custom_index_;
  std::vector<const Resource*> targets_;
  std::vector<std::string> owner_columns_;
  std::array<ProjectionPtr, 4> projections_;
};

}  // namespace apbridge::model
