// OAuth2 clients and their access tokens (client credentials grant, RFC 6749
// section 4.4): secrets and tokens stored hashed, scopes granted as the
// intersection of those asked for and those the client may have.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "model/field_ref.hpp"
#include "resources/actor.hpp"
#include "resources/principal.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// Ok when `scopes` names at least one scope, each of model::KnownScopes();
// InvalidArgument naming the first that is not, so a typo cannot register a
// client that can do nothing.
[[nodiscard]] Status CheckScopes(std::string_view scopes);

struct ClientRequest {
  std::string name;    // unique among clients
  std::string scopes;  // CheckScopes
  std::string user;    // login or id of the API user its tokens act as; empty: none
};

// A client as registered: the secret is only ever seen here.
struct IssuedClient {
  int64_t id = 0;
  std::string client_id;
  std::string client_secret;
};

// A client as listed: everything but its secret.
struct ClientSummary {
  int64_t id = 0;
  std::string name;
  std::string client_id;
  std::string scopes;
  std::string user;  // login; empty for none
  bool active = false;
  Timestamp created_at;
};

// The parameters of a token request (RFC 6749 4.4.2), however they arrived
// (form body or HTTP Basic): the api layer reads the wire.
struct TokenRequest {
  std::string grant_type;
  std::string client_id;
  std::string client_secret;
  std::optional<std::string> scope;  // nullopt: not sent (every scope of the client)
};

// The answer of a token request (RFC 6749 5.1).
struct AccessToken {
  std::string token;
  int64_t expires_in = 0;  // seconds
  std::string scope;       // granted, space-separated
};

struct OAuthOptions {
  // Coupa's tokens live a day less a second.
  std::chrono::seconds token_lifetime{86399};
};

// Thread-safe; borrows the store, catalog and clock.
class OAuthClients {
 public:
  OAuthClients(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
               OAuthOptions options = {});

  // Registers a client with a random client id and secret. InvalidArgument
  // for an empty name, bad scopes or an unknown user; Conflict for a taken name.
  [[nodiscard]] Result<IssuedClient> Register(const ClientRequest& request) const;
  // Every client, active or revoked, in id order.
  [[nodiscard]] Result<std::vector<ClientSummary>> List() const;
  // Deactivates the client with that id, name or client id: its tokens are
  // refused at once, on every server on the database. NotFound when none.
  [[nodiscard]] Status Revoke(std::string_view client) const;
  // Makes sure a client with `client_id` exists, active, with `secret`,
  // `scopes` and `as` (the demo clients).
  [[nodiscard]] Status Ensure(std::string_view client_id, std::string_view secret, std::string_view name,
                              std::string_view scopes, const Actor& as) const;

  // Issues a token. Errors carry the RFC 6749 5.2 code in oauth_error:
  // invalid_request (InvalidArgument: grant_type missing), unsupported_grant_type
  // (InvalidArgument), invalid_client (Unauthenticated: no credentials, an
  // unknown or revoked client, a wrong secret; one message for all),
  // invalid_scope (InvalidArgument: none of the asked-for scopes is the
  // client's). Scopes the client lacks, or that nobody knows, are left out,
  // never refused. Expired tokens of the client are deleted on the way.
  [[nodiscard]] Result<AccessToken> IssueToken(const TokenRequest& request) const;
  // The principal of a bearer token; Unauthenticated when it is unknown,
  // expired or its client revoked.
  [[nodiscard]] Result<Principal> Authenticate(std::string_view token) const;

 private:
  Result<model::RecordList> ClientsWhere(storage::UnitOfWork& uow, model::FieldRef<std::string> field,
                                         std::string value) const;
  Status DeleteExpiredTokens(storage::UnitOfWork& uow, int64_t client) const;

  storage::Store& store_;
  const model::Resource& clients_;
  const model::Resource& tokens_;
  const model::Resource& users_;
  const Clock& clock_;
  OAuthOptions options_;
};

}  // namespace apbridge::resources
