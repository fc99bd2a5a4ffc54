// `apbridge filters add|list|remove`: manage the named response filters that
// clients apply with `GET ...?filter=<name>`.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/database_options.hpp"

namespace apbridge::resources {
class ResponseFilters;
}  // namespace apbridge::resources

namespace apbridge::app {

// Adds the `filters` subcommand (with add, list and remove) to `parent`;
// Run() after parsing. Not copyable: CLI11 keeps pointers into the options.
class FiltersCommand {
 public:
  explicit FiltersCommand(CLI::App& parent);
  FiltersCommand(const FiltersCommand&) = delete;
  FiltersCommand& operator=(const FiltersCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 done, 2 invalid input (bad name, resource or
  // fields), 1 failed (name taken, no such filter, database error).
  [[nodiscard]] int Run();

 private:
  int Add(const resources::ResponseFilters& filters);
  int List(const resources::ResponseFilters& filters);
  int Remove(const resources::ResponseFilters& filters);

  CLI::App* command_;
  CLI::App* add_;
  CLI::App* list_;
  CLI::App* remove_;
  DatabaseOptions database_;
  std::string name_;
  std::string resource_;
  std::string fields_;
  std::string description_;
};

}  // namespace apbridge::app
