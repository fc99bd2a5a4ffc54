// One incoming file loaded exactly once: claimed (resources' DataFileLoads),
// read through once to check it (a file that cannot be parsed, or whose
// header is wrong, is refused whole and nothing is applied), then read again
// unit by unit, each unit applied by the file kind's RowLoader in its own
// transaction with the load's progress. Memory: one unit of rows.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string_view>

#include "flatfile/row_loader.hpp"
#include "resources/flat_files/data_file_loads.hpp"

namespace apbridge::flatfile {

struct FileLoadResult {
  enum class State {
    kLoaded,         // this call finished the load (applied, or refused whole)
    kLoadedBefore,   // the version was loaded before: nothing applied now
    kHeldElsewhere,  // another live server is loading it
  };
  State state = State::kLoaded;
  int64_t load_id = 0;
};

// A regular file's size and modification time, as stat reports them now.
struct FileStamp {
  int64_t size = 0;
  int64_t mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};
// nullopt when `path` is no regular file (or is gone).
[[nodiscard]] std::optional<FileStamp> StampOf(const std::filesystem::path& path);

// The version of file `path` with `stamp`: its name, size and modification
// time make the claim key (after `key_prefix`, which says where it was found).
[[nodiscard]] resources::flat_files::FileVersion VersionOf(const std::filesystem::path& path, FileStamp stamp,
                                                           std::string_view key_prefix,
                                                           std::string_view folder, std::string_view object,
                                                           std::string_view source);

// VersionOf the file as it is now; NotFound when it is no regular file.
[[nodiscard]] Result<resources::flat_files::FileVersion> CurrentVersion(const std::filesystem::path& path,
                                                                        std::string_view key_prefix,
                                                                        std::string_view folder,
                                                                        std::string_view object,
                                                                        std::string_view source);

// Called after each unit with the data rows done and the file's data rows.
using LoadProgressHandler = std::function<void(int64_t rows_done, int64_t rows)>;

// Loads `path` as `version` (its claim key, folder, name, size), each unit
// through `rows`. Errors other than refusals (the database is unavailable,
// the claim was lost) stop it with the load left processing: a later call
// with the same version resumes it after the last unit applied; so does a
// `stop` requested (between units: the server is shutting down).
[[nodiscard]] Result<FileLoadResult> LoadFile(const std::filesystem::path& path,
                                              const resources::flat_files::FileVersion& version,
                                              const resources::flat_files::DataFileLoads& loads,
                                              const RowLoader& rows,
                                              const resources::flat_files::HolderGone& gone,
                                              const LoadProgressHandler& on_progress = {},
                                              const std::stop_token& stop = {});

}  // namespace apbridge::flatfile
