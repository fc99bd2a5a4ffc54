// `apbridge keys`: command-line wiring around resources::ApiKeys.
#include "app/keys_command.hpp"

#include <iostream>

#include "app/command_error.hpp"
#include "app/stop_signals.hpp"
#include "app/table_output.hpp"
#include "model/api_resources.hpp"
#include "resources/api_keys.hpp"

namespace apbridge::app {
namespace {

// Invalid input is a usage error (2); anything else a failure (1).
int Report(std::string_view action, const Error& e) { return ReportCommandError("keys", action, e); }

}  // namespace

KeysCommand::KeysCommand(CLI::App& parent) {
  command_ = parent.add_subcommand("keys", "Manage API keys (X-COUPA-API-KEY) and their permissions");
  command_->require_subcommand(1);
  // The database flags are accepted before or after the action.
  command_->fallthrough();
  AddDatabaseFlags(*command_, database_);
  command_->footer(
      "Permissions are '*' or space-separated grants RESOURCE:ACTION, where RESOURCE is one of " +
      model::ApiResourceNames() + ", " + std::string(model::kAdminResource) +
      " or *, and ACTION one it serves (index, show, update, submit, ...) or *.\n"
      "Examples:\n"
      "  apbridge keys create erp --user erp-integration \\\n"
      "      --permissions 'invoices:index invoices:show invoices:update coupa_pay/payments:*'\n"
      "  apbridge keys list\n"
      "  apbridge keys revoke erp\n");

  create_ = command_->add_subcommand("create", "Issue a key; it is printed once and stored only hashed");
  create_->add_option("name", name_, "What the key is for (unique)")->required();
  create_->add_option("--permissions", permissions_, "'*' or grants such as 'invoices:index invoices:show'")
      ->required();
  create_->add_option("--user", user_, "Login or id of the API user it acts as (recorded in updated-by)");

  list_ = command_->add_subcommand("list", "List the keys (never their secrets)");

  revoke_ = command_->add_subcommand("revoke", "Deactivate a key, at once for every server on the database");
  revoke_->add_option("key", name_, "The key's id or name")->required();
}

int KeysCommand::Run() {
  // main() blocks SIGINT/SIGTERM for serve's sigwait; here they should
  // simply end the process (each change is one transaction).
  UnblockStopSignals();
  std::string_view action = create_->parsed() ? "create" : list_->parsed() ? "list" : "revoke";
  auto store = OpenDatabase(database_.data_dir, database_.db);
  if (!store) return Report(action, store.error());
  SystemClock clock;
  resources::ApiKeys keys(**store, model::Catalog::Coupa(), clock);
  if (create_->parsed()) return Create(keys);
  if (list_->parsed()) return List(keys);
  return Revoke(keys);
}

int KeysCommand::Create(const resources::ApiKeys& keys) {
  auto issued = keys.Issue({name_, permissions_, user_});
  if (!issued) return Report("create", issued.error());
  // The secret on stdout alone, so `K=$(apbridge keys create ...)` works.
  std::cout << issued->key << "\n";
  std::cerr << "created API key " << name_ << " (id " << issued->id
            << "); it is shown only now: store it where your client reads it\n";
  return 0;
}

int KeysCommand::List(const resources::ApiKeys& keys) {
  auto all = keys.List();
  if (!all) return Report("list", all.error());
  if (all->empty()) {
    std::cerr << "no API keys (create one with 'apbridge keys create')\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& k : *all) {
    rows.push_back({std::to_string(k.id), k.name, k.prefix + "...", k.active ? "active" : "revoked",
                    k.user.empty() ? "-" : k.user, FormatUtcZ(k.created_at), k.permissions});
  }
  // PERMISSIONS last: it can be long.
  PrintTable(std::cout, {"ID", "NAME", "KEY", "STATUS", "USER", "CREATED", "PERMISSIONS"}, rows);
  return 0;
}

int KeysCommand::Revoke(const resources::ApiKeys& keys) {
  if (auto s = keys.Revoke(name_); !s) return Report("revoke", s.error());
  std::cout << "revoked API key " << name_ << "\n";
  return 0;
}

}  // namespace apbridge::app
