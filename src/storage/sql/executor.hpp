// The narrow SQL interface each backend implements, and the dialect it speaks.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "common/result.hpp"

namespace apbridge::storage::sql {

// What crosses the driver boundary: every field is stored as NULL, a 64-bit
// integer (integers, booleans, epoch seconds, scaled decimals, ids) or text.
using SqlValue = std::variant<std::monostate, int64_t, std::string>;
using Row = std::vector<SqlValue>;

// SQL text with its bound parameters; nothing from a request is ever spliced
// into `text`, only into `params`.
struct Statement {
  std::string text;
  std::vector<SqlValue> params;
};

// How a backend spells the few things SQL dialects disagree on.
class Dialect {
 public:
  virtual ~Dialect() = default;
  // Placeholder for the 1-based parameter n: "?" (SQLite) or "$n" (PostgreSQL).
  [[nodiscard]] virtual std::string Placeholder(int n) const = 0;
  // Column types. Text compares case-insensitively (Coupa runs on MySQL's
  // case-insensitive collation).
  [[nodiscard]] virtual std::string_view TextType() const = 0;
  [[nodiscard]] virtual std::string_view IntegerType() const = 0;
  [[nodiscard]] virtual std::string_view IdColumnDefinition() const = 0;
  // A case-insensitive LIKE with '\' as the escape character.
  [[nodiscard]] virtual std::string Like(std::string_view column, std::string_view placeholder) const = 0;
  // `predicate`, marked as matching few rows, for planners that cannot tell
  // (SQLite without statistics guesses a range keeps a quarter of the table
  // and scans it in id order rather than sort). Default: unchanged.
  [[nodiscard]] virtual std::string Selective(std::string predicate) const { return predicate; }
};

// Runs statements on one connection inside the current transaction.
class Executor {
 public:
  virtual ~Executor() = default;
  [[nodiscard]] virtual const Dialect& dialect() const = 0;
  [[nodiscard]] virtual Result<std::vector<Row>> Query(const Statement& statement) = 0;
  // Returns the number of rows changed.
  [[nodiscard]] virtual Result<int64_t> Execute(const Statement& statement) = 0;
  // Runs an INSERT of one row into a table with an `id` key; returns the id
  // (given or assigned). Backends fetch it their cheapest way.
  [[nodiscard]] virtual Result<int64_t> Insert(const Statement& statement) = 0;
  // Column names of a table, empty if the table does not exist.
  [[nodiscard]] virtual Result<std::vector<std::string>> TableColumns(const std::string& table) = 0;
  // Names of the indexes on a table (empty if none or no table).
  [[nodiscard]] virtual Result<std::vector<std::string>> TableIndexes(const std::string& table) = 0;
};

}  // namespace apbridge::storage::sql
