// DIR/demo-credentials.json: the demo API key and OAuth2 clients, kept
// across restarts so that credentials a user copied stay valid.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace apbridge::app {

struct DemoClient {
  std::string name;  // "demo-core", "demo-supplier"
  std::string client_id;
  std::string client_secret;
  std::string scopes;  // space-separated
};

struct DemoCredentials {
  std::string api_key;
  std::vector<DemoClient> oauth2_clients;
};

// The credentials of `file` where it has them (as this server wrote it),
// fresh random ones for the rest: the demo key (40 characters), a core API
// client with every core scope and a supplier API client (csp.invoices.read).
[[nodiscard]] DemoCredentials LoadOrCreateDemoCredentials(const std::filesystem::path& file);

// Writes them with the server's base URL, readable by the owner only
// (written aside and renamed, so a reader never sees half a file).
[[nodiscard]] Status WriteDemoCredentials(const std::filesystem::path& file,
                                          const DemoCredentials& credentials, const std::string& base_url);

// The credentials and a curl line for each way in, for a person at a terminal.
void PrintDemoCredentials(std::ostream& out, const DemoCredentials& credentials, const std::string& base_url);

}  // namespace apbridge::app
