// Reading back and writing the demo credentials file.
#include "app/demo_credentials.hpp"

#include <fstream>
#include <regex>
#include <sstream>

#include "common/crypto.hpp"
#include "common/text.hpp"
#include "common/text_escape.hpp"
#include "model/api_scopes.hpp"

namespace apbridge::app {
namespace {

// Every scope but the supplier API's.
std::string CoreScopes() {
  std::string out;
  for (std::string_view s : model::KnownScopes()) {
    if (s == model::kSupplierInvoicesRead) continue;
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

std::string FileText(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  if (in) text << in.rdbuf();
  return text.str();
}

// The file is only ever the one WriteDemoCredentials wrote: its values are
// alphanumeric, so a pattern reads them back without a JSON parser.
std::string Match(const std::string& text, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : std::string();
}

std::string OrRandom(const std::string& value, size_t length) {
  return value.size() == length ? value : RandomAlphanumeric(length);
}

void AppendScopes(std::string_view scopes, std::string* out) {
  *out += "[";
  bool first = true;
  for (std::string_view s : Split(scopes, ' ')) {
    if (!first) *out += ", ";
    first = false;
    AppendJsonString(s, out);
  }
  *out += "]";
}

}  // namespace

DemoCredentials LoadOrCreateDemoCredentials(const std::filesystem::path& file) {
  const std::string text = FileText(file);
  DemoCredentials c;
  c.api_key = OrRandom(Match(text, R"re("api_key"\s*:\s*"([A-Za-z0-9]{40})")re"), 40);
  const std::pair<std::string, std::string> clients[] = {
      {"demo-core", CoreScopes()}, {"demo-supplier", std::string(model::kSupplierInvoicesRead)}};
  for (const auto& [name, scopes] : clients) {
    const std::string entry =
        R"re("name"\s*:\s*")re" + name + R"re("\s*,\s*"client_id"\s*:\s*"([A-Za-z0-9]{32})")re";
    const std::string id = Match(text, entry);
    const std::string secret =
        id.empty() ? std::string()
                   : Match(text, R"re("client_id"\s*:\s*")re" + id +
                                     R"re("\s*,\s*"client_secret"\s*:\s*"([A-Za-z0-9]{48})")re");
    // A client is kept only whole: an id without its secret gets new ones.
    if (secret.empty()) {
      c.oauth2_clients.push_back({name, RandomAlphanumeric(32), RandomAlphanumeric(48), scopes});
    } else {
      c.oauth2_clients.push_back({name, id, secret, scopes});
    }
  }
  return c;
}

Status WriteDemoCredentials(const std::filesystem::path& file, const DemoCredentials& credentials,
                            const std::string& base_url) {
  std::string out = "{\n  \"base_url\": ";
  AppendJsonString(base_url, &out);
  out += ",\n  \"api_key\": ";
  AppendJsonString(credentials.api_key, &out);
  out += ",\n  \"api_key_header\": \"X-COUPA-API-KEY\",\n  \"token_url\": ";
  AppendJsonString(base_url + "/oauth2/token", &out);
  out += ",\n  \"oauth2_clients\": [";
  for (size_t i = 0; i < credentials.oauth2_clients.size(); ++i) {
    const DemoClient& c = credentials.oauth2_clients[i];
    out += i == 0 ? "\n" : ",\n";
    out += "    {\"name\": ";
    AppendJsonString(c.name, &out);
    out += ", \"client_id\": ";
    AppendJsonString(c.client_id, &out);
    out += ", \"client_secret\": ";
    AppendJsonString(c.client_secret, &out);
    out += ", \"scopes\": ";
    AppendScopes(c.scopes, &out);
    out += "}";
  }
  out += "\n  ]\n}\n";
  std::filesystem::path tmp = file;
  tmp += ".tmp";
  {
    std::ofstream stream(tmp, std::ios::trunc);
    stream << out;
    if (!stream) return Fail(Internal("cannot write " + tmp.string()));
  }
  std::filesystem::permissions(tmp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  std::filesystem::rename(tmp, file);
  return Ok();
}

void PrintDemoCredentials(std::ostream& out, const DemoCredentials& credentials,
                          const std::string& base_url) {
  out << "demo API key: " << credentials.api_key << "\n"
      << "try: curl -H 'X-COUPA-API-KEY: " << credentials.api_key << "' " << base_url
      << "/api/invoices/106\n";
  for (const DemoClient& c : credentials.oauth2_clients) {
    out << "OAuth2 client " << c.name
        << ": curl -d grant_type=client_credentials -d client_id=" << c.client_id
        << " -d client_secret=" << c.client_secret << " " << base_url << "/oauth2/token\n";
  }
  out.flush();
}

}  // namespace apbridge::app
