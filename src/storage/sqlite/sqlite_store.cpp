// SqliteStore: the connection pool and units of work over it.
#include "storage/sqlite/sqlite_store.hpp"

#include "storage/sql/record_repository.hpp"
#include "storage/sql/schema.hpp"
#include "storage/sqlite/connection.hpp"

namespace apbridge::storage::sqlite {
namespace {

// A transaction on a pooled connection; rolls back unless committed and
// returns the connection to the pool when destroyed.
class SqliteUnitOfWork final : public UnitOfWork {
 public:
  SqliteUnitOfWork(SqliteStore& store, std::unique_ptr<Connection> conn)
      : store_(store), conn_(std::move(conn)), repo_(*conn_, &store.page_cursors()) {}
  ~SqliteUnitOfWork() override {
    if (!done_) (void)conn_->Exec("ROLLBACK");
    store_.Release(std::move(conn_));
  }

  Result<model::RecordList> Find(const query::Query& q, const model::Projection& projection) override {
    return repo_.Find(q, projection);
  }
  Result<int64_t> Count(const query::Query& q) override { return repo_.Count(q); }
  Result<model::RecordPtr> Get(int64_t id, const model::Projection& projection) override {
    return repo_.Get(id, projection);
  }
  Result<int64_t> Insert(const model::Record& record, const std::optional<Owner>& owner) override {
    return repo_.Insert(record, owner);
  }
  Status Update(const model::Record& changes) override { return repo_.Update(changes); }
  Status Delete(const model::Resource& r, int64_t id) override { return repo_.Delete(r, id); }
  Status Commit() override {
    APB_TRY_STATUS(repo_.BeforeCommit());
    auto status = conn_->Exec("COMMIT");
    if (!status) return status;  // the destructor rolls back
    done_ = true;
    return Ok();
  }

 private:
  SqliteStore& store_;
  std::unique_ptr<Connection> conn_;
  sql::RecordRepository repo_;
  bool done_ = false;
};

}  // namespace

SqliteStore::SqliteStore(std::string path, const model::Catalog& catalog)
    : path_(std::move(path)), catalog_(catalog) {}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(std::string path, const model::Catalog& catalog) {
  std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(path), catalog));
  APB_TRY(auto conn, store->Acquire());  // fails early on an unusable path
  store->Release(std::move(conn));
  return store;
}

Result<std::unique_ptr<Connection>> SqliteStore::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      return conn;
    }
  }
  return Connection::Open(path_);
}

void SqliteStore::Release(std::unique_ptr<Connection> connection) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(connection));
}

Result<std::unique_ptr<UnitOfWork>> SqliteStore::Begin(Access access) {
  APB_TRY(auto conn, Acquire());
  auto status = conn->Exec(access == Access::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  if (!status) {
    Release(std::move(conn));
    return Fail(status.error());
  }
  return std::unique_ptr<UnitOfWork>(new SqliteUnitOfWork(*this, std::move(conn)));
}

Status SqliteStore::Ping() {
  APB_TRY(auto conn, Acquire());
  auto rows = conn->Query(sql::Statement{"SELECT 1", {}});
  Release(std::move(conn));
  if (!rows) return Fail(rows.error());
  return Ok();
}

template <class Change>
Status SqliteStore::ChangeSchema(Change change) {
  APB_TRY(auto conn, Acquire());
  auto status = conn->Exec("BEGIN IMMEDIATE");
  if (status) status = change(*conn);
  if (status) status = conn->Exec("COMMIT");
  if (!status) (void)conn->Exec("ROLLBACK");
  Release(std::move(conn));
  return status;
}

Status SqliteStore::Migrate() {
  return ChangeSchema([this](Connection& conn) { return sql::MigrateSchema(conn, catalog_); });
}

Status SqliteStore::DropIndexes() {
  return ChangeSchema([this](Connection& conn) { return sql::DropIndexes(conn, catalog_); });
}

}  // namespace apbridge::storage::sqlite
