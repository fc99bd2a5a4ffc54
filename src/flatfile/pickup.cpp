// Pickup: list, settle, load, archive.
#include "flatfile/pickup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <thread>

#include "common/log.hpp"
#include "flatfile/file_load.hpp"
#include "flatfile/holder.hpp"
#include "flatfile/invoice_payment_rows.hpp"

namespace apbridge::flatfile {
namespace {

namespace fs = std::filesystem;
namespace ff = resources::flat_files;

// What an upload in progress is named by the SFTP clients ERPs use (and
// hidden files): never picked up; the client renames it when complete.
bool IsPartial(const std::string& name) {
  static constexpr std::string_view kPartialSuffixes[] = {".tmp", ".part", ".filepart", ".partial",
                                                          ".crdownload"};
  if (name.empty() || name.front() == '.') return true;
  for (std::string_view suffix : kPartialSuffixes) {
    if (name.size() > suffix.size() &&
        std::equal(suffix.rbegin(), suffix.rend(), name.rbegin(),
                   [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
      return true;
    }
  }
  return false;
}

struct Seen {
  fs::path path;
  std::string name;
  FileStamp stamp;
};

// The folder's candidate files, in alphanumeric (byte) order.
std::vector<Seen> List(const fs::path& dir) {
  std::vector<Seen> found;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (IsPartial(name)) continue;
    if (auto stamp = StampOf(it->path())) found.push_back(Seen{it->path(), name, *stamp});
  }
  std::sort(found.begin(), found.end(), [](const Seen& a, const Seen& b) { return a.name < b.name; });
  return found;
}

}  // namespace

std::unique_ptr<RowLoader> RowLoaderFor(IncomingKind kind, const model::Catalog& catalog, const Clock& clock,
                                        resources::Actor by) {
  switch (kind) {
    case IncomingKind::kInvoicePayments:
      return std::make_unique<InvoicePaymentRows>(catalog, clock, by);
    case IncomingKind::kInvoices:
      return nullptr;  // the invoice import
  }
  return nullptr;
}

Result<fs::path> ArchiveFile(const fs::path& file, const fs::path& archive_dir, int64_t load_id) {
  std::error_code ec;
  fs::create_directories(archive_dir, ec);
  fs::path target = archive_dir / file.filename();
  if (fs::exists(target, ec)) {
    target = archive_dir / fmt::format("{}_{}{}", file.stem().string(), load_id, file.extension().string());
  }
  fs::rename(file, target, ec);
  if (ec) return Fail(Unavailable("cannot move " + file.string() + " to " + target.string(), ec.message()));
  return target;
}

Pickup::Pickup(Folders folders, const ff::DataFileLoads& loads, const model::Catalog& catalog,
               const Clock& clock, PickupOptions options, LoadHandler on_load)
    : folders_(std::move(folders)),
      loads_(loads),
      catalog_(catalog),
      clock_(clock),
      options_(options),
      on_load_(std::move(on_load)) {}

Result<PickupRound> Pickup::RunOnce(const std::stop_token& stop) {
  APB_TRY_STATUS(folders_.Ensure());
  PickupRound round;
  struct Candidate {
    const IncomingFolder* folder;
    Seen seen;
  };
  std::vector<Candidate> candidates;
  for (const IncomingFolder& folder : IncomingFolders()) {
    for (Seen& seen : List(folders_.Incoming(folder.name))) candidates.push_back({&folder, std::move(seen)});
  }
  if (candidates.empty()) return round;
  // One settle for the whole round: a file still growing shows it here.
  std::this_thread::sleep_for(options_.settle);
  const auto now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  for (const Candidate& c : candidates) {
    if (stop.stop_requested()) break;
    auto again = StampOf(c.seen.path);
    if (!again) continue;  // moved away meanwhile (by another server)
    const bool young_and_empty =
        again->size == 0 &&
        now_ns - again->mtime_ns < std::chrono::nanoseconds(options_.empty_file_grace).count();
    if (*again != c.seen.stamp || young_and_empty) {
      ++round.waiting;
      continue;
    }
    auto loader = RowLoaderFor(c.folder->kind, catalog_, clock_, options_.by);
    if (!loader) {
      ++round.waiting;
      continue;
    }
    // The version settled on: the same claim key on every server that sees it.
    const ff::FileVersion version = VersionOf(c.seen.path, *again, std::string(c.folder->name) + "/",
                                              c.folder->name, loader->Object(), "pickup");
    auto result = LoadFile(c.seen.path, version, loads_, *loader, IsHolderGone, {}, stop);
    if (!result) {
      ++round.errors;
      log::Warn("flat file {}/{}: load stopped, to be resumed: {} {}", c.folder->name, c.seen.name,
                result.error().message, result.error().details);
      continue;
    }
    if (result->state == FileLoadResult::State::kHeldElsewhere) {
      ++round.waiting;
      continue;
    }
    auto archived = ArchiveFile(c.seen.path, folders_.Archive(c.folder->name), result->load_id);
    if (!archived) {
      ++round.errors;
      log::Warn("flat file {}/{}: {}", c.folder->name, c.seen.name, archived.error().message);
    } else {
      ++round.archived;
    }
    if (result->state != FileLoadResult::State::kLoaded) continue;
    APB_TRY(model::RecordPtr record, loads_.Get(result->load_id));
    LoadReport report = ReportOf(*record);
    const std::string summary =
        fmt::format("flat file {}/{}: load {} {}: {} rows, {} created, {} updated, {} skipped, {} errored",
                    report.folder, report.file_name, report.id, StatusName(report.status), report.rows,
                    report.created, report.updated, report.skipped, report.errored);
    if (report.status == LoadStatus::kCompleted) {
      log::Info("{}", summary);
    } else {
      log::Warn("{}", summary);
    }
    if (on_load_) on_load_(report);
    round.loaded.push_back(std::move(report));
  }
  return round;
}

}  // namespace apbridge::flatfile
