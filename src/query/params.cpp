// Paging, order and filter parameters -> Query.
#include "query/params.hpp"

#include "common/text.hpp"

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
      int index = resource.IndexOf(p.value);
      if (index < 0 || !resource.field(index).IsScalar() || !resource.field(index).Has(model::kOut)) {
        return Fail(BadParam(p.key, "'" + p.value + "' is not a field of " + std::string(resource.name())));
      }
      q.order.path = {{&resource, index}};
    } else if (key == "return_object" || key == "fields" || key == "filter" || !p.has_value) {
      continue;
    } else if (!options.lenient) {
      return Fail(BadParam(p.key, "unknown attribute for " + std::string(resource.name())));
    }
  }
  return q;
}

}  // namespace apbridge::query
