// --data-dir / --db and opening the store, shared by the subcommands.
#include "app/database_options.hpp"

#include <filesystem>

#include "model/catalog.hpp"
#include "storage/open_store.hpp"

namespace apbridge::app {

void AddDatabaseFlags(CLI::App& command, DatabaseOptions& o) {
  command.add_option("--data-dir", o.data_dir, "Directory of the database (default ./data)")
      ->envname("APBRIDGE_DATA_DIR")
      ->capture_default_str();
  command.add_option("--db", o.db, "Database URL: sqlite:PATH (default sqlite:DIR/apbridge.db) or postgresql://...")
      ->envname("APBRIDGE_DB");
}

std::string DatabaseUrl(const std::string& data_dir, const std::string& db) {
  return db.empty() ? "sqlite:" + data_dir + "/apbridge.db" : db;
}

Result<std::unique_ptr<storage::Store>> OpenDatabase(const std::string& data_dir, const std::string& db) {
  if (data_dir.empty()) return Fail(InvalidArgument("--data-dir must not be empty"));
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return Fail(InvalidArgument("cannot create data directory " + data_dir + ": " + ec.message()));
  APB_TRY(std::unique_ptr<storage::Store> store, storage::OpenStore(DatabaseUrl(data_dir, db), model::Catalog::Coupa()));
  APB_TRY_STATUS(store->Migrate());
  return store;
}

}  // namespace apbridge::app
