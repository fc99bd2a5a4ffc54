// `apbridge filters`: command-line wiring around resources::ResponseFilters.
#include "app/filters_command.hpp"

#include <iostream>

#include "app/command_error.hpp"
#include "app/stop_signals.hpp"
#include "app/table_output.hpp"
#include "codec/codec.hpp"
#include "model/api_resources.hpp"
#include "resources/response_filters.hpp"

namespace apbridge::app {
namespace {

// Invalid input is a usage error (2); anything else a failure (1).
int Report(std::string_view action, const Error& e) { return ReportCommandError("filters", action, e); }

}  // namespace

FiltersCommand::FiltersCommand(CLI::App& parent) {
  command_ = parent.add_subcommand("filters", "Manage named response filters (GET ...?filter=NAME)");
  command_->require_subcommand(1);
  // The database flags are accepted before or after the action
  // (`filters --data-dir D list`, `filters list --data-dir D`).
  command_->fallthrough();
  AddDatabaseFlags(*command_, database_);
  command_->footer(
      "Examples:\n"
      "  apbridge filters add erp_invoices --resource invoices \\\n"
      "      --fields '[\"id\",\"invoice-number\",{\"supplier\":[\"name\"]}]'\n"
      "  apbridge filters list\n"
      "  apbridge filters remove erp_invoices\n");

  add_ = command_->add_subcommand("add", "Define a filter");
  add_->add_option("name", name_, "Filter name: letters, digits, '_' and '-'")->required();
  add_->add_option("--resource", resource_, "The API resource it shapes: " + model::ApiResourceNames())
      ->required();
  add_->add_option("--fields", fields_,
                   "The field selection, as fields= takes it: '[\"id\",{\"supplier\":[\"name\"]}]'")
      ->required();
  add_->add_option("--description", description_, "What the filter is for");

  list_ = command_->add_subcommand("list", "List the filters");

  remove_ = command_->add_subcommand("remove", "Delete a filter");
  remove_->add_option("name", name_, "Filter name")->required();
}

int FiltersCommand::Run() {
  // main() blocks SIGINT/SIGTERM for serve's sigwait; here they should
  // simply end the process (each change is one transaction).
  UnblockStopSignals();
  std::string_view action = add_->parsed() ? "add" : list_->parsed() ? "list" : "remove";
  // With the instance's custom fields: a filter may select them.
  auto database = OpenDatabaseWithCustomFields(database_.data_dir, database_.db);
  if (!database) return Report(action, database.error());
  SystemClock clock;
  resources::ResponseFilters filters(*database->store, *database->catalog, clock, codec::ParseFieldSelection);
  if (add_->parsed()) return Add(filters);
  if (list_->parsed()) return List(filters);
  return Remove(filters);
}

int FiltersCommand::Add(const resources::ResponseFilters& filters) {
  auto created = filters.Create({name_, resource_, fields_, description_});
  if (!created) return Report("add", created.error());
  std::cout << "added response filter " << created->name << " for " << created->resource
            << " (use ?filter=" << created->name << ")\n";
  return 0;
}

int FiltersCommand::List(const resources::ResponseFilters& filters) {
  auto all = filters.List();
  if (!all) return Report("list", all.error());
  if (all->empty()) {
    std::cerr << "no response filters (add one with 'apbridge filters add')\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& f : *all) rows.push_back({f.name, f.resource, f.description, f.fields});
  PrintTable(std::cout, {"NAME", "RESOURCE", "DESCRIPTION", "FIELDS"}, rows);  // FIELDS last: it can be long
  return 0;
}

int FiltersCommand::Remove(const resources::ResponseFilters& filters) {
  if (auto s = filters.Remove(name_); !s) return Report("remove", s.error());
  std::cout << "removed response filter " << name_ << "\n";
  return 0;
}

}  // namespace apbridge::app
