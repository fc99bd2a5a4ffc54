// SqlUnitOfWork: the transaction's verbs on its connection, the rest through RecordRepository.
#include "storage/sql/sql_unit_of_work.hpp"

#include "storage/sql/sql_store.hpp"

namespace apbridge::storage::sql {

SqlUnitOfWork::SqlUnitOfWork(SqlStore& store, std::unique_ptr<Connection> connection)
    : store_(store), connection_(std::move(connection)), repository_(*connection_, &store.page_cursors()) {}

SqlUnitOfWork::~SqlUnitOfWork() {
  if (!committed_) (void)connection_->Rollback();
  store_.Release(std::move(connection_));
}

Result<model::RecordList> SqlUnitOfWork::Find(const query::Query& query,
                                              const model::Projection& projection) {
  return repository_.Find(query, projection);
}

Result<int64_t> SqlUnitOfWork::Count(const query::Query& query) { return repository_.Count(query); }

Result<model::RecordPtr> SqlUnitOfWork::Get(int64_t id, const model::Projection& projection) {
  return repository_.Get(id, projection);
}

Result<int64_t> SqlUnitOfWork::Insert(const model::Record& record, const std::optional<Owner>& owner) {
  return repository_.Insert(record, owner);
}

Status SqlUnitOfWork::Update(const model::Record& changes) { return repository_.Update(changes); }

Result<bool> SqlUnitOfWork::UpdateIf(const model::Record& changes, const model::Record& expected) {
  return repository_.UpdateIf(changes, expected);
}

Status SqlUnitOfWork::Delete(const model::Resource& resource, int64_t id) {
  return repository_.Delete(resource, id);
}

Status SqlUnitOfWork::Commit() {
  APB_TRY_STATUS(repository_.BeforeCommit());
  APB_TRY_STATUS(connection_->Commit());  // on failure the destructor rolls back
  committed_ = true;
  return Ok();
}

}  // namespace apbridge::storage::sql
