// The API users keys and OAuth2 clients act as, named by login or id.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "model/resource.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// The id of the user (of `users`, the catalog's user resource) whose login
// or id is `login_or_id`; InvalidArgument naming it when there is none.
[[nodiscard]] Result<int64_t> ApiUserId(storage::UnitOfWork& uow, const model::Resource& users,
                                        std::string_view login_or_id);

// The login of user `id`, for listings: "#ID (gone)" when the user no longer exists.
[[nodiscard]] std::string ApiUserLogin(storage::UnitOfWork& uow, const model::Resource& users, int64_t id);

}  // namespace apbridge::resources
