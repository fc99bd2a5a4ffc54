// `apbridge seed --invoices N --payments M [--seed K]`: generated data, with a
// progress bar when stderr is a terminal and one summary line at the end.
#include "app/seed_command.hpp"

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "app/stop_signals.hpp"
#include "fixtures/seed_data.hpp"
#include "model/catalog.hpp"

namespace apbridge::app {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Redraws one line: "invoices [#####.....]  52%  520000/1000000  12.3s".
void DrawBar(const fixtures::SeedProgress& p, Clock::time_point start) {
  constexpr int kWidth = 30;
  const int filled = p.total > 0 ? static_cast<int>(kWidth * p.done / p.total) : kWidth;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(kWidth - filled), '.');
  std::fprintf(stderr, "\r%-8s [%s] %3d%%  %lld/%lld  %.1fs", std::string(p.phase).c_str(), bar.c_str(),
               p.total > 0 ? static_cast<int>(100 * p.done / p.total) : 100, static_cast<long long>(p.done),
               static_cast<long long>(p.total), SecondsSince(start));
  if (p.done == p.total) std::fputc('\n', stderr);
  std::fflush(stderr);
}

// SIGINT/SIGTERM (blocked by main() for serve's sigwait) stop the seed
// between chunks instead: whole chunks stay and dropped indexes are rebuilt.
volatile std::sig_atomic_t stop_signal = 0;
void OnStopSignal(int signal) { stop_signal = signal; }

void StopBetweenChunksOnSignal() {
  struct sigaction action {};
  action.sa_handler = OnStopSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  UnblockStopSignals();
}

}  // namespace

SeedCommand::SeedCommand(CLI::App& parent) {
  command_ = parent.add_subcommand("seed", "Add generated, realistic data (for demos and benchmarks)");
  AddDatabaseFlags(*command_, database_);
  command_->add_option("--invoices", invoices_, "Invoices to add")
      ->check(CLI::Range(int64_t{0}, int64_t{100000000}));
  command_->add_option("--payments", payments_, "Coupa Pay payments to add")
      ->check(CLI::Range(int64_t{0}, int64_t{100000000}));
  command_->add_option("--seed", seed_, "Random seed: the same seed on the same database gives the same data")
      ->capture_default_str();
  command_->add_flag("--quiet", quiet_, "No progress bar");
}

int SeedCommand::Run() {
  auto store = OpenDatabase(database_.data_dir, database_.db);
  if (!store) {
    std::cerr << "apbridge seed: " << store.error().message << "\n";
    return 1;
  }
  const auto start = Clock::now();
  const bool bar = !quiet_ && isatty(STDERR_FILENO) != 0;
  fixtures::SeedProgressFn progress;
  if (bar) progress = [start](const fixtures::SeedProgress& p) { DrawBar(p, start); };
  StopBetweenChunksOnSignal();
  fixtures::SeedOptions options;
  options.stop_requested = [] { return stop_signal != 0; };
  options.invoices = invoices_;
  options.payments = payments_;
  options.seed = seed_;
  auto report = fixtures::SeedData(**store, model::Catalog::Coupa(), options, progress);
  if (!report) {
    std::cerr << "\napbridge seed: " << report.error().message
              << (report.error().details.empty() ? "" : ": " + report.error().details) << "\n";
    return 1;
  }
  std::cout << "seeded " << report->invoices << " invoices";
  if (report->invoices > 0)
    std::cout << " (ids " << report->first_invoice_id << "-" << report->last_invoice_id << ")";
  std::cout << ", " << report->payments << " Coupa Pay payments, " << report->suppliers_added
            << " suppliers added" << (report->indexes_rebuilt ? ", indexes rebuilt" : "") << ", in "
            << std::fixed;
  std::cout.precision(1);
  std::cout << SecondsSince(start) << "s (db " << DatabaseUrl(database_.data_dir, database_.db) << ")\n";
  return 0;
}

}  // namespace apbridge::app
