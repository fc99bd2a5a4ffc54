// Users by login or id.
#include "resources/api_users.hpp"

#include <fmt/format.h>

#include "common/text.hpp"
#include "model/fields.hpp"

namespace apbridge::resources {

Result<int64_t> ApiUserId(storage::UnitOfWork& uow, const model::Resource& users,
                          std::string_view login_or_id) {
  query::Query q;
  q.resource = &users;
  q.page.limit = 1;
  int64_t id = 0;
  if (ParseInt64(login_or_id, &id)) {
    q.conditions.push_back(query::Equal(users, model::user::kId, id));
  } else {
    q.conditions.push_back(query::Equal(users, model::user::kLogin, std::string(login_or_id)));
  }
  APB_TRY(model::RecordList found, uow.Find(q, *users.projection(model::Shape::kStored)));
  if (found.empty()) return Fail(InvalidArgument("no user with login or id " + Quoted(login_or_id)));
  return *found.front()->id();
}

std::string ApiUserLogin(storage::UnitOfWork& uow, const model::Resource& users, int64_t id) {
  auto u = uow.Get(id, *users.projection(model::Shape::kStored));
  return u ? (*u)->GetOr(model::user::kLogin, "") : fmt::format("#{} (gone)", id);
}

}  // namespace apbridge::resources
