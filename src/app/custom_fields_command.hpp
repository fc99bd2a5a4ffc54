// `apbridge custom-fields add|list|remove`: manage the instance's custom
// fields of invoices and invoice lines.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "app/database_options.hpp"

namespace apbridge::resources {
class CustomFields;
}  // namespace apbridge::resources

namespace apbridge::app {

// Adds the `custom-fields` subcommand to `parent`; Run() after parsing. Not
// copyable: CLI11 keeps pointers into the options.
class CustomFieldsCommand {
 public:
  explicit CustomFieldsCommand(CLI::App& parent);
  CustomFieldsCommand(const CustomFieldsCommand&) = delete;
  CustomFieldsCommand& operator=(const CustomFieldsCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 done, 2 invalid input (bad resource, name, type
  // or values), 1 failed (defined already, no such field, database error).
  [[nodiscard]] int Run();

 private:
  int Add(const resources::CustomFields& fields);
  int List(const resources::CustomFields& fields);
  int Remove(const resources::CustomFields& fields);

  CLI::App* command_;
  CLI::App* add_;
  CLI::App* list_;
  CLI::App* remove_;
  DatabaseOptions database_;
  std::string resource_;
  std::string name_;
  std::string type_ = "string";
  std::vector<std::string> values_;
};

}  // namespace apbridge::app
