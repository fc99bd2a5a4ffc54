// What one load of an incoming file came to: the /data_sources row, the
// summary of `apbridge import`, the body of the admin notification.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/timestamp.hpp"
#include "model/record.hpp"

namespace apbridge::flatfile {

// The load's status, as /data_sources shows it.
enum class LoadStatus {
  kPending,              // claimed, not started
  kProcessing,           // rows being applied
  kCompleted,            // every row applied (or skipped as a duplicate)
  kCompletedWithErrors,  // some rows refused: the others were applied
  kFailed,               // nothing applied: the file could not be read, or every row was refused
};

struct RowError {
  int64_t row = 0;  // the record's number in the file; the header is row 1
  std::string message;
};

struct LoadReport {
  int64_t id = 0;         // the data-file-source id
  std::string file_name;  // as dropped, without the folder
  std::string folder;     // "Invoice Payments"
  std::string object;     // what the rows are: "Invoice Payment", "Invoice"
  LoadStatus status = LoadStatus::kPending;
  int64_t rows = 0;  // data rows read (the header is not one)
  int64_t created = 0;
  int64_t updated = 0;
  int64_t skipped = 0;  // duplicates of what was applied before
  int64_t errored = 0;
  std::string file_error;            // why the whole file was refused; empty otherwise
  std::vector<RowError> row_errors;  // the first ones kept (resources/flat_files); errored counts all
  Timestamp started_at{};
  std::optional<Timestamp> finished_at;
};

// The report of a load record (data-file-source, read with its row errors).
[[nodiscard]] LoadReport ReportOf(const model::Record& load);

// "completed_with_errors": the status as the load record stores it.
[[nodiscard]] std::string_view StatusName(LoadStatus status);

}  // namespace apbridge::flatfile
