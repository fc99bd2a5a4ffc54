// The Store of every SQL backend: a pool of the backend's connections, schema
// changes in one write transaction, page cursors shared by the units of work.
#pragma once

#include <memory>
#include <mutex>
#include <vector>

#include "model/catalog.hpp"
#include "storage/sql/connection.hpp"
#include "storage/sql/page_cursors.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::sql {

// A Store over connections from `connect`. Connections are pooled: a unit of
// work checks one out for its lifetime and gives it back when destroyed, so
// each worker thread effectively owns one; the pool grows to the number of
// units of work open at once. Thread-safe. Borrows the catalog; every unit of
// work must end before the store is destroyed.
class SqlStore final : public Store {
 public:
  // Opens one connection at once, so that an unusable database fails here.
  [[nodiscard]] static Result<std::unique_ptr<SqlStore>> Open(ConnectionFactory connect,
                                                              const model::Catalog& catalog);

  [[nodiscard]] Result<std::unique_ptr<UnitOfWork>> Begin(Access access) override;
  [[nodiscard]] Status Ping() override;
  [[nodiscard]] Status Migrate() override;
  [[nodiscard]] Status DropIndexes() override;

  // Returns a connection to the pool (called by units of work).
  void Release(std::unique_ptr<Connection> connection);
  // Page ends shared by the units of work (keyset continuation).
  PageCursors& page_cursors() { return cursors_; }

 private:
  SqlStore(ConnectionFactory connect, const model::Catalog& catalog)
      : connect_(std::move(connect)), catalog_(catalog) {}
  Result<std::unique_ptr<Connection>> Acquire();
  // Runs a schema change in one write transaction.
  template <class Change>
  Status ChangeSchema(Change change);

  ConnectionFactory connect_;
  const model::Catalog& catalog_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
  PageCursors cursors_;
};

}  // namespace apbridge::storage::sql
