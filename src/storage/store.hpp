// Storage interfaces: a Store hands out units of work that read and write records.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "model/projection.hpp"
#include "model/record.hpp"
#include "query/query.hpp"

namespace apbridge::storage {

// The owner of a record being inserted into a collection: the column in the
// record's table that points back (Field::via) and the owner's id.
struct Owner {
  std::string column;
  int64_t id = 0;
};

// A transaction. Rolls back on destruction unless Commit() succeeded.
// Not thread-safe: one unit of work belongs to one request/thread.
class UnitOfWork {
 public:
  virtual ~UnitOfWork();

  // The page of records matching `query`, holding exactly the fields of
  // `projection` (of query.resource), associations loaded as it says, the
  // rest model::Absent. Never NotFound.
  [[nodiscard]] virtual Result<model::RecordList> Find(const query::Query& query,
                                                       const model::Projection& projection) = 0;
  // How many records match `query` (its page is ignored).
  [[nodiscard]] virtual Result<int64_t> Count(const query::Query& query) = 0;
  // One record of projection.resource() by id, loaded as Find loads. NotFound
  // when there is none.
  [[nodiscard]] virtual Result<model::RecordPtr> Get(int64_t id, const model::Projection& projection) = 0;
  // Inserts the record and, recursively, the items of its collection fields.
  // References are stored by the id of the referenced record (which must be
  // set). An "id" in the record is kept; otherwise one is assigned. Returns it.
  [[nodiscard]] virtual Result<int64_t> Insert(const model::Record& record,
                                               const std::optional<Owner>& owner = std::nullopt) = 0;
  // Writes the scalar and reference fields present in `changes` (which must
  // have an id) to that record. NotFound when there is none. Collections in
  // `changes` are ignored: add items with Insert and an Owner.
  [[nodiscard]] virtual Status Update(const model::Record& changes) = 0;
  // Compare-and-set: writes `changes` as Update does, but only while every
  // scalar or reference field present in `expected` (same resource; its id is
  // ignored) still holds that value in the stored record (a Null expects
  // NULL). True when it wrote; false when the record no longer matches
  // (another writer changed it first) or does not exist. This is how two
  // servers on one database claim a step: one of them gets true.
  [[nodiscard]] virtual Result<bool> UpdateIf(const model::Record& changes,
                                              const model::Record& expected) = 0;
  // Deletes a record and the records it owns. NotFound when there is none.
  [[nodiscard]] virtual Status Delete(const model::Resource& resource, int64_t id) = 0;
  // Makes the writes durable. On failure the unit of work is rolled back.
  [[nodiscard]] virtual Status Commit() = 0;
};

// Every record matching `query` (its page is ignored), page after page of
// `page_size`, in its order: for the small internal lists (filters, custom
// fields) that have no page of their own.
[[nodiscard]] Result<model::RecordList> FindAll(UnitOfWork& uow, query::Query query,
                                                const model::Projection& projection, int page_size = 500);

// A database. Thread-safe: each thread begins its own units of work.
class Store {
 public:
  enum class Access { kRead, kWrite };

  virtual ~Store();
  [[nodiscard]] virtual Result<std::unique_ptr<UnitOfWork>> Begin(Access access) = 0;
  // Unavailable when the database cannot answer.
  [[nodiscard]] virtual Status Ping() = 0;
  // Brings the schema up to the catalog (idempotent), indexes included.
  [[nodiscard]] virtual Status Migrate() = 0;
  // For bulk loads: drops the secondary indexes so that inserts need not
  // maintain them row by row; Migrate() builds them again. Meanwhile reads
  // stay correct, only slower.
  [[nodiscard]] virtual Status DropIndexes() = 0;
};

}  // namespace apbridge::storage
