// `apbridge clients`: command-line wiring around resources::OAuthClients.
#include "app/clients_command.hpp"

#include <iostream>

#include "app/command_error.hpp"
#include "app/stop_signals.hpp"
#include "app/table_output.hpp"
#include "model/api_scopes.hpp"
#include "resources/oauth_clients.hpp"

namespace apbridge::app {
namespace {

int Report(std::string_view action, const Error& e) { return ReportCommandError("clients", action, e); }

std::string ScopeNames() {
  std::string out;
  for (std::string_view s : model::KnownScopes()) {
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

}  // namespace

ClientsCommand::ClientsCommand(CLI::App& parent) {
  command_ =
      parent.add_subcommand("clients", "Manage OAuth2 clients (client credentials grant) and their scopes");
  command_->require_subcommand(1);
  command_->fallthrough();
  AddDatabaseFlags(*command_, database_);
  command_->footer("Scopes: " + ScopeNames() +
                   "\nExamples:\n"
                   "  apbridge clients create erp --user erp-integration \\\n"
                   "      --scopes 'core.invoice.read core.invoice.write core.pay.payments.read'\n"
                   "  apbridge clients list\n"
                   "  apbridge clients revoke erp\n");

  create_ = command_->add_subcommand(
      "create", "Register a client; its id and secret are printed once, the secret stored only hashed");
  create_->add_option("name", name_, "What the client is for (unique)")->required();
  create_->add_option("--scopes", scopes_, "The scopes it may be granted, space-separated")->required();
  create_->add_option("--user", user_,
                      "Login or id of the API user its tokens act as (recorded in updated-by)");

  list_ = command_->add_subcommand("list", "List the clients (never their secrets)");

  revoke_ =
      command_->add_subcommand("revoke", "Deactivate a client and its tokens, at once for every server");
  revoke_->add_option("client", name_, "The client's id, name or client id")->required();
}

int ClientsCommand::Run() {
  UnblockStopSignals();
  std::string_view action = create_->parsed() ? "create" : list_->parsed() ? "list" : "revoke";
  auto store = OpenDatabase(database_.data_dir, database_.db);
  if (!store) return Report(action, store.error());
  SystemClock clock;
  resources::OAuthClients clients(**store, model::Catalog::Coupa(), clock);
  if (create_->parsed()) return Create(clients);
  if (list_->parsed()) return List(clients);
  return Revoke(clients);
}

int ClientsCommand::Create(const resources::OAuthClients& clients) {
  auto issued = clients.Register({name_, scopes_, user_});
  if (!issued) return Report("create", issued.error());
  // On stdout alone, one per line, so that a script can read both.
  std::cout << "client_id=" << issued->client_id << "\nclient_secret=" << issued->client_secret << "\n";
  std::cerr << "created OAuth2 client " << name_ << " (id " << issued->id
            << "); the secret is shown only now: store it where your client reads it\n";
  return 0;
}

int ClientsCommand::List(const resources::OAuthClients& clients) {
  auto all = clients.List();
  if (!all) return Report("list", all.error());
  if (all->empty()) {
    std::cerr << "no OAuth2 clients (create one with 'apbridge clients create')\n";
    return 0;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : *all) {
    rows.push_back({std::to_string(c.id), c.name, c.client_id, c.active ? "active" : "revoked",
                    c.user.empty() ? "-" : c.user, FormatUtcZ(c.created_at), c.scopes});
  }
  PrintTable(std::cout, {"ID", "NAME", "CLIENT ID", "STATUS", "USER", "CREATED", "SCOPES"}, rows);
  return 0;
}

int ClientsCommand::Revoke(const resources::OAuthClients& clients) {
  if (auto s = clients.Revoke(name_); !s) return Report("revoke", s.error());
  std::cout << "revoked OAuth2 client " << name_ << "\n";
  return 0;
}

}  // namespace apbridge::app
