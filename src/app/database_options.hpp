// The database flags every subcommand that opens the store shares
// (--data-dir, --db with their APBRIDGE_* variables), and opening it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>

#include "common/result.hpp"
#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {
class CustomFields;
}  // namespace apbridge::resources

namespace apbridge::app {

struct DatabaseOptions {
  std::string data_dir = "./data";
  std::string db;  // default: sqlite:<data_dir>/apbridge.db
};

// Declares --data-dir and --db (APBRIDGE_DATA_DIR, APBRIDGE_DB) on `command`.
void AddDatabaseFlags(CLI::App& command, DatabaseOptions& options);

// The URL `db` names, or the default SQLite file in `data_dir`.
[[nodiscard]] std::string DatabaseUrl(const std::string& data_dir, const std::string& db);

// Creates `data_dir`, opens the database and brings its schema up to date.
// InvalidArgument for an unusable directory or URL; the store's errors else.
[[nodiscard]] Result<std::unique_ptr<storage::Store>> OpenDatabase(const std::string& data_dir,
                                                                   const std::string& db);

// A store opened with the catalog of its instance: Coupa's resources plus the
// custom fields defined in it. The store borrows the catalog, and goes first.
struct Database {
  std::unique_ptr<const model::Catalog> catalog;
  std::unique_ptr<storage::Store> store;
};

// Opens the database like OpenDatabase, reads its custom fields (after
// `prepare`, which may define some: the demo's), builds the catalog with them
// and reopens the store with it, so that their columns exist.
[[nodiscard]] Result<Database> OpenDatabaseWithCustomFields(
    const std::string& data_dir, const std::string& db,
    const std::function<Status(const resources::CustomFields&)>& prepare = {});

}  // namespace apbridge::app
