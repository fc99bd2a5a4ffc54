// `apbridge clients create|list|revoke`: manage the OAuth2 clients that get
// bearer tokens from POST /oauth2/token, with the scopes they may be granted.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/database_options.hpp"

namespace apbridge::resources {
class OAuthClients;
}  // namespace apbridge::resources

namespace apbridge::app {

// Adds the `clients` subcommand (with create, list and revoke) to `parent`;
// Run() after parsing. Not copyable: CLI11 keeps pointers into the options.
class ClientsCommand {
 public:
  explicit ClientsCommand(CLI::App& parent);
  ClientsCommand(const ClientsCommand&) = delete;
  ClientsCommand& operator=(const ClientsCommand&) = delete;

  [[nodiscard]] bool parsed() const { return command_->parsed(); }
  // The process exit code: 0 done, 2 invalid input (unknown scope, unknown
  // user), 1 failed (name taken, no such client, database error).
  [[nodiscard]] int Run();

 private:
  int Create(const resources::OAuthClients& clients);
  int List(const resources::OAuthClients& clients);
  int Revoke(const resources::OAuthClients& clients);

  CLI::App* command_;
  CLI::App* create_;
  CLI::App* list_;
  CLI::App* revoke_;
  DatabaseOptions database_;
  std::string name_;
  std::string scopes_;
  std::string user_;
};

}  // namespace apbridge::app
