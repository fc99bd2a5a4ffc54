// ReportOf: a load record read into a LoadReport.
#include "flatfile/load_report.hpp"

#include "model/fields_internal.hpp"

namespace apbridge::flatfile {
namespace {

namespace load = model::data_file_source;
namespace row_error = model::data_file_source_error;

struct StatusNameOf {
  LoadStatus status;
  std::string_view name;
};
constexpr StatusNameOf kStatusNames[] = {{LoadStatus::kPending, "pending"},
                                         {LoadStatus::kProcessing, "processing"},
                                         {LoadStatus::kCompleted, "completed"},
                                         {LoadStatus::kCompletedWithErrors, "completed_with_errors"},
                                         {LoadStatus::kFailed, "failed"}};

}  // namespace

std::string_view StatusName(LoadStatus status) {
  for (const auto& s : kStatusNames) {
    if (s.status == status) return s.name;
  }
  return "pending";
}

LoadReport ReportOf(const model::Record& r) {
  LoadReport report;
  report.id = r.id().value_or(0);
  report.file_name = r.GetOr(load::kFileName, "");
  report.folder = r.GetOr(load::kFolder, "");
  report.object = r.GetOr(load::kObject, "");
  const std::string status = r.GetOr(load::kStatus, "");
  for (const auto& s : kStatusNames) {
    if (s.name == status) report.status = s.status;
  }
  report.rows = r.GetOr(load::kRows, int64_t{0});
  report.created = r.GetOr(load::kCreatedCount, int64_t{0});
  report.updated = r.GetOr(load::kUpdatedCount, int64_t{0});
  report.skipped = r.GetOr(load::kSkippedCount, int64_t{0});
  report.errored = r.GetOr(load::kErroredCount, int64_t{0});
  report.file_error = r.GetOr(load::kErrorMessage, "");
  for (const model::RecordPtr& e : r.GetOr(load::kRowErrors, {})) {
    report.row_errors.push_back(
        RowError{e->GetOr(row_error::kRow, int64_t{0}), e->GetOr(row_error::kMessage, "")});
  }
  report.started_at = r.GetOr(load::kStartedAt, Timestamp{});
  if (r.Get(load::kFinishedAt) != nullptr) report.finished_at = r.GetOr(load::kFinishedAt, Timestamp{});
  return report;
}

}  // namespace apbridge::flatfile
