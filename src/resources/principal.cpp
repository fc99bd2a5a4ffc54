// Principal: API key grants and token scopes.
#include "resources/principal.hpp"

#include "common/text.hpp"
#include "model/api_scopes.hpp"

namespace apbridge::resources {
namespace {

bool KeyGrants(std::string_view permissions, std::string_view resource, std::string_view action) {
  for (std::string_view grant : Split(permissions, ' ')) {
    if (grant == "*") return true;
    auto colon = grant.rfind(':');
    if (colon == std::string_view::npos) continue;
    std::string_view r = grant.substr(0, colon);
    std::string_view a = grant.substr(colon + 1);
    if ((r == "*" || r == resource) && (a == "*" || a == action)) return true;
  }
  return false;
}

}  // namespace

bool Principal::Allows(std::string_view resource, std::string_view action) const {
  if (credential == Credential::kApiKey) return KeyGrants(permissions, resource, action);
  std::string_view scope = model::ScopeFor(resource, action);
  return !scope.empty() && HasScope(scope);
}

bool Principal::HasScope(std::string_view scope) const {
  if (credential != Credential::kBearerToken || scope.empty()) return false;
  for (std::string_view s : Split(scopes, ' ')) {
    if (s == scope) return true;
  }
  return false;
}

}  // namespace apbridge::resources
