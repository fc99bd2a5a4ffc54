// API keys: issued once, stored as SHA-256 hashes, checked in constant time.
#pragma once

#include <string>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// Who is calling, once authenticated.
struct Principal {
  int64_t key_id = 0;
  std::string name;
  std::string permissions;  // "*" or space-separated "resource:action" grants
  Actor actor;              // the API user the key acts as

  // Whether the principal may perform `action` (index, show, update, ...) on
  // `resource` (e.g. "invoices", "coupa_pay/payments").
  [[nodiscard]] bool Allows(std::string_view resource, std::string_view action) const;
};

// A key as issued: the secret is only ever seen here.
struct IssuedKey {
  int64_t id = 0;
  std::string key;
};

// Thread-safe; borrows the store, catalog and clock.
class ApiKeys {
 public:
  ApiKeys(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
      : store_(store), resource_(catalog.Get("api-key")), clock_(clock) {}

  // The principal for a presented key; Unauthenticated when it is missing,
  // unknown or inactive (one message for all, so keys cannot be probed).
  [[nodiscard]] Result<Principal> Authenticate(std::string_view presented) const;
  // Issues a new random 40-character key with the given grants.
  [[nodiscard]] Result<IssuedKey> Issue(std::string_view name, std::string_view permissions) const;
  // Makes sure `key` exists, active, with `permissions` (the bootstrap admin
  // key of APBRIDGE_ADMIN_API_KEY), acting as `as`. InvalidArgument for keys
  // shorter than 16.
  [[nodiscard]] Status Ensure(std::string_view key, std::string_view name, std::string_view permissions,
                              const Actor& as = {}) const;

 private:
  Result<model::RecordList> FindByHash(storage::UnitOfWork& uow, const std::string& hash) const;

  storage::Store& store_;
  const model::Resource& resource_;
  const Clock& clock_;
};

}  // namespace apbridge::resources
