// The UnitOfWork of every SQL backend: one transaction on a pooled connection,
// reads and writes through RecordRepository.
#pragma once

#include <memory>

#include "storage/sql/connection.hpp"
#include "storage/sql/record_repository.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::sql {

class SqlStore;

// A transaction on a connection checked out of `store`. Rolls back on
// destruction unless Commit() succeeded, then gives the connection back to
// the store's pool. Not thread-safe (one request/thread); borrows the store,
// which must outlive it.
class SqlUnitOfWork final : public UnitOfWork {
 public:
  // `connection` is inside the transaction this unit of work is to end.
  SqlUnitOfWork(SqlStore& store, std::unique_ptr<Connection> connection);
  ~SqlUnitOfWork() override;
  SqlUnitOfWork(const SqlUnitOfWork&) = delete;
  SqlUnitOfWork& operator=(const SqlUnitOfWork&) = delete;

  [[nodiscard]] Result<model::RecordList> Find(const query::Query& query,
                                               const model::Projection& projection) override;
  [[nodiscard]] Result<int64_t> Count(const query::Query& query) override;
  [[nodiscard]] Result<model::RecordPtr> Get(int64_t id, const model::Projection& projection) override;
  [[nodiscard]] Result<int64_t> Insert(const model::Record& record,
                                       const std::optional<Owner>& owner) override;
  [[nodiscard]] Status Update(const model::Record& changes) override;
  [[nodiscard]] Result<bool> UpdateIf(const model::Record& changes, const model::Record& expected) override;
  [[nodiscard]] Status Delete(const model::Resource& resource, int64_t id) override;
  [[nodiscard]] Status Commit() override;

 private:
  SqlStore& store_;
  std::unique_ptr<Connection> connection_;
  RecordRepository repository_;
  bool committed_ = false;
};

}  // namespace apbridge::storage::sql
