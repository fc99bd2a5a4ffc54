// `apbridge keys create|list|revoke`: manage the API keys clients send as
// X-COUPA-API-KEY, with their per-resource, per-action permissions.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/database_options.hpp"

namespace apbridge::resources {
class ApiKeys;
}  // namespace apbridge::resources

namespace apbridge::app {

// Adds the `keys` subcommand (with create, list and revoke) to `parent`;
// Run() after parsing. Not copyable: CLI11 keeps pointers into the options.
class KeysCommand {
 public:
  explicit KeysCommand(CLI::App& parent);
  KeysCommand(const KeysCommand&) = delete;
  KeysCommand& operator=(const KeysCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 done, 2 invalid input (bad permissions, unknown
  // user), 1 failed (name taken, no such key, database error).
  [[nodiscard]] int Run();

 private:
  int Create(const resources::ApiKeys& keys);
  int List(const resources::ApiKeys& keys);
  int Revoke(const resources::ApiKeys& keys);

  CLI::App* command_;
  CLI::App* create_;
  CLI::App* list_;
  CLI::App* revoke_;
  DatabaseOptions database_;
  std::string name_;
  std::string permissions_;
  std::string user_;
};

}  // namespace apbridge::app
