// Named response filters: admin-defined field selections that clients apply
// with `filter=<name>` instead of spelling out `fields=[...]` on every call.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "model/api_resources.hpp"
#include "model/catalog.hpp"
#include "model/field_selection.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// One stored filter.
struct ResponseFilter {
  int64_t id = 0;
  std::string name;
  std::string resource;  // the name of one of model::ApiResources()
  std::string fields;    // the JSON selection, as given
  std::string description;
  Timestamp created_at;
  Timestamp updated_at;
};

// What `Create` takes.
struct NewResponseFilter {
  std::string name;
  std::string resource;
  std::string fields;
  std::string description;
};

// Create, list, remove and look up filters. Names compare case-insensitively,
// like every stored text. Thread-safe; borrows the store, catalog and clock.
class ResponseFilters {
 public:
  ResponseFilters(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                  model::SelectionParser parse);

  // Stores a new filter. InvalidArgument (naming the problem) for a name that
  // is empty, too long or not [A-Za-z0-9_-], an unknown resource, or fields
  // that do not parse, select nothing or name a field the resource lacks;
  // Conflict when the name is taken.
  [[nodiscard]] Result<ResponseFilter> Create(const NewResponseFilter& filter) const;
  // Like Create, but an existing filter of that name is kept as it is (an
  // admin may have edited it): idempotent, for demo data.
  [[nodiscard]] Status Ensure(const NewResponseFilter& filter) const;
  // Every filter, by name.
  [[nodiscard]] Result<std::vector<ResponseFilter>> List() const;
  // Deletes the filter. NotFound when there is none of that name.
  [[nodiscard]] Status Remove(std::string_view name) const;
  // The filter of that name. NotFound when there is none.
  [[nodiscard]] Result<ResponseFilter> Find(std::string_view name) const;
  // The selection of filter `name`, bound to `resource` (a catalog resource
  // served by one of model::ApiResources()). NotFound when there is no such filter;
  // InvalidArgument when it is defined for another resource, or its stored
  // fields no longer bind (the catalog changed since it was created).
  [[nodiscard]] Result<model::FieldSelection> SelectionFor(std::string_view name,
                                                           const model::Resource& resource) const;

 private:
  Result<model::FieldSelection> Bind(std::string_view fields, const model::Resource& target) const;
  Result<model::RecordList> FindRecords(storage::UnitOfWork& uow, std::string_view name) const;
  Status Insert(storage::UnitOfWork& uow, const NewResponseFilter& filter) const;

  storage::Store& store_;
  const model::Catalog& catalog_;
  const model::Resource& resource_;
  const Clock& clock_;
  model::SelectionParser parse_;
};

}  // namespace apbridge::resources
