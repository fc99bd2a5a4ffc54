// OAuthClients: registering clients, issuing and checking tokens.
#include "resources/oauth_clients.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/crypto.hpp"
#include "common/text.hpp"
#include "model/api_scopes.hpp"
#include "model/fields.hpp"
#include "resources/api_users.hpp"

namespace apbridge::resources {
namespace {

constexpr size_t kClientIdLength = 32;
constexpr size_t kSecretLength = 48;
constexpr size_t kTokenLength = 48;
// Expired tokens deleted per token request: enough to keep up with any
// client, little enough that no request pays for a backlog at once.
constexpr int kExpiredTokensPerIssue = 50;

Error OAuthError(Error error, std::string code) {
  error.oauth_error = std::move(code);
  return error;
}

Error InvalidClient() {
  return OAuthError(Unauthenticated("Client authentication failed"), "invalid_client");
}

bool Contains(const std::vector<std::string_view>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Space-separated, without empties or repeats, in order.
std::vector<std::string_view> ScopeList(std::string_view scopes) {
  std::vector<std::string_view> out;
  for (std::string_view s : Split(scopes, ' ')) {
    if (!s.empty() && !Contains(out, s)) out.push_back(s);
  }
  return out;
}

// What a request is granted: the asked-for scopes the client has, in the
// order asked; every scope of the client when none was asked for.
std::vector<std::string_view> Granted(const std::optional<std::string>& asked, std::string_view allowed) {
  std::vector<std::string_view> client = ScopeList(allowed);
  if (!asked || Trim(*asked).empty()) return client;
  std::vector<std::string_view> granted;
  for (std::string_view s : ScopeList(*asked)) {
    if (Contains(client, s)) granted.push_back(s);
  }
  return granted;
}

std::string Joined(const std::vector<std::string_view>& scopes) {
  std::string out;
  for (std::string_view s : scopes) {
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

}  // namespace

Status CheckScopes(std::string_view scopes) {
  std::vector<std::string_view> list = ScopeList(scopes);
  if (list.empty()) {
    return Fail(InvalidArgument("an OAuth2 client needs scopes, such as core.invoice.read"));
  }
  auto known = model::KnownScopes();
  for (std::string_view s : list) {
    if (std::find(known.begin(), known.end(), s) == known.end()) {
      return Fail(InvalidArgument(fmt::format("unknown scope {}", Quoted(s))));
    }
  }
  return Ok();
}

OAuthClients::OAuthClients(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                           OAuthOptions options)
    : store_(store),
      clients_(catalog.Get("oauth-client")),
      tokens_(catalog.Get("oauth-token")),
      users_(catalog.Get("user")),
      suppliers_(catalog.Get("supplier")),
      clock_(clock),
      options_(options) {}

Result<model::RecordList> OAuthClients::ClientsWhere(storage::UnitOfWork& uow,
                                                     model::FieldRef<std::string> field,
                                                     std::string value) const {
  query::Query q;
  q.resource = &clients_;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(clients_, field, std::move(value)));
  return uow.Find(q, *clients_.projection(model::Shape::kStored));
}

Result<IssuedClient> OAuthClients::Register(const ClientRequest& request) const {
  const std::string name(Trim(request.name));
  if (name.empty()) return Fail(InvalidArgument("an OAuth2 client needs a name"));
  APB_TRY_STATUS(CheckScopes(request.scopes));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList same_name, ClientsWhere(*uow, model::oauth_client::kName, name));
  if (!same_name.empty()) return Fail(Conflict("an OAuth2 client named " + Quoted(name) + " exists"));
  IssuedClient issued{0, RandomAlphanumeric(kClientIdLength), RandomAlphanumeric(kSecretLength)};
  auto record = model::Record::Make(clients_);
  const Timestamp now = clock_.Now();
  record->Set(model::oauth_client::kCreatedAt, now);
  record->Set(model::oauth_client::kUpdatedAt, now);
  record->Set(model::oauth_client::kName, name);
  record->Set(model::oauth_client::kClientId, issued.client_id);
  record->Set(model::oauth_client::kSecretHash, Sha256Hex(issued.client_secret));
  record->Set(model::oauth_client::kScopes, Joined(ScopeList(request.scopes)));
  record->Set(model::oauth_client::kActive, true);
  if (!Trim(request.user).empty()) {
    APB_TRY(int64_t user, ApiUserId(*uow, users_, Trim(request.user)));
    record->Set(model::oauth_client::kUserId, user);
  }
  if (!Trim(request.supplier).empty()) {
    APB_TRY(int64_t supplier, SupplierId(*uow, suppliers_, Trim(request.supplier)));
    record->Set(model::oauth_client::kSupplierId, supplier);
  }
  APB_TRY(issued.id, uow->Insert(*record));
  APB_TRY_STATUS(uow->Commit());
  return issued;
}

Result<std::vector<ClientSummary>> OAuthClients::List() const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  query::Query all;
  all.resource = &clients_;
  APB_TRY(model::RecordList clients,
          storage::FindAll(*uow, all, *clients_.projection(model::Shape::kStored)));
  std::vector<ClientSummary> out;
  for (const model::RecordPtr& c : clients) {
    ClientSummary s;
    s.id = *c->id();
    s.name = c->GetOr(model::oauth_client::kName, "");
    s.client_id = c->GetOr(model::oauth_client::kClientId, "");
    s.scopes = c->GetOr(model::oauth_client::kScopes, "");
    s.active = c->GetOr(model::oauth_client::kActive, false);
    s.created_at = c->GetOr(model::oauth_client::kCreatedAt, Timestamp{});
    if (const int64_t* user = c->Get(model::oauth_client::kUserId))
      s.user = ApiUserLogin(*uow, users_, *user);
    if (const int64_t* supplier = c->Get(model::oauth_client::kSupplierId)) {
      s.supplier = SupplierName(*uow, suppliers_, *supplier);
    }
    if (const int64_t* credits = c->Get(model::oauth_client::kCredits)) s.credits = *credits;
    out.push_back(std::move(s));
  }
  return out;
}

Result<model::RecordPtr> OAuthClients::ClientNamed(storage::UnitOfWork& uow, std::string_view client) const {
  const std::string wanted(Trim(client));
  if (int64_t id = 0; ParseInt64(wanted, &id)) {
    if (auto c = uow.Get(id, *clients_.projection(model::Shape::kStored))) return *c;
  }
  for (auto field : {model::oauth_client::kName, model::oauth_client::kClientId}) {
    APB_TRY(model::RecordList found, ClientsWhere(uow, field, wanted));
    if (!found.empty()) return found.front();
  }
  return Fail(NotFound("no OAuth2 client with id, name or client id " + Quoted(client)));
}

Status OAuthClients::Revoke(std::string_view client) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr found, ClientNamed(*uow, client));
  auto change = model::Record::Make(clients_);
  change->Set(model::oauth_client::kId, *found->id());
  change->Set(model::oauth_client::kActive, false);
  change->Set(model::oauth_client::kUpdatedAt, clock_.Now());
  APB_TRY_STATUS(uow->Update(*change));
  return uow->Commit();
}

