// `apbridge import payments|invoices FILE`: a flat file loaded now, as the
// pickup would load it from Incoming/ (the same rows, rules and load record,
// listed on /data_sources with source "import"), with a progress line on a
// terminal and a summary with every row error at the end.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/database_options.hpp"

namespace apbridge::app {

// Adds the `import` subcommand to `parent`; Run() after parsing. Not
// copyable: CLI11 keeps pointers into the options.
class ImportCommand {
 public:
  explicit ImportCommand(CLI::App& parent);
  ImportCommand(const ImportCommand&) = delete;
  ImportCommand& operator=(const ImportCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 the load completed (now, or before when the
  // file is unchanged), 1 it failed or refused rows (listed), or the file
  // cannot be read; 2 a bad argument.
  [[nodiscard]] int Run();

 private:
  CLI::App* command_;
  DatabaseOptions database_;
  std::string kind_;
  std::string file_;
};

}  // namespace apbridge::app
