// The embedded default backend: SQLite in WAL mode, one connection per thread.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "storage/sql/page_cursors.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::sqlite {

class Connection;

// A Store on one SQLite file. Connections are pooled: a unit of work checks
// one out for its lifetime, so each worker thread effectively owns one.
// Writes are serialised by SQLite (BEGIN IMMEDIATE with a busy timeout).
class SqliteStore final : public Store {
 public:
  // Opens (creating if needed) the database at `path`; ":memory:" is not
  // supported because connections would not share it.
  [[nodiscard]] static Result<std::unique_ptr<SqliteStore>> Open(std::string path,
                                                                 const model::Catalog& catalog);
  ~SqliteStore() override;

  [[nodiscard]] Result<std::unique_ptr<UnitOfWork>> Begin(Access access) override;
  [[nodiscard]] Status Ping() override;
  [[nodiscard]] Status Migrate() override;
  [[nodiscard]] Status DropIndexes() override;

  // Returns a connection to the pool (called by units of work).
  void Release(std::unique_ptr<Connection> connection);
  // Page ends shared by the units of work (keyset continuation).
  sql::PageCursors& page_cursors() { return cursors_; }

 private:
  SqliteStore(std::string path, const model::Catalog& catalog);
  Result<std::unique_ptr<Connection>> Acquire();
  // Runs a schema change in one immediate transaction.
  template <class Change>
  Status ChangeSchema(Change change);

  std::string path_;
  const model::Catalog& catalog_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
  sql::PageCursors cursors_;
};

}  // namespace apbridge::storage::sqlite
