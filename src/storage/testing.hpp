// For tests of the layers above storage: a migrated SQLite store in a fresh
// temporary directory, removed again on destruction.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <stdexcept>

#include "storage/open_store.hpp"

namespace apbridge::storage {

class TempStore {
 public:
  explicit TempStore(const model::Catalog& catalog) {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("apbridge-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto store = OpenStore("sqlite:" + (dir_ / "test.db").string(), catalog);
    if (!store || !(*store)->Migrate()) throw std::runtime_error("cannot create a test store");
    store_ = std::move(*store);
  }
  ~TempStore() {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  Store& operator*() { return *store_; }
  Store* operator->() { return store_.get(); }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace apbridge::storage
