// `apbridge seed`: fill the database with generated, reproducible data.
#pragma once

#include <CLI/CLI.hpp>

#include "app/database_options.hpp"

namespace apbridge::app {

// Adds the `seed` subcommand to `parent`; Run() after parsing. Not copyable:
// CLI11 keeps pointers into the options.
class SeedCommand {
 public:
  explicit SeedCommand(CLI::App& parent);
  SeedCommand(const SeedCommand&) = delete;
  SeedCommand& operator=(const SeedCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 done, 1 failed.
  [[nodiscard]] int Run();

 private:
  CLI::App* command_;
  DatabaseOptions database_;
  int64_t invoices_ = 0;
  int64_t payments_ = 0;
  uint64_t seed_ = 1;
  bool quiet_ = false;
};

}  // namespace apbridge::app