Status OAuthClients::SetCredits(std::string_view client, std::optional<int64_t> credits) const {
  if (credits && *credits < 0) return Fail(InvalidArgument("credits must be 0 or more"));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr found, ClientNamed(*uow, client));
  auto change = model::Record::Make(clients_);
  change->Set(model::oauth_client::kId, *found->id());
  if (credits) {
    change->Set(model::oauth_client::kCredits, *credits);
  } else {
    change->SetNull(model::oauth_client::kCredits);
  }
  change->Set(model::oauth_client::kUpdatedAt, clock_.Now());
  APB_TRY_STATUS(uow->Update(*change));
  return uow->Commit();
}

Status OAuthClients::SpendCredit(int64_t id) const {
  const model::Projection& stored = *clients_.projection(model::Shape::kStored);
  {
    // Most clients have no limit: a read tells, without taking the write lock on every call.
    APB_TRY(auto read, store_.Begin(storage::Store::Access::kRead));
    APB_TRY(model::RecordPtr client, read->Get(id, stored));
    if (client->Get(model::oauth_client::kCredits) == nullptr) return Ok();
  }
  // The write lock is taken at Begin, so two calls never spend the same credit.
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr client, uow->Get(id, stored));
  const int64_t* credits = client->Get(model::oauth_client::kCredits);
  if (credits == nullptr) return Ok();
  if (*credits <= 0) return Fail(Forbidden("Not enough Credits available."));
  auto change = model::Record::Make(clients_);
  change->Set(model::oauth_client::kId, id);
  change->Set(model::oauth_client::kCredits, *credits - 1);
  APB_TRY_STATUS(uow->Update(*change));
  return uow->Commit();
}

Status OAuthClients::Ensure(std::string_view client_id, std::string_view secret, std::string_view name,
                            std::string_view scopes, const Actor& as) const {
  APB_TRY_STATUS(CheckScopes(scopes));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList found,
          ClientsWhere(*uow, model::oauth_client::kClientId, std::string(client_id)));
  auto record = model::Record::Make(clients_);
  const Timestamp now = clock_.Now();
  record->Set(model::oauth_client::kUpdatedAt, now);
  record->Set(model::oauth_client::kName, std::string(name));
  record->Set(model::oauth_client::kSecretHash, Sha256Hex(secret));
  record->Set(model::oauth_client::kScopes, Joined(ScopeList(scopes)));
  record->Set(model::oauth_client::kActive, true);
  if (as.user_id) {
    record->Set(model::oauth_client::kUserId, *as.user_id);
  } else {
    record->SetNull(model::oauth_client::kUserId);
  }
  if (found.empty()) {
    record->Set(model::oauth_client::kCreatedAt, now);
    record->Set(model::oauth_client::kClientId, std::string(client_id));
    APB_TRY(int64_t id, uow->Insert(*record));
    (void)id;
  } else {
    record->Set(model::oauth_client::kId, *found.front()->id());
    APB_TRY_STATUS(uow->Update(*record));
  }
  return uow->Commit();
}

