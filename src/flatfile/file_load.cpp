// LoadFile: claim, check pass, apply pass.
#include "flatfile/file_load.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <fstream>
#include <optional>
#include <vector>

namespace apbridge::flatfile {
namespace {

namespace ff = resources::flat_files;
using codec::CsvColumns;
using codec::CsvRow;

// An invoice with more lines than this is refused (memory stays bounded).
constexpr size_t kMaxUnitRows = 10000;

Status ReadFileRows(const std::filesystem::path& path, const codec::CsvRowHandler& on_row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(Unavailable("cannot open " + path.string()));
  return codec::ReadCsv(in, on_row);
}

// The first pass: the header checked, the data rows counted, every byte
// parsed. The reason the file is refused whole, or the columns and the count.
struct Checked {
  std::optional<CsvColumns> columns;
  int64_t rows = 0;
  std::string refusal;
};

Result<Checked> CheckFile(const std::filesystem::path& path, const RowLoader& loader) {
  Checked checked;
  Status read = ReadFileRows(path, [&](CsvRow&& row) -> Status {
    if (!checked.columns) {
      APB_TRY(checked.columns, CsvColumns::FromHeader(row, loader.Columns()));
      return loader.CheckHeader(*checked.columns);
    }
    ++checked.rows;
    return Ok();
  });
  if (!read && read.error().code != ErrorCode::kInvalidArgument) return Fail(read.error());
  if (!read) {
    checked.refusal = read.error().message;
  } else if (!checked.columns) {
    checked.refusal = "the file is empty: it has no header row";
  }
  return checked;
}

}  // namespace

std::optional<FileStamp> StampOf(const std::filesystem::path& path) {
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileStamp{static_cast<int64_t>(st.st_size),
                   static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

ff::FileVersion VersionOf(const std::filesystem::path& path, FileStamp stamp, std::string_view key_prefix,
                          std::string_view folder, std::string_view object, std::string_view source) {
  const std::string name = path.filename().string();
  return ff::FileVersion{
      std::string(folder), name,
      std::string(object), std::string(source),
      stamp.size,          fmt::format("{}{}@{}:{}", key_prefix, name, stamp.size, stamp.mtime_ns)};
}

Result<ff::FileVersion> CurrentVersion(const std::filesystem::path& path, std::string_view key_prefix,
                                       std::string_view folder, std::string_view object,
                                       std::string_view source) {
  auto stamp = StampOf(path);
  if (!stamp) return Fail(NotFound(path.string() + " is not a regular file"));
  return VersionOf(path, *stamp, key_prefix, folder, object, source);
}

Result<FileLoadResult> LoadFile(const std::filesystem::path& path, const ff::FileVersion& version,
                                const ff::DataFileLoads& loads, const RowLoader& rows,
                                const ff::HolderGone& gone, const LoadProgressHandler& on_progress,
                                const std::stop_token& stop) {
  APB_TRY(std::optional<ff::LoadClaim> claim, loads.Claim(version, gone));
  if (!claim) return FileLoadResult{FileLoadResult::State::kHeldElsewhere, 0};
  ff::LoadProgress progress = claim->progress;
  if (claim->state == ff::LoadClaim::State::kFinished) {
    return FileLoadResult{FileLoadResult::State::kLoadedBefore, progress.id};
  }
  const FileLoadResult loaded{FileLoadResult::State::kLoaded, progress.id};

  APB_TRY(Checked checked, CheckFile(path, rows));
  if (!checked.refusal.empty()) {
    APB_TRY_STATUS(loads.Finish(progress, checked.refusal));
    return loaded;
  }
  APB_TRY_STATUS(loads.SetRows(progress, checked.rows));
  const CsvColumns& columns = *checked.columns;

  // The second pass: rows gathered into units; a unit wholly within
  // rows_done was applied before this load was resumed.
  std::vector<CsvRow> unit;
  int64_t unit_first = 0;  // the data row number of unit.front(), from 1
  int64_t data_rows = 0;
  auto flush = [&]() -> Status {
    if (unit.empty()) return Ok();
    const auto n = static_cast<int64_t>(unit.size());
    Status s = Ok();
    if (unit_first + n - 1 > progress.rows_done) {
      const int64_t first_row = unit.front().number;
      const CsvRow* too_wide = nullptr;
      for (const CsvRow& r : unit) {
        if (r.fields.size() > columns.width()) too_wide = &r;
      }
      if (too_wide != nullptr) {
        s = loads.RefuseUnit(progress, n, first_row,
                             fmt::format("row {} has {} fields, the header {}", too_wide->number,
                                         too_wide->fields.size(), columns.width()));
      } else if (unit.size() > kMaxUnitRows) {
        s = loads.RefuseUnit(progress, n, first_row,
                             fmt::format("more than {} rows belong to one record", kMaxUnitRows));
      } else {
        s = loads.ApplyUnit(progress, n, first_row,
                            [&](storage::UnitOfWork& uow) { return rows.Apply(uow, columns, unit); });
      }
      if (s && on_progress) on_progress(progress.rows_done, checked.rows);
    }
    unit.clear();
    return s;
  };
  bool header = true;
  Status read = ReadFileRows(path, [&](CsvRow&& row) -> Status {
    if (header) {
      header = false;
      return Ok();
    }
    ++data_rows;
    if (!unit.empty() && (rows.BeginsUnit(columns, row) || unit.size() > kMaxUnitRows)) {
      if (stop.stop_requested()) return Fail(Unavailable("stopped: the load resumes at the next pickup"));
      APB_TRY_STATUS(flush());
    }
    if (unit.empty()) unit_first = data_rows;
    unit.push_back(std::move(row));
    return Ok();
  });
  if (!read) return Fail(read.error());  // the file changed since the first pass, or the database failed
  APB_TRY_STATUS(flush());
  APB_TRY_STATUS(loads.Finish(progress));
  return loaded;
}

}  // namespace apbridge::flatfile
