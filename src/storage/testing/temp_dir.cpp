// TempDir: naming, creating and removing the directory.
#include "storage/testing/temp_dir.hpp"

#include <unistd.h>

#include <atomic>
#include <string>

namespace apbridge::storage::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("apbridge-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);  // left over by a crashed run with the same pid
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;  // never throw from a destructor
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace apbridge::storage::testing
