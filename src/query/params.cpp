// Paging, order and filter parameters -> Query.
#include "query/params.hpp"

#include "common/text.hpp"
#include "query/binder.hpp"

namespace apbridge::query {
namespace {

Error BadParam(const std::string& key, const std::string& why) {
  Error e = InvalidArgument("Invalid query parameter '" + key + "': " + why);
  e.field_errors.emplace_back(key, e.message);
  return e;
}

Result<int64_t> NonNegative(const RawParam& p) {
  int64_t v = 0;
  if (!ParseInt64(Trim(p.value), &v) || v < 0) return Fail(BadParam(p.key, "expected a non-negative integer"));
  return v;
}

}  // namespace

Result<Query> ParseIndexQuery(const model::Resource& resource, std::span<const RawParam> params,
                              const ParseOptions& options) {
  Query q;
  q.resource = &resource;
  for (const RawParam& p : params) {
    std::string key = SnakeName(p.key);
    if (key == "limit") {
      APB_TRY(int64_t limit, NonNegative(p));
      q.page.limit = static_cast<int>(std::min<int64_t>(limit, kMaxPageSize));
    } else if (key == "offset") {
      APB_TRY(q.page.offset, NonNegative(p));
    } else if (key == "dir") {
      if (IEquals(p.value, "asc")) {
        q.order.descending = false;
      } else if (IEquals(p.value, "desc")) {
        q.order.descending = true;
      } else {
        return Fail(BadParam(p.key, "expected asc or desc"));
      }
    } else if (key == "order_by") {
      APB_TRY(auto resolved, ResolveKey(resource, p.value));
      if (!resolved || resolved->second != Op::kEq) {
        return Fail(BadParam(p.key, "'" + p.value + "' is not a field of " + std::string(resource.name())));
      }
      q.order.path = std::move(resolved->first);
    } else if (key == "return_object" || key == "fields" || key == "filter" || !p.has_value) {
      continue;
    } else {
      APB_TRY(auto resolved, ResolveKey(resource, p.key));
      if (!resolved) {
        if (options.lenient) continue;
        return Fail(BadParam(p.key, "unknown attribute for " + std::string(resource.name())));
      }
      APB_TRY(Condition c, BindCondition(std::move(resolved->first), resolved->second, p.key, p.value));
      // Repeated keys: the last one wins, as in Rails.
      std::erase_if(q.conditions, [&](const Condition& old) { return old.path.size() == c.path.size() &&
          std::equal(old.path.begin(), old.path.end(), c.path.begin(), [](const PathStep& a, const PathStep& b) {
            return a.resource == b.resource && a.field_index == b.field_index; }) && old.op == c.op; });
      q.conditions.push_back(std::move(c));
    }
  }
  return q;
}

}  // namespace apbridge::query
