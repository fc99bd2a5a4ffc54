// TempStore: a SQLite store in a TempDir, migrated.
#include "storage/testing/temp_store.hpp"

#include <stdexcept>

#include "storage/sqlite/sqlite_store.hpp"

namespace apbridge::storage::testing {

TempStore::TempStore(const model::Catalog& catalog) {
  auto store = sqlite::OpenStore((dir_.path() / "test.db").string(), catalog);
  if (!store || !(*store)->Migrate()) throw std::runtime_error("cannot create a test store");
  store_ = std::move(*store);
}

}  // namespace apbridge::storage::testing
