// What one load of an incoming file came to: the /data_sources row, the
// summary of `apbridge import`, the body of the admin notification.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/timestamp.hpp"

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
  std::vector<RowError> row_errors;  // at most kMaxRowErrorsKept; errored counts them all
  Timestamp started_at{};
  std::optional<Timestamp> finished_at;
};

// A load keeps the first errors in full; the count goes on.
inline constexpr size_t kMaxRowErrorsKept = 1000;

}  // namespace apbridge::flatfile
