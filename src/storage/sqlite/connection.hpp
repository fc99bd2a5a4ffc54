// One SQLite connection: pragmas, a prepared-statement cache, the Executor and
// the transaction verbs.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "storage/sql/connection.hpp"

namespace apbridge::storage::sqlite {

class SqliteDialect final : public sql::Dialect {
 public:
  [[nodiscard]] std::string Placeholder(int) const override { return "?"; }
  [[nodiscard]] std::string_view TextType() const override { return "TEXT COLLATE NOCASE"; }
  [[nodiscard]] std::string_view IntegerType() const override { return "INTEGER"; }
  [[nodiscard]] std::string_view IdColumnDefinition() const override { return "id INTEGER PRIMARY KEY"; }
  [[nodiscard]] std::string Like(std::string_view column, std::string_view placeholder) const override;
  [[nodiscard]] std::string Selective(std::string predicate) const override;
};

// Owns a sqlite3 handle. Used by one thread at a time. Translates SQLite's
// errors: constraint -> Conflict, busy/locked and I/O -> Unavailable.
class Connection final : public sql::Connection {
 public:
  // Opens the file and sets busy_timeout (first), WAL, synchronous and foreign keys.
  [[nodiscard]] static Result<std::unique_ptr<Connection>> Open(const std::string& path);
  ~Connection() override;

  [[nodiscard]] const sql::Dialect& dialect() const override { return dialect_; }
  [[nodiscard]] Result<std::vector<sql::Row>> Query(const sql::Statement& statement) override;
  [[nodiscard]] Result<int64_t> Execute(const sql::Statement& statement) override;
  [[nodiscard]] Result<int64_t> Insert(const sql::Statement& statement) override;
  [[nodiscard]] Result<std::vector<std::string>> TableColumns(const std::string& table) override;
  [[nodiscard]] Result<std::vector<std::string>> TableIndexes(const std::string& table) override;
  // BEGIN IMMEDIATE for writes (waiting up to the busy timeout for the write
  // lock), BEGIN (deferred) for reads.
  [[nodiscard]] Status Begin(Store::Access access) override;
  [[nodiscard]] Status Commit() override;
  [[nodiscard]] Status Rollback() override;

 private:
  // Runs SQL without parameters or caching (BEGIN, COMMIT, pragmas).
  Status Exec(const char* sql);
  // The first column (a name) of a pragma table-valued query on `table`.
  Result<std::vector<std::string>> Names(const char* pragma_query, const std::string& table);
  explicit Connection(sqlite3* db) : db_(db) {}
  Result<sqlite3_stmt*> Prepare(const sql::Statement& statement);
  Error Translate(int code, const std::string& context) const;

  sqlite3* db_;
  SqliteDialect dialect_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace apbridge::storage::sqlite
