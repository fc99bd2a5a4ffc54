// What a SQL backend provides: a connection that runs statements (Executor)
// and the transaction verbs, and a factory of such connections.
#pragma once

#include <functional>
#include <memory>

#include "storage/sql/executor.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::sql {

// One connection to a backend's database. At most one transaction at a time;
// used by one thread at a time (a SqlStore pools them, a unit of work holds
// one for its lifetime). Errors come back translated (constraint -> Conflict,
// busy or unreachable -> Unavailable).
class Connection : public Executor {
 public:
  // Starts a transaction. kWrite takes the write lock at once (SQLite BEGIN
  // IMMEDIATE), so a writer waits at the start instead of failing half-way.
  [[nodiscard]] virtual Status Begin(Store::Access access) = 0;
  // Ends the transaction, keeping its writes. On failure the transaction may
  // still be open: Rollback() ends it.
  [[nodiscard]] virtual Status Commit() = 0;
  // Ends the transaction, dropping its writes.
  [[nodiscard]] virtual Status Rollback() = 0;
};

// Opens a new connection to one database (a SqlStore calls it whenever its
// pool is empty, from any thread).
using ConnectionFactory = std::function<Result<std::unique_ptr<Connection>>()>;

}  // namespace apbridge::storage::sql
