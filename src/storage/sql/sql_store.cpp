// SqlStore: the connection pool, and schema changes and units of work over it.
#include "storage/sql/sql_store.hpp"

#include "storage/sql/schema.hpp"
#include "storage/sql/sql_unit_of_work.hpp"

namespace apbridge::storage::sql {

Result<std::unique_ptr<SqlStore>> SqlStore::Open(ConnectionFactory connect, const model::Catalog& catalog) {
  std::unique_ptr<SqlStore> store(new SqlStore(std::move(connect), catalog));
  APB_TRY(auto connection, store->Acquire());  // fails early on an unusable database
  store->Release(std::move(connection));
  return store;
}

Result<std::unique_ptr<Connection>> SqlStore::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return connection;
    }
  }
  return connect_();  // outside the lock: opening may take a while
}

void SqlStore::Release(std::unique_ptr<Connection> connection) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(connection));
}

Result<std::unique_ptr<UnitOfWork>> SqlStore::Begin(Access access) {
  APB_TRY(auto connection, Acquire());
  auto status = connection->Begin(access);
  if (!status) {
    Release(std::move(connection));
    return Fail(status.error());
  }
  return std::make_unique<SqlUnitOfWork>(*this, std::move(connection));
}

Status SqlStore::Ping() {
  APB_TRY(auto connection, Acquire());
  auto rows = connection->Query(Statement{"SELECT 1", {}});
  Release(std::move(connection));
  if (!rows) return Fail(rows.error());
  return Ok();
}

template <class Change>
Status SqlStore::ChangeSchema(Change change) {
  APB_TRY(auto connection, Acquire());
  auto status = connection->Begin(Access::kWrite);
  if (status) status = change(*connection);
  if (status) status = connection->Commit();
  if (!status) (void)connection->Rollback();
  Release(std::move(connection));
  return status;
}

Status SqlStore::Migrate() {
  return ChangeSchema([this](Connection& connection) { return MigrateSchema(connection, catalog_); });
}

Status SqlStore::DropIndexes() {
  return ChangeSchema([this](Connection& connection) { return sql::DropIndexes(connection, catalog_); });
}

}  // namespace apbridge::storage::sql
