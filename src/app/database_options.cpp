// --data-dir / --db, the database URL -> backend choice and opening the
// store, shared by the subcommands.
#include "app/database_options.hpp"

#include <filesystem>
#include <string_view>

#include "common/clock.hpp"
#include "common/text.hpp"
#include "model/catalog.hpp"
#include "resources/custom_fields.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace apbridge::app {
namespace {

// "sqlite:PATH", "sqlite://PATH" or a bare path opens SQLite; "postgresql://"
// and "postgres://" name the scale-out backend. InvalidArgument for other
// schemes and for a URL naming no file.
Result<std::unique_ptr<storage::Store>> OpenStore(std::string_view url, const model::Catalog& catalog) {
  if (IStartsWith(url, "postgresql://") || IStartsWith(url, "postgres://")) {
    return Fail(InvalidArgument("the PostgreSQL backend is not built into this version yet"));
  }
  std::string_view path = url;
  if (IStartsWith(path, "sqlite://")) {
    path.remove_prefix(9);
  } else if (IStartsWith(path, "sqlite:")) {
    path.remove_prefix(7);
  } else if (path.find("://") != std::string_view::npos) {
    return Fail(InvalidArgument("unsupported database URL '" + std::string(url) +
                                "' (use sqlite:PATH or postgresql://...)"));
  }
  if (path.empty()) return Fail(InvalidArgument("the database URL names no file"));
  return storage::sqlite::OpenStore(std::string(path), catalog);
}

}  // namespace

void AddDatabaseFlags(CLI::App& command, DatabaseOptions& o) {
  command.add_option("--data-dir", o.data_dir, "Directory of the database (default ./data)")
      ->envname("APBRIDGE_DATA_DIR")
      ->capture_default_str();
  command
      .add_option("--db", o.db,
                  "Database URL: sqlite:PATH (default sqlite:DIR/apbridge.db) or postgresql://...")
      ->envname("APBRIDGE_DB");
}

std::string DatabaseUrl(const std::string& data_dir, const std::string& db) {
  return db.empty() ? "sqlite:" + data_dir + "/apbridge.db" : db;
}

namespace {

Result<std::unique_ptr<storage::Store>> OpenAndMigrate(const std::string& data_dir, const std::string& db,
                                                       const model::Catalog& catalog) {
  if (data_dir.empty()) return Fail(InvalidArgument("--data-dir must not be empty"));
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return Fail(InvalidArgument("cannot create data directory " + data_dir + ": " + ec.message()));
  APB_TRY(std::unique_ptr<storage::Store> store, OpenStore(DatabaseUrl(data_dir, db), catalog));
  APB_TRY_STATUS(store->Migrate());
  return store;
}

}  // namespace

Result<std::unique_ptr<storage::Store>> OpenDatabase(const std::string& data_dir, const std::string& db) {
  return OpenAndMigrate(data_dir, db, model::Catalog::Coupa());
}

Result<Database> OpenDatabaseWithCustomFields(
    const std::string& data_dir, const std::string& db,
    const std::function<Status(const resources::CustomFields&)>& prepare) {
  std::vector<model::CustomFieldDef> defined;
  {
    APB_TRY(std::unique_ptr<storage::Store> base, OpenDatabase(data_dir, db));
    SystemClock clock;
    resources::CustomFields fields(*base, model::Catalog::Coupa(), clock);
    if (prepare) APB_TRY_STATUS(prepare(fields));
    APB_TRY(defined, fields.Active());
  }
  Database out;
  auto catalog = model::Catalog::CoupaWith(defined);
  if (!catalog)
    return Fail(Internal("the stored custom fields do not make a catalog: " + catalog.error().message));
  out.catalog = std::move(*catalog);
  APB_TRY(out.store, OpenAndMigrate(data_dir, db, *out.catalog));
  return out;
}

}  // namespace apbridge::app
