// ApiKeys: hashing, look-up by hash, issuing and the bootstrap key.
#include "resources/api_keys.hpp"

#include "common/crypto.hpp"
#include "common/text.hpp"
#include "model/fields.hpp"

namespace apbridge::resources {
namespace {
constexpr size_t kIssuedKeyLength = 40;
constexpr size_t kMinimumKeyLength = 16;
}  // namespace

bool Principal::Allows(std::string_view resource, std::string_view action) const {
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

Result<model::RecordList> ApiKeys::FindByHash(storage::UnitOfWork& uow, const std::string& hash) const {
  query::Query q;
  q.resource = &resource_;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(resource_, model::api_key::kKeyHash, hash));
  return uow.Find(q, *resource_.projection(model::Shape::kStored));
}

Result<Principal> ApiKeys::Authenticate(std::string_view presented) const {
  const Error denied = Unauthenticated("Invalid API key");
  if (presented.empty() || presented.size() > 256) return Fail(denied);
  std::string hash = Sha256Hex(presented);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList found, FindByHash(*uow, hash));
  if (found.empty()) return Fail(denied);
  const model::Record& key = *found.front();
  if (!ConstantTimeEquals(key.GetOr(model::api_key::kKeyHash, ""), hash) ||
      !key.GetOr(model::api_key::kActive, false)) {
    return Fail(denied);
  }
  const int64_t* user = key.Get(model::api_key::kUserId);
  return Principal{*key.id(), key.GetOr(model::api_key::kName, ""),
                   key.GetOr(model::api_key::kPermissions, ""),
                   Actor{user != nullptr ? std::optional(*user) : std::nullopt}};
}

Result<IssuedKey> ApiKeys::Issue(std::string_view name, std::string_view permissions) const {
  std::string key = RandomAlphanumeric(kIssuedKeyLength);
  auto record = model::Record::Make(resource_);
  Timestamp now = clock_.Now();
  record->Set(model::api_key::kCreatedAt, now);
  record->Set(model::api_key::kUpdatedAt, now);
  record->Set(model::api_key::kName, std::string(name));
  record->Set(model::api_key::kKeyHash, Sha256Hex(key));
  record->Set(model::api_key::kKeyPrefix, key.substr(0, 4));
  record->Set(model::api_key::kPermissions, std::string(permissions));
  record->Set(model::api_key::kActive, true);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(int64_t id, uow->Insert(*record));
  APB_TRY_STATUS(uow->Commit());
  return IssuedKey{id, std::move(key)};
}

Status ApiKeys::Ensure(std::string_view key, std::string_view name, std::string_view permissions,
                       const Actor& as) const {
  if (key.size() < kMinimumKeyLength) {
    return Fail(InvalidArgument("an API key must have at least 16 characters"));
  }
  std::string hash = Sha256Hex(key);
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordList found, FindByHash(*uow, hash));
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
