// ApiKeys: hashing, look-up by hash, issuing and the bootstrap key.
#include "resources/api_keys.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "common/crypto.hpp"
#include "common/text.hpp"
#include "model/api_resources.hpp"
#include "model/fields.hpp"
#include "resources/api_users.hpp"

namespace apbridge::resources {
namespace {
constexpr size_t kIssuedKeyLength = 40;
constexpr size_t kMinimumKeyLength = 16;
}  // namespace

Status CheckPermissions(std::string_view permissions) {
  if (Trim(permissions).empty()) {
    return Fail(InvalidArgument("an API key needs permissions: '*' or grants such as invoices:index"));
  }
  for (std::string_view grant : Split(permissions, ' ')) {
    if (grant.empty() || grant == "*") continue;
    const auto colon = grant.rfind(':');
    const std::string_view resource = colon == std::string_view::npos ? grant : grant.substr(0, colon);
    const std::string_view action = colon == std::string_view::npos ? "" : grant.substr(colon + 1);
    if (resource == "*") {
      if (action.empty())
        return Fail(InvalidArgument(fmt::format("grant {} names no action", Quoted(grant))));
      continue;
    }
    const std::vector<std::string_view> actions = model::ActionsOf(resource);
    if (actions.empty()) {
      return Fail(
          InvalidArgument(fmt::format("grant {}: no API resource {} (one of {}, {})", Quoted(grant),
                                      Quoted(resource), model::ApiResourceNames(), model::kAdminResource)));
    }
    if (action != "*" && std::find(actions.begin(), actions.end(), action) == actions.end()) {
      return Fail(
          InvalidArgument(fmt::format("grant {}: {} has no action {} (one of {}, or *)", Quoted(grant),
                                      resource, Quoted(action), fmt::join(actions, ", "))));
    }
  }
  return Ok();
}

Result<model::RecordList> ApiKeys::FindWhere(storage::UnitOfWork& uow, model::FieldRef<std::string> field,
                                             std::string value) const {
  query::Query q;
  q.resource = &resource_;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(resource_, field, std::move(value)));
  return uow.Find(q, *resource_.projection(model::Shape::kStored));
}

Result<Principal> ApiKeys::Authenticate(std::string_view presented) const {
  const Error denied = Unauthenticated("Invalid API key");
  if (presented.empty() || presented.size() > 256) return Fail(denied);
  std::string hash = Sha256Hex(presented);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList found, FindWhere(*uow, model::api_key::kKeyHash, hash));
  if (found.empty()) return Fail(denied);
  const model::Record& key = *found.front();
  if (!ConstantTimeEquals(key.GetOr(model::api_key::kKeyHash, ""), hash) ||
      !key.GetOr(model::api_key::kActive, false)) {
    return Fail(denied);
  }
  const int64_t* user = key.Get(model::api_key::kUserId);
  Principal principal;
  principal.id = *key.id();
  principal.name = key.GetOr(model::api_key::kName, "");
  principal.permissions = key.GetOr(model::api_key::kPermissions, "");
  principal.actor = Actor{user != nullptr ? std::optional(*user) : std::nullopt};
  return principal;
}

Result<IssuedKey> ApiKeys::Issue(const KeyRequest& request) const {
  const std::string name(Trim(request.name));
  if (name.empty()) return Fail(InvalidArgument("an API key needs a name"));
  APB_TRY_STATUS(CheckPermissions(request.permissions));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList same_name, FindWhere(*uow, model::api_key::kName, name));
  if (!same_name.empty()) return Fail(Conflict("an API key named " + Quoted(name) + " exists"));
  std::string key = RandomAlphanumeric(kIssuedKeyLength);
  auto record = model::Record::Make(resource_);
  Timestamp now = clock_.Now();
  record->Set(model::api_key::kCreatedAt, now);
  record->Set(model::api_key::kUpdatedAt, now);
  record->Set(model::api_key::kName, name);
  record->Set(model::api_key::kKeyHash, Sha256Hex(key));
  record->Set(model::api_key::kKeyPrefix, key.substr(0, 4));
  record->Set(model::api_key::kPermissions, std::string(Trim(request.permissions)));
  record->Set(model::api_key::kActive, true);
  if (!Trim(request.user).empty()) {
    APB_TRY(int64_t user, ApiUserId(*uow, users_, Trim(request.user)));
    record->Set(model::api_key::kUserId, user);
  }
  APB_TRY(int64_t id, uow->Insert(*record));
  APB_TRY_STATUS(uow->Commit());
  return IssuedKey{id, std::move(key)};
}

