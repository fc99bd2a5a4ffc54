// `apbridge import`: LoadFile on the command line.
#include "app/import_command.hpp"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "app/command_error.hpp"
#include "app/stop_signals.hpp"
#include "common/log.hpp"
#include "flatfile/file_load.hpp"
#include "flatfile/folders.hpp"
#include "flatfile/holder.hpp"
#include "flatfile/load_report.hpp"
#include "flatfile/pickup.hpp"

namespace apbridge::app {
namespace {

struct Kind {
  std::string_view name;
  flatfile::IncomingKind kind;
};
constexpr Kind kKinds[] = {{"payments", flatfile::IncomingKind::kInvoicePayments},
                           {"invoices", flatfile::IncomingKind::kInvoices}};

void PrintReport(std::ostream& out, const flatfile::LoadReport& r) {
  out << "load " << r.id << " " << flatfile::StatusName(r.status) << ": " << r.file_name << ", " << r.rows
      << " rows: " << r.created << " created, " << r.updated << " updated, " << r.skipped << " skipped, "
      << r.errored << " errored\n";
  if (!r.file_error.empty()) out << "  file refused: " << r.file_error << "\n";
  for (const flatfile::RowError& e : r.row_errors) out << "  row " << e.row << ": " << e.message << "\n";
  if (static_cast<int64_t>(r.row_errors.size()) < r.errored) {
    out << "  (" << r.errored - static_cast<int64_t>(r.row_errors.size()) << " more errors not kept)\n";
  }
}

}  // namespace

ImportCommand::ImportCommand(CLI::App& parent) {
  command_ = parent.add_subcommand("import", "Load a flat file (CSV) now, as the Incoming/ pickup would");
  AddDatabaseFlags(*command_, database_);
  command_->add_option("kind", kind_, "payments (Incoming/Invoice Payments) or invoices (Incoming/Invoices)")
      ->required()
      ->check(CLI::IsMember({"payments", "invoices"}));
  command_->add_option("file", file_, "The CSV file")->required();
  command_->footer(
      "The file is loaded once: running it again on the unchanged file reports the earlier load.\n"
      "Each load is listed on /data_sources and at GET /api/data_file_sources (source: import).\n"
      "Examples:\n"
      "  apbridge import payments create_invoice_payment.csv\n"
      "  apbridge import invoices --data-dir ./data invoices.csv\n");
}

int ImportCommand::Run() {
  UnblockStopSignals();
  log::Configure(log::Level::kWarn, false);
  const std::filesystem::path path = std::filesystem::absolute(file_);
  flatfile::IncomingKind kind = flatfile::IncomingKind::kInvoicePayments;
  for (const Kind& k : kKinds) {
    if (k.name == kind_) kind = k.kind;
  }
  auto opened = OpenDatabaseWithCustomFields(database_.data_dir, database_.db);
  if (!opened) return ReportCommandError("import", kind_, opened.error());
  SystemClock clock;
  const model::Catalog& catalog = *opened->catalog;
  auto rows = flatfile::RowLoaderFor(kind, catalog, clock, resources::Actor{});
  if (!rows)
    return ReportCommandError("import", kind_, InvalidArgument("importing " + kind_ + " is not built yet"));
  std::string_view folder;
  for (const flatfile::IncomingFolder& f : flatfile::IncomingFolders()) {
    if (f.kind == kind && folder.empty()) folder = f.name;
  }
  auto version = flatfile::CurrentVersion(path, "import:" + path.parent_path().string() + "/", folder,
                                          rows->Object(), "import");
  if (!version) return ReportCommandError("import", kind_, version.error());

  resources::flat_files::DataFileLoads loads(*opened->store, catalog, clock, flatfile::ThisProcessHolder());
  const bool terminal = isatty(STDERR_FILENO) == 1;
  auto progress = [&](int64_t done, int64_t total) {
    if (terminal) std::cerr << "\r" << done << " / " << total << " rows" << std::flush;
  };
  auto loaded = flatfile::LoadFile(path, *version, loads, *rows, flatfile::IsHolderGone, progress);
  if (terminal) std::cerr << "\r\033[K";
  if (!loaded) return ReportCommandError("import", kind_, loaded.error());
  if (loaded->state == flatfile::FileLoadResult::State::kHeldElsewhere) {
    std::cerr << "apbridge import: " << path.string() << " is being loaded by a running server\n";
    return 1;
  }
  auto record = loads.Get(loaded->load_id);
  if (!record) return ReportCommandError("import", kind_, record.error());
  const flatfile::LoadReport report = flatfile::ReportOf(**record);
  if (loaded->state == flatfile::FileLoadResult::State::kLoadedBefore) {
    std::cout << "loaded before, unchanged since: nothing applied now\n";
  }
  PrintReport(std::cout, report);
  return report.status == flatfile::LoadStatus::kCompleted ? 0 : 1;
}

}  // namespace apbridge::app
