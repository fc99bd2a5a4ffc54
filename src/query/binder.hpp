// Binds one filter parameter ("supplier[name][contains]" = "acme") against the
// catalog: resolves the field path, the operator and typed values.
#pragma once

#include <optional>
#include <string_view>

#include "common/result.hpp"
#include "query/query.hpp"

namespace apbridge::query {

// The operator named by `name` ("contains", "gt_or_eq", also dashed), if any.
[[nodiscard]] std::optional<Op> OperatorNamed(std::string_view name);

// Resolves `key` on `resource`: brackets nest associations ("supplier[name]",
// "invoice-lines[account][code]"), a final operator is optional, the spec's
// "supplier[name[" spelling is tolerated, "<assoc>_id" means <assoc>[id], and
// a first segment that is not a field of `resource` may name a field of one of
// its references ("payment-partner[issuing-bank]" on a payment resolves
// through pay-from-account). Returns nullopt when the key names no field.
// InvalidArgument when it names a field but not a queryable one.
[[nodiscard]] Result<std::optional<std::pair<FieldPath, Op>>> ResolveKey(const model::Resource& resource,
                                                                         std::string_view key);

// The condition for `key`=`value`. InvalidArgument naming the parameter when
// the value does not fit the field's type or the operator's rules.
[[nodiscard]] Result<Condition> BindCondition(FieldPath path, Op op, std::string_view key,
                                              std::string_view value);

}  // namespace apbridge::query
