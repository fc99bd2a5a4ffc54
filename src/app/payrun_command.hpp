// `apbridge payrun create [--supplier X] [--pay-from ACCOUNT] [--all]`: a
// Coupa Pay pay run from the command line (resources::coupa_pay::CreatePayRun).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/database_options.hpp"

namespace apbridge::app {

// Adds the `payrun` subcommand (with create) to `parent`; Run() after
// parsing. Not copyable: CLI11 keeps pointers into the options.
class PayrunCommand {
 public:
  explicit PayrunCommand(CLI::App& parent);
  PayrunCommand(const PayrunCommand&) = delete;
  PayrunCommand& operator=(const PayrunCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 created, 2 invalid input (nothing eligible,
  // unknown supplier or account, neither or both of --supplier and --all),
  // 1 failed (database error).
  [[nodiscard]] int Run();

 private:
  CLI::App* command_;
  CLI::App* create_;
  DatabaseOptions database_;
  std::string supplier_;
  std::string pay_from_;
  bool all_ = false;
};

}  // namespace apbridge::app
