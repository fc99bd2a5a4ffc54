// Reads of any catalog resource: show by id and index by query, each in the
// projection the request asks for.
#pragma once

#include "query/read_request.hpp"
#include "resources/response_filters.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// Stateless apart from what it borrows; thread-safe.
class RecordReader {
 public:
  RecordReader(storage::Store& store, const ResponseFilters& filters) : store_(store), filters_(filters) {}

  // Records as read, with the projection they were loaded in (which is also
  // the shape a response renders them in).
  struct Page {
    model::ProjectionPtr projection;
    model::RecordList records;
  };

  // The record of request.query.resource (one record in the page), or NotFound.
  [[nodiscard]] Result<Page> Show(int64_t id, const query::ReadRequest& request) const;
  // One page of records matching request.query (possibly empty).
  [[nodiscard]] Result<Page> Index(const query::ReadRequest& request) const;

  // What `request` loads: its shape, narrowed by its fields= selection or
  // its named filter. An unknown filter, or one of another resource, is an
  // invalid `filter` parameter (answering the full record instead would
  // export everything).
  [[nodiscard]] Result<model::ProjectionPtr> ProjectionFor(const query::ReadRequest& request) const;

 private:
  storage::Store& store_;
  const ResponseFilters& filters_;
};

}  // namespace apbridge::resources
