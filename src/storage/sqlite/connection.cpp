// SQLite connection: opening, transactions, statement cache, binding and error
// translation.
#include "storage/sqlite/connection.hpp"

namespace apbridge::storage::sqlite {

std::string SqliteDialect::Like(std::string_view column, std::string_view placeholder) const {
  // SQLite's LIKE is case-insensitive for ASCII.
  return std::string(column) + " LIKE " + std::string(placeholder) + " ESCAPE '\\'";
}

std::string SqliteDialect::Selective(std::string predicate) const {
  return "likelihood(" + predicate + ", 0.001)";
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Fail(Unavailable("The database is unavailable.", "sqlite open " + path + ": " + msg));
  }
  std::unique_ptr<Connection> conn(new Connection(db));
  // busy_timeout before anything else, so no later statement fails on a lock.
  sqlite3_busy_timeout(db, 5000);
  // A 64 MiB page cache per connection: index pages of a million-row table
  // stay in memory instead of being re-read for every insert or lookup.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                             "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
    APB_TRY_STATUS(conn->Exec(pragma));
  }
  return conn;
}

Connection::~Connection() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Error Connection::Translate(int code, const std::string& context) const {
  std::string detail = context + ": " + sqlite3_errmsg(db_);
  switch (code & 0xFF) {
    case SQLITE_CONSTRAINT: {
      Error e = Conflict("The change conflicts with existing data.");
      e.details = detail;
      return e;
    }
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Unavailable("The database is busy; please retry.", detail);
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      return Unavailable("The database is unavailable.", detail);
    default:
      return Internal(detail);
  }
}

Status Connection::Exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) return Fail(Translate(rc, sql));
  return Ok();
}

Status Connection::Begin(Store::Access access) {
  return Exec(access == Store::Access::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
}

Status Connection::Commit() { return Exec("COMMIT"); }

Status Connection::Rollback() { return Exec("ROLLBACK"); }

Result<sqlite3_stmt*> Connection::Prepare(const sql::Statement& statement) {
  auto it = cache_.find(statement.text);
  sqlite3_stmt* stmt = nullptr;
  if (it != cache_.end()) {
    stmt = it->second;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  } else {
    int rc = sqlite3_prepare_v3(db_, statement.text.c_str(), static_cast<int>(statement.text.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return Fail(Translate(rc, statement.text));
    // Bound the cache: generated IN lists vary in length.
    if (cache_.size() > 512) {
      for (auto& [sql, s] : cache_) sqlite3_finalize(s);
      cache_.clear();
    }
    cache_.emplace(statement.text, stmt);
  }
  for (size_t i = 0; i < statement.params.size(); ++i) {
    int idx = static_cast<int>(i + 1);
    const sql::SqlValue& v = statement.params[i];
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt, idx, *n);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      rc = sqlite3_bind_text(stmt, idx, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    } else {
      rc = sqlite3_bind_null(stmt, idx);
    }
    if (rc != SQLITE_OK) return Fail(Translate(rc, statement.text));
  }
  return stmt;
}

Result<std::vector<sql::Row>> Connection::Query(const sql::Statement& statement) {
  APB_TRY(sqlite3_stmt * stmt, Prepare(statement));
  std::vector<sql::Row> rows;
  int columns = sqlite3_column_count(stmt);
  while (true) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      Error e = Translate(rc, statement.text);
      sqlite3_reset(stmt);
      return Fail(std::move(e));
    }
    sql::Row row(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER:
          row[c] = static_cast<int64_t>(sqlite3_column_int64(stmt, c));
          break;
        case SQLITE_NULL:
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          row[c] = std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt, c)));
        }
      }
    }
    rows.push_back(std::move(row));
  }
  sqlite3_reset(stmt);
  return rows;
}

Result<int64_t> Connection::Execute(const sql::Statement& statement) {
  APB_TRY(sqlite3_stmt * stmt, Prepare(statement));
  int rc = sqlite3_step(stmt);
  while (rc == SQLITE_ROW) rc = sqlite3_step(stmt);
  if (rc != SQLITE_DONE) {
    Error e = Translate(rc, statement.text);
    sqlite3_reset(stmt);
    return Fail(std::move(e));
  }
  sqlite3_reset(stmt);
  return static_cast<int64_t>(sqlite3_changes(db_));
}

Result<int64_t> Connection::Insert(const sql::Statement& statement) {
  // Cheaper than RETURNING, which SQLite buffers through a temporary table.
  APB_TRY(int64_t changed, Execute(statement));
  (void)changed;
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Result<std::vector<std::string>> Connection::Names(const char* pragma_query, const std::string& table) {
  APB_TRY(auto rows, Query(sql::Statement{pragma_query, {sql::SqlValue{table}}}));
  std::vector<std::string> names;
  for (const auto& row : rows) {
    if (const auto* s = std::get_if<std::string>(&row[0])) names.push_back(*s);
  }
  return names;
}

Result<std::vector<std::string>> Connection::TableIndexes(const std::string& table) {
  return Names("SELECT name FROM pragma_index_list(?)", table);
}

Result<std::vector<std::string>> Connection::TableColumns(const std::string& table) {
  return Names("SELECT name FROM pragma_table_info(?)", table);
}

}  // namespace apbridge::storage::sqlite
