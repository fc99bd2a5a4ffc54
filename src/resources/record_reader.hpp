// Reads of any catalog resource: show by id and index by query.
#pragma once

#include "storage/store.hpp"

namespace apbridge::resources {

// Stateless apart from the store it borrows; thread-safe.
class RecordReader {
 public:
  explicit RecordReader(storage::Store& store) : store_(store) {}

  // The record, or NotFound.
  [[nodiscard]] Result<model::RecordPtr> Show(const model::Resource& resource, int64_t id,
                                              const storage::LoadPlan& plan) const;
  // One page of records matching the query (possibly empty).
  [[nodiscard]] Result<model::RecordList> Index(const query::Query& query,
                                                const storage::LoadPlan& plan) const;

 private:
  storage::Store& store_;
};

}  // namespace apbridge::resources
