// Catalog-driven DDL: one table per resource, a column per scalar or reference
// field, owner columns for collections, indexes on the fields integrations filter on.
#include "storage/sql/schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <set>

namespace apbridge::storage::sql {
namespace {

using model::FieldType;

// Numbered migrations for what the additive catalog sync cannot express.
// Append only; never edit an applied entry.
struct Migration {
  int version;
  const char* description;
  const char* statements;  // ';'-separated, run in order
};

constexpr Migration kMigrations[] = {
    {1, "catalog schema (tables, columns and indexes from the resource catalog)", ""},
    {2, "data version, moved by every write transaction (keyset paging trusts cursors of one version)",
     "CREATE TABLE apbridge_data_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);"
     "INSERT INTO apbridge_data_version (id, version) VALUES (1, 0)"},
};

std::string_view ColumnType(const model::Field& f, const Dialect& d) {
  switch (f.type) {
    case FieldType::kString:
    case FieldType::kText:
    case FieldType::kEnum:
      return d.TextType();
    default:
      return d.IntegerType();
  }
}

struct ColumnDef {
  std::string name;
  std::string definition;
  bool indexed;
};

std::vector<ColumnDef> ColumnsOf(const model::Resource& r, const Dialect& d) {
  std::vector<ColumnDef> cols;
  for (const model::Field& f : r.fields()) {
    if (!f.WritesColumn() || f.name == "id") continue;
    std::string def(ColumnType(f, d));
    // Only what the catalog marks: every index costs each insert, and a
    // reference like created-by selects too many rows to be worth one.
    bool indexed = f.Has(model::kIndexed);
    cols.push_back({f.Column(), std::move(def), indexed});
  }
  for (const std::string& owner : r.owner_columns()) {
    cols.push_back({owner, std::string(d.IntegerType()), true});
  }
  return cols;
}

std::string IndexName(const std::string& table, const std::string& column) {
  return "ix_" + table + "_" + column;
}

Status Run(Executor& ex, std::string sql) {
  auto r = ex.Execute(Statement{std::move(sql), {}});
  if (!r) return Fail(r.error());
  return Ok();
}

Status SyncTable(Executor& ex, const model::Resource& r) {
  const Dialect& d = ex.dialect();
  std::vector<ColumnDef> cols = ColumnsOf(r, d);
  std::string table(r.table());
  APB_TRY(std::vector<std::string> existing, ex.TableColumns(table));
  if (existing.empty()) {
    std::string ddl = "CREATE TABLE " + table + " (" + std::string(d.IdColumnDefinition());
    for (const auto& c : cols) ddl += ", " + c.name + " " + c.definition;
    ddl += ")";
    APB_TRY_STATUS(Run(ex, ddl));
  } else {
    std::set<std::string> have(existing.begin(), existing.end());
    for (const auto& c : cols) {
      if (have.count(c.name) == 0) {
        APB_TRY_STATUS(Run(ex, "ALTER TABLE " + table + " ADD COLUMN " + c.name + " " + c.definition));
      }
    }
  }
  // Our indexes the catalog no longer asks for (earlier versions indexed
  // every reference) cost every insert: drop them.
  std::set<std::string> wanted;
  for (const auto& c : cols) {
    if (c.indexed) wanted.insert(IndexName(table, c.name));
  }
  APB_TRY(std::vector<std::string> indexes, ex.TableIndexes(table));
  for (const std::string& index : indexes) {
    if (index.starts_with("ix_" + table + "_") && wanted.count(index) == 0) {
      APB_TRY_STATUS(Run(ex, "DROP INDEX IF EXISTS " + index));
    }
  }
  for (const auto& c : cols) {
    if (!c.indexed) continue;
    // (column, id) so that filtered pages come back in id order from the index.
    APB_TRY_STATUS(Run(ex, "CREATE INDEX IF NOT EXISTS " + IndexName(table, c.name) + " ON " + table + " (" +
                               c.name + ", id)"));
  }
  return Ok();
}

// The join table of each Links field: (owner_id, target_id, position), read
// by owner in link order.
Status SyncJoinTables(Executor& ex, const model::Resource& r) {
  const std::string integer(ex.dialect().IntegerType());
  for (const model::Field& f : r.fields()) {
    if (!f.IsLinks()) continue;
    const std::string table(f.via);
    APB_TRY_STATUS(Run(ex, fmt::format("CREATE TABLE IF NOT EXISTS {0} (owner_id {1} NOT NULL, target_id {1} "
                                       "NOT NULL, position {1} NOT NULL)",
                                       table, integer)));
    APB_TRY_STATUS(Run(ex, "CREATE INDEX IF NOT EXISTS " + IndexName(table, "owner_id") + " ON " + table +
                               " (owner_id, position)"));
  }
  return Ok();
}

}  // namespace

Status DropIndexes(Executor& ex, const model::Catalog& catalog) {
  for (const auto& r : catalog.resources()) {
    if (r->table().empty()) continue;  // a request body only
    const std::string table(r->table());
    APB_TRY(std::vector<std::string> indexes, ex.TableIndexes(table));
    for (const std::string& index : indexes) {
      if (index.starts_with("ix_" + table + "_")) APB_TRY_STATUS(Run(ex, "DROP INDEX IF EXISTS " + index));
    }
  }
  return Ok();
}

int LatestSchemaVersion() { return std::end(kMigrations)[-1].version; }

Status MigrateSchema(Executor& ex, const model::Catalog& catalog) {
  const Dialect& d = ex.dialect();
  APB_TRY_STATUS(Run(ex, "CREATE TABLE IF NOT EXISTS schema_migrations (version " +
                             std::string(d.IntegerType()) + " PRIMARY KEY, description " +
                             std::string(d.TextType()) + ", applied_at " + std::string(d.IntegerType()) +
                             ")"));
  for (const auto& r : catalog.resources()) {
    if (r->table().empty()) continue;  // a request body only
    APB_TRY_STATUS(SyncTable(ex, *r));
    APB_TRY_STATUS(SyncJoinTables(ex, *r));
  }
  APB_TRY(auto rows, ex.Query(Statement{"SELECT version FROM schema_migrations", {}}));
  std::set<int64_t> applied;
  for (const Row& row : rows) {
    if (auto* v = std::get_if<int64_t>(&row[0])) applied.insert(*v);
  }
  for (const Migration& m : kMigrations) {
    if (applied.count(m.version) != 0) continue;
    std::string_view all = m.statements;
    size_t start = 0;
    while (start < all.size()) {
      size_t end = std::min(all.find(';', start), all.size());
      std::string stmt(all.substr(start, end - start));
      if (stmt.find_first_not_of(" \n\t") != std::string::npos) APB_TRY_STATUS(Run(ex, stmt));
      start = end + 1;
    }
    int64_t now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    Statement record{"INSERT INTO schema_migrations (version, description, applied_at) VALUES (" +
                         d.Placeholder(1) + ", " + d.Placeholder(2) + ", " + d.Placeholder(3) + ")",
                     {SqlValue{int64_t{m.version}}, SqlValue{std::string(m.description)}, SqlValue{now}}};
    APB_TRY(int64_t inserted, ex.Execute(record));
    (void)inserted;
  }
  return Ok();
}

}  // namespace apbridge::storage::sql
