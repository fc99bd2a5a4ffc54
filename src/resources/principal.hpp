// Who is calling, once authenticated: an API key's holder or an OAuth2
// client presenting a bearer token; and what each may do.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "resources/actor.hpp"

namespace apbridge::resources {

struct Principal {
  enum class Credential { kApiKey, kBearerToken };

  Credential credential = Credential::kApiKey;
  int64_t id = 0;           // the API key's or the OAuth2 client's record id
  std::string name;         // the key's or the client's name
  std::string permissions;  // an API key's grants: "*" or space-separated "resource:action"
  std::string scopes;       // a bearer token's granted scopes, space-separated
  Actor actor;              // the API user the key or client acts as

  // Whether the principal may perform `action` (index, show, update, ...) on
  // API resource `resource` ("invoices", "coupa_pay/payments", "admin"): an
  // API key by its grants, a token by model::ScopeFor(resource, action).
  [[nodiscard]] bool Allows(std::string_view resource, std::string_view action) const;
  // Whether a token holds `scope`; never for an API key.
  [[nodiscard]] bool HasScope(std::string_view scope) const;
};

}  // namespace apbridge::resources
