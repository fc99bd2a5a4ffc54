// The storage conformance suite on SQLite: every test on a fresh database file.
#include <memory>
#include <string>

#include "storage/sqlite/connection.hpp"
#include "storage/sqlite/sqlite_store.hpp"
#include "storage/testing/conformance.hpp"
#include "storage/testing/temp_dir.hpp"

namespace apbridge::storage::sqlite {
namespace {

// A database file in a temporary directory of its own.
class SqliteBackend final : public testing::Backend {
 public:
  Result<std::unique_ptr<Store>> Open(const model::Catalog& catalog) override {
    return OpenStore(path(), catalog);
  }
  Result<std::unique_ptr<sql::Connection>> Connect() override { return Connection::Open(path()); }

 private:
  std::string path() const { return (dir_.path() / "test.db").string(); }

  testing::TempDir dir_;
};

const testing::BackendFactory kSqlite{"Sqlite", [] { return std::make_unique<SqliteBackend>(); }};

APBRIDGE_STORE_CONFORMANCE(Sqlite, kSqlite);

}  // namespace
}  // namespace apbridge::storage::sqlite
