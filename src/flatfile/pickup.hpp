// The scheduled pickup of Incoming/: every file fully written (its size and
// modification time unchanged over a short settle, or renamed into place
// from a .tmp name), folder by folder, in alphanumeric order, loaded once
// (LoadFile) and moved to Archive/Incoming/<folder>/.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

#include "common/clock.hpp"
#include "flatfile/folders.hpp"
#include "flatfile/load_report.hpp"
#include "flatfile/row_loader.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "resources/flat_files/data_file_loads.hpp"

namespace apbridge::flatfile {

struct PickupOptions {
  // How long a file's size and modification time must stay unchanged.
  std::chrono::milliseconds settle{1000};
  // An empty file waits this long after its last change (an upload that has
  // created it and not written yet looks the same).
  std::chrono::seconds empty_file_grace{60};
  resources::Actor by;  // the updated-by of what the rows write
};

// Called with the report of each load a round finished.
using LoadHandler = std::function<void(const LoadReport&)>;

// What a round did.
struct PickupRound {
  std::vector<LoadReport> loaded;  // finished by this round
  int archived = 0;                // files moved to the archive (loaded now or before)
  int waiting = 0;                 // still being written, or held by another server
  int errors = 0;                  // loads stopped by an error (retried next round)
};

// The RowLoader of each incoming folder kind.
[[nodiscard]] std::unique_ptr<RowLoader> RowLoaderFor(IncomingKind kind, const model::Catalog& catalog,
                                                      const Clock& clock, resources::Actor by);

// Not thread-safe: one round at a time (the loop that runs it is one thread).
class Pickup {
 public:
  Pickup(Folders folders, const resources::flat_files::DataFileLoads& loads, const model::Catalog& catalog,
         const Clock& clock, PickupOptions options, LoadHandler on_load = {});

  // One pass over every incoming folder; stops between files when `stop` is requested.
  [[nodiscard]] Result<PickupRound> RunOnce(const std::stop_token& stop = {});

 private:
  Folders folders_;
  const resources::flat_files::DataFileLoads& loads_;
  const model::Catalog& catalog_;
  const Clock& clock_;
  PickupOptions options_;
  LoadHandler on_load_;
};

// Moves `file` into `archive_dir` under its own name, or <stem>_<load id><ext>
// when that is taken. The path it now has.
[[nodiscard]] Result<std::filesystem::path> ArchiveFile(const std::filesystem::path& file,
                                                        const std::filesystem::path& archive_dir,
                                                        int64_t load_id);

}  // namespace apbridge::flatfile
