// API keys: issued once, stored as SHA-256 hashes, checked in constant time.
#pragma once

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

// A key as issued: the secret is only ever seen here.
struct IssuedKey {
  int64_t id = 0;
  std::string key;
};

// A key as listed: everything but its secret and hash.
struct KeySummary {
  int64_t id = 0;
  std::string name;
  std::string prefix;  // its first characters, to recognise it
  std::string permissions;
  std::string user;  // the login of the API user it acts as; empty for none
  bool active = false;
  Timestamp created_at;
};

// What a new key may do and as whom.
struct KeyRequest {
  std::string name;         // unique among keys
  std::string permissions;  // CheckPermissions
  std::string user;         // login or id of the API user it acts as; empty: none
};

// Ok when `permissions` is "*" or space-separated grants "resource:action",
// where resource is an API resource of the route table ("invoices",
// "coupa_pay/payments"), `admin`, or "*", and action is one that resource
// serves (index, show, update, submit, ...) or "*". InvalidArgument naming
// the first grant that is not, so a typo cannot issue a key that can do
// nothing.
[[nodiscard]] Status CheckPermissions(std::string_view permissions);

// Thread-safe; borrows the store, catalog and clock.
class ApiKeys {
 public:
  ApiKeys(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
      : store_(store), resource_(catalog.Get("api-key")), users_(catalog.Get("user")), clock_(clock) {}

  // The principal for a presented key; Unauthenticated when it is missing,
  // unknown or inactive (one message for all, so keys cannot be probed).
  [[nodiscard]] Result<Principal> Authenticate(std::string_view presented) const;
  // Issues a new random 40-character key. InvalidArgument for an empty name,
  // bad permissions (CheckPermissions) or a user that does not exist;
  // Conflict when a key of that name exists.
  [[nodiscard]] Result<IssuedKey> Issue(const KeyRequest& request) const;
  // Every key, active or revoked, in id order.
  [[nodiscard]] Result<std::vector<KeySummary>> List() const;
  // Deactivates the key with that id or name, at once for every server on
  // the database. NotFound when there is none; revoking twice is fine.
  [[nodiscard]] Status Revoke(std::string_view id_or_name) const;
  // Makes sure `key` exists, active, with `permissions` (the bootstrap admin
  // key of APBRIDGE_ADMIN_API_KEY), acting as `as`. InvalidArgument for keys
  // shorter than 16.
  [[nodiscard]] Status Ensure(std::string_view key, std::string_view name, std::string_view permissions,
                              const Actor& as = {}) const;

 private:
  // The key whose `field` (key-hash, name) is `value`, if any.
  Result<model::RecordList> FindWhere(storage::UnitOfWork& uow, model::FieldRef<std::string> field,
                                      std::string value) const;

  storage::Store& store_;
  const model::Resource& resource_;
  const model::Resource& users_;
  const Clock& clock_;
};

}  // namespace apbridge::resources