Result<std::vector<KeySummary>> ApiKeys::List() const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  query::Query all;
  all.resource = &resource_;
  APB_TRY(model::RecordList keys, storage::FindAll(*uow, all, *resource_.projection(model::Shape::kStored)));
  std::vector<KeySummary> out;
  for (const model::RecordPtr& k : keys) {
    KeySummary s;
    s.id = *k->id();
    s.name = k->GetOr(model::api_key::kName, "");
    s.prefix = k->GetOr(model::api_key::kKeyPrefix, "");
    s.permissions = k->GetOr(model::api_key::kPermissions, "");
    s.active = k->GetOr(model::api_key::kActive, false);
    s.created_at = k->GetOr(model::api_key::kCreatedAt, Timestamp{});
    if (const int64_t* user = k->Get(model::api_key::kUserId)) {
      s.user = ApiUserLogin(*uow, users_, *user);
    }
    out.push_back(std::move(s));
  }
  return out;
}

Status ApiKeys::Revoke(std::string_view id_or_name) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  int64_t id = 0;
  model::RecordList found;
  if (ParseInt64(id_or_name, &id)) {
    auto key = uow->Get(id, *resource_.projection(model::Shape::kStored));
    if (key) found.push_back(*key);
  } else {
    APB_TRY(found, FindWhere(*uow, model::api_key::kName, std::string(Trim(id_or_name))));
  }
  if (found.empty()) return Fail(NotFound("no API key with id or name " + Quoted(id_or_name)));
  auto change = model::Record::Make(resource_);
  change->Set(model::api_key::kId, *found.front()->id());
  change->Set(model::api_key::kActive, false);
  change->Set(model::api_key::kUpdatedAt, clock_.Now());
  APB_TRY_STATUS(uow->Update(*change));
  return uow->Commit();
}

Status ApiKeys::Ensure(std::string_view key, std::string_view name, std::string_view permissions,
                       const Actor& as) const {
  if (key.size() < kMinimumKeyLength) {
    return Fail(InvalidArgument("an API key must have at least 16 characters"));
  }
  std::string hash = Sha256Hex(key);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList found, FindWhere(*uow, model::api_key::kKeyHash, hash));
  auto record = model::Record::Make(resource_);
  Timestamp now = clock_.Now();
  record->Set(model::api_key::kUpdatedAt, now);
  record->Set(model::api_key::kName, std::string(name));
  record->Set(model::api_key::kPermissions, std::string(permissions));
  record->Set(model::api_key::kActive, true);
  if (as.user_id) {
    record->Set(model::api_key::kUserId, *as.user_id);
  } else {
    record->SetNull(model::api_key::kUserId);
  }
  if (found.empty()) {
    record->Set(model::api_key::kCreatedAt, now);
    record->Set(model::api_key::kKeyHash, hash);
    record->Set(model::api_key::kKeyPrefix, std::string(key.substr(0, 4)));
    APB_TRY(int64_t id, uow->Insert(*record));
    (void)id;
  } else {
    record->Set(model::api_key::kId, *found.front()->id());
    APB_TRY_STATUS(uow->Update(*record));
  }
  return uow->Commit();
}

}  // namespace apbridge::resources
