// For tests: a fresh temporary directory, removed again on destruction.
#pragma once

#include <filesystem>

namespace apbridge::storage::testing {

// A new empty directory under the system's temporary directory, unique within
// the test run (process id and a counter). Owns it: the destructor removes it
// with everything in it. Thread-safe to create.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace apbridge::storage::testing
