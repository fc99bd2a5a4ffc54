// `apbridge custom-fields`: command-line wiring around resources::CustomFields.
#include "app/custom_fields_command.hpp"

#include <iostream>

#include "app/command_error.hpp"
#include "app/stop_signals.hpp"
#include "app/table_output.hpp"
#include "model/catalog.hpp"
#include "resources/custom_fields.hpp"

namespace apbridge::app {
namespace {

// Invalid input is a usage error (2); anything else a failure (1).
int Report(std::string_view action, const Error& e) { return ReportCommandError("custom-fields", action, e); }

std::string TypeNames() {
  std::string out;
  for (std::string_view t : model::kCustomFieldTypeNames) {
    if (!out.empty()) out += '|';
    out += t;
  }
  return out;
}

constexpr std::string_view kRestartNote = "(a running server picks custom fields up when it restarts)";

}  // namespace

CustomFieldsCommand::CustomFieldsCommand(CLI::App& parent) {
  command_ = parent.add_subcommand("custom-fields", "Manage the custom fields of invoices and invoice lines");
  command_->require_subcommand(1);
  command_->fallthrough();
  AddDatabaseFlags(*command_, database_);
  command_->footer(
      "Custom fields render under <custom-fields> of their resource, are written\n"
      "the same way, and are queried as custom_fields[NAME]=VALUE.\n"
      "Examples:\n"
      "  apbridge custom-fields add invoice-header erp-document-number --type string\n"
      "  apbridge custom-fields add invoice-line cost-type --type string --values capex,opex\n"
      "  apbridge custom-fields list\n"
      "  apbridge custom-fields remove invoice-header erp-document-number\n");

  add_ = command_->add_subcommand("add", "Define a custom field");
  add_->add_option("resource", resource_, "invoice-header or invoice-line")->required();
  add_->add_option("name", name_, "Its name: a lower-case letter, then letters, digits, '-' or '_'")
      ->required();
  add_->add_option("--type", type_, TypeNames())->capture_default_str();
  add_->add_option("--values", values_, "A string field's allowable values: a,b,c")->delimiter(',');

  list_ = command_->add_subcommand("list", "List the custom fields");

  remove_ = command_->add_subcommand("remove", "Remove a custom field (its values stay stored)");
  remove_->add_option("resource", resource_, "invoice-header or invoice-line")->required();
  remove_->add_option("name", name_, "The field's name")->required();
}

int CustomFieldsCommand::Run() {
  UnblockStopSignals();  // each change is one transaction: a signal may simply end the process
  std::string_view action = add_->parsed() ? "add" : list_->parsed() ? "list" : "remove";
  auto store = OpenDatabase(database_.data_dir, database_.db);
  if (!store) return Report(action, store.error());
  SystemClock clock;
  resources::CustomFields fields(**store, model::Catalog::Coupa(), clock);
  if (add_->parsed()) return Add(fields);
  if (list_->parsed()) return List(fields);
  return Remove(fields);
}

int CustomFieldsCommand::Add(const resources::CustomFields& fields) {
  std::optional<model::CustomFieldType> type = model::ParseCustomFieldType(type_);
  if (!type) return Report("add", InvalidArgument("--type: '" + type_ + "' is not one of " + TypeNames()));
  auto added = fields.Add({resource_, name_, *type, values_});
  if (!added) return Report("add", added.error());
  std::cout << "added custom field " << added->name << " (" << model::NameOf(added->type) << ") to "
            << added->resource << " " << kRestartNote << "\n";
  return 0;
}

int CustomFieldsCommand::List(const resources::CustomFields& fields) {
  auto all = fields.Active();
  if (!all) return Report("list", all.error());
  if (all->empty()) {
    std::cerr << "no custom fields (add one with 'apbridge custom-fields add')\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& f : *all) {
    std::string values;
    for (const std::string& v : f.values) values += (values.empty() ? "" : ",") + v;
    rows.push_back({f.resource, f.name, std::string(model::NameOf(f.type)), values});
  }
  PrintTable(std::cout, {"RESOURCE", "NAME", "TYPE", "VALUES"}, rows);
  return 0;
}

int CustomFieldsCommand::Remove(const resources::CustomFields& fields) {
  if (auto s = fields.Remove(resource_, name_); !s) return Report("remove", s.error());
  std::cout << "removed custom field " << name_ << " of " << resource_ << " " << kRestartNote << "\n";
  return 0;
}

}  // namespace apbridge::app
