// The loads of flat files (the internal data-file-source resource): the one
// place that decides whether a file is loaded, by whom, how far it got and
// what it came to. Exactly once: a file version is claimed in the database
// (several servers may share it), and each unit of rows is applied in the
// same transaction that moves the load's rows-done past it, so a load
// resumed after a crash neither skips nor repeats a row.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::flat_files {

// A load keeps its first row errors in full; errored-count goes on.
inline constexpr int64_t kMaxRowErrorsKept = 1000;

// One version of one file: what is claimed.
struct FileVersion {
  std::string folder;     // "Invoice Payments"
  std::string file_name;  // as dropped
  std::string object;     // what the rows are: "Invoice Payment"
  std::string source;     // "pickup" or "import"
  int64_t size = 0;
  // Names the version: folder, name, size and modification time. A file
  // dropped again (a new version) is a new load; the same version is one.
  std::string claim_key;
};

// How far a load is, as its holder keeps it between rows (the counters it
// writes with each row are these, so they are exact while it holds the claim).
struct LoadProgress {
  int64_t id = 0;
  int64_t rows_done = 0;  // data rows applied or refused
  int64_t created = 0;
  int64_t updated = 0;
  int64_t skipped = 0;
  int64_t errored = 0;
};

struct LoadClaim {
  enum class State {
    kStart,     // a new load: apply every row
    kResume,    // taken over from a holder that is gone: go on after rows_done
    kFinished,  // loaded before (the file was not archived yet): archive it only
  };
  State state = State::kStart;
  LoadProgress progress;
};

// What one unit of rows did.
enum class RowOutcome { kCreated, kUpdated, kSkipped };

// The writes of one unit of rows, in `uow`. InvalidArgument or NotFound:
// the rows are refused (the message says why); any other error stops the load.
using UnitWrites = std::function<Result<RowOutcome>(storage::UnitOfWork& uow)>;

// Whether holder "host:pid" can no longer work a load (its process is gone).
using HolderGone = std::function<bool(std::string_view holder)>;

// Thread-safe; borrows the store, catalog and clock. `holder` names this
// process in claims; a claim lasts `lease` past its last row, after which
// another server may take the load over.
class DataFileLoads {
 public:
  DataFileLoads(storage::Store& store, const model::Catalog& catalog, const Clock& clock, std::string holder,
                std::chrono::seconds lease = std::chrono::seconds{120});

  // Claims `file`: a new load (processing, held by this holder), the
  // unfinished load of a holder that is gone or whose lease ran out
  // (resumed), or the finished load of this version. nullopt: another live
  // server holds it.
  [[nodiscard]] Result<std::optional<LoadClaim>> Claim(const FileVersion& file, const HolderGone& gone) const;

  // The number of data rows, known once the file has been read through.
  [[nodiscard]] Status SetRows(const LoadProgress& load, int64_t rows) const;

  // Applies one unit of `rows` data rows (the first at file row `first_row`)
  // with `writes` and advances `load` past them, in one transaction. When
  // the writes refuse the rows, they are rolled back and the refusal is
  // recorded instead (errored, with the message at first_row). Conflict when
  // the claim was lost (another server took the load over): nothing written.
  [[nodiscard]] Status ApplyUnit(LoadProgress& load, int64_t rows, int64_t first_row,
                                 const UnitWrites& writes) const;

  // Records rows refused before any write (they could not be read): errored.
  [[nodiscard]] Status RefuseUnit(LoadProgress& load, int64_t rows, int64_t first_row,
                                  const std::string& message) const;

  // Ends the load: completed, completed_with_errors, or failed when every
  // unit was refused; `file_error` (non-empty) fails it whole.
  [[nodiscard]] Status Finish(const LoadProgress& load, const std::string& file_error = {}) const;

  // The load with its row errors (the full projection); NotFound.
  [[nodiscard]] Result<model::RecordPtr> Get(int64_t id) const;

  [[nodiscard]] const std::string& holder() const { return holder_; }

 private:
  [[nodiscard]] model::RecordPtr ProgressChanges(const LoadProgress& load, Timestamp now) const;
  [[nodiscard]] Status WriteProgress(storage::UnitOfWork& uow, const LoadProgress& before,
                                     const LoadProgress& after, int64_t first_row,
                                     const std::string* refusal) const;

  storage::Store& store_;
  const model::Resource& loads_;
  const model::Resource& errors_;
  const Clock& clock_;
  const std::string holder_;
  const std::chrono::seconds lease_;
};

}  // namespace apbridge::resources::flat_files
