// The instance's custom fields: define, list and remove them (apbridge
// custom-fields), and read the active ones the catalog is built with.
#pragma once

#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "model/custom_field.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// Stored as `custom-field` records. A removed field is marked inactive, not
// deleted: its values stay in their column, and adding it again with the same
// type brings them back (as Coupa keeps the values of a deactivated field).
// Thread-safe; borrows the store, catalog and clock.
class CustomFields {
 public:
  CustomFields(storage::Store& store, const model::Catalog& catalog, const Clock& clock);

  // Defines `def` (names and resources read with dashes or underscores).
  // InvalidArgument for what model::ValidateCustomField refuses, for values
  // holding a line break, and for a removed field added again with another
  // type; Conflict when it is defined already.
  [[nodiscard]] Result<model::CustomFieldDef> Add(model::CustomFieldDef def) const;
  // Like Add, but a field already defined is kept as it is: for demo data.
  [[nodiscard]] Status Ensure(const model::CustomFieldDef& def) const;
  // Every active field, by resource and name: what the catalog is built with.
  [[nodiscard]] Result<std::vector<model::CustomFieldDef>> Active() const;
  // Marks the field removed. NotFound when no active field has that name.
  [[nodiscard]] Status Remove(std::string_view resource, std::string_view name) const;

 private:
  Result<model::RecordList> FindRecords(storage::UnitOfWork& uow, std::string_view resource,
                                        std::string_view name) const;

  storage::Store& store_;
  const model::Catalog& catalog_;
  const model::Resource& resource_;
  const Clock& clock_;
};

}  // namespace apbridge::resources
