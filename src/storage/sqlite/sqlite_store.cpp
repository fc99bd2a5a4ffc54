// The SQLite store: the generic SQL store given SQLite's connection factory.
#include "storage/sqlite/sqlite_store.hpp"

#include "storage/sql/sql_store.hpp"
#include "storage/sqlite/connection.hpp"

namespace apbridge::storage::sqlite {

Result<std::unique_ptr<Store>> OpenStore(std::string path, const model::Catalog& catalog) {
  auto connect = [path = std::move(path)]() -> Result<std::unique_ptr<sql::Connection>> {
    return Connection::Open(path);
  };
  return sql::SqlStore::Open(std::move(connect), catalog);
}

}  // namespace apbridge::storage::sqlite