Status OAuthClients::DeleteExpiredTokens(storage::UnitOfWork& uow, int64_t client) const {
  query::Query q;
  q.resource = &tokens_;
  q.page.limit = kExpiredTokensPerIssue;
  q.conditions.push_back(query::Equal(tokens_, model::oauth_token::kClientId, client));
  q.conditions.push_back(query::Condition{
      {{&tokens_, model::oauth_token::kExpiresAt.index}}, query::Op::kLtOrEq, {model::Value{clock_.Now()}}});
  APB_TRY(model::RecordList expired, uow.Find(q, *tokens_.projection(model::Shape::kStored)));
  for (const model::RecordPtr& t : expired) APB_TRY_STATUS(uow.Delete(tokens_, *t->id()));
  return Ok();
}

Result<AccessToken> OAuthClients::IssueToken(const TokenRequest& request) const {
  if (request.grant_type.empty()) return Fail(InvalidArgument("grant_type is required"));
  if (request.grant_type != "client_credentials") {
    return Fail(OAuthError(InvalidArgument("The authorization grant type is not supported: " +
                                           Quoted(request.grant_type) + " (only client_credentials)"),
                           "unsupported_grant_type"));
  }
  if (request.client_id.empty() || request.client_secret.empty() || request.client_id.size() > 256 ||
      request.client_secret.size() > 256) {
    return Fail(InvalidClient());
  }
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList found, ClientsWhere(*uow, model::oauth_client::kClientId, request.client_id));
  if (found.empty()) return Fail(InvalidClient());
  const model::Record& client = *found.front();
  // The client id matches case-insensitively in the store: compare it exactly too.
  if (client.GetOr(model::oauth_client::kClientId, "") != request.client_id ||
      !ConstantTimeEquals(client.GetOr(model::oauth_client::kSecretHash, ""),
                          Sha256Hex(request.client_secret)) ||
      !client.GetOr(model::oauth_client::kActive, false)) {
    return Fail(InvalidClient());
  }
  const std::string allowed = client.GetOr(model::oauth_client::kScopes, "");
  std::vector<std::string_view> granted = Granted(request.scope, allowed);
  if (granted.empty()) {
    return Fail(OAuthError(InvalidArgument("None of the requested scopes is allowed for this client"),
                           "invalid_scope"));
  }
  APB_TRY_STATUS(DeleteExpiredTokens(*uow, *client.id()));
  AccessToken answer{RandomAlphanumeric(kTokenLength), options_.token_lifetime.count(), Joined(granted)};
  auto token = model::Record::Make(tokens_);
  const Timestamp now = clock_.Now();
  token->Set(model::oauth_token::kCreatedAt, now);
  token->Set(model::oauth_token::kTokenHash, Sha256Hex(answer.token));
  token->Set(model::oauth_token::kClientId, *client.id());
  token->Set(model::oauth_token::kScopes, answer.scope);
  token->Set(model::oauth_token::kExpiresAt, now + options_.token_lifetime);
  APB_TRY(int64_t id, uow->Insert(*token));
  (void)id;
  APB_TRY_STATUS(uow->Commit());
  return answer;
}

Result<Principal> OAuthClients::Authenticate(std::string_view presented) const {
  const Error invalid = Unauthenticated("Invalid access token");
  if (presented.empty() || presented.size() > 512) return Fail(invalid);
  const std::string hash = Sha256Hex(presented);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  query::Query q;
  q.resource = &tokens_;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(tokens_, model::oauth_token::kTokenHash, hash));
  APB_TRY(model::RecordList found, uow->Find(q, *tokens_.projection(model::Shape::kStored)));
  if (found.empty() || !ConstantTimeEquals(found.front()->GetOr(model::oauth_token::kTokenHash, ""), hash)) {
    return Fail(invalid);
  }
  const model::Record& token = *found.front();
  if (token.GetOr(model::oauth_token::kExpiresAt, Timestamp{}) <= clock_.Now()) {
    return Fail(Unauthenticated("The access token expired"));
  }
  auto client = uow->Get(token.GetOr(model::oauth_token::kClientId, int64_t{0}),
                         *clients_.projection(model::Shape::kStored));
  if (!client || !(*client)->GetOr(model::oauth_client::kActive, false)) return Fail(invalid);
  Principal principal;
  principal.credential = Principal::Credential::kBearerToken;
  principal.id = *(*client)->id();
  principal.name = (*client)->GetOr(model::oauth_client::kName, "");
  principal.scopes = token.GetOr(model::oauth_token::kScopes, "");
  const int64_t* user = (*client)->Get(model::oauth_client::kUserId);
  principal.actor = Actor{user != nullptr ? std::optional(*user) : std::nullopt};
  if (const int64_t* supplier = (*client)->Get(model::oauth_client::kSupplierId))
    principal.supplier_id = *supplier;
  return principal;
}

}  // namespace apbridge::resources
