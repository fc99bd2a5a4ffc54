// For tests of the layers above storage: a migrated SQLite store in a fresh
// temporary directory, removed again on destruction.
#pragma once

#include <filesystem>
#include <memory>

#include "model/catalog.hpp"
#include "storage/store.hpp"
#include "storage/testing/temp_dir.hpp"

namespace apbridge::storage::testing {

// Owns the store and its directory (the database is dir() / "test.db").
// Throws std::runtime_error when the store cannot be created or migrated.
// Thread-safe as a Store; borrows the catalog.
class TempStore {
 public:
  explicit TempStore(const model::Catalog& catalog);
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  Store& operator*() { return *store_; }
  Store* operator->() { return store_.get(); }
  const std::filesystem::path& dir() const { return dir_.path(); }

 private:
  TempDir dir_;
  std::unique_ptr<Store> store_;  // closed before dir_ is removed
};

}  // namespace apbridge::storage::testing

namespace apbridge::storage {
// The tests above storage know it as storage::TempStore.
using testing::TempStore;
}  // namespace apbridge::storage
