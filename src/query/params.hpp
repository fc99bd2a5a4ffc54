// Parses an index route's query parameters into a bound Query.
#pragma once

#include <span>
#include <string>

#include "common/result.hpp"
#include "query/query.hpp"

namespace apbridge::query {

// One decoded key=value pair of a query string, in the order received.
struct RawParam {
  std::string key;
  std::string value;
  bool has_value = true;  // false for a bare key ("?null")
};

struct ParseOptions {
  // Unknown attributes/operators: false = 400 naming them (our rule), true = ignored.
  bool lenient = false;
};

// Builds the Query for `resource` from the parameters: paging (limit, clamped
// to kMaxPageSize; offset), order (order_by, dir) and one condition per
// filter parameter. Parameters that are not filters (return_object, fields,
// filter) are skipped here. InvalidArgument naming the parameter on any error.
[[nodiscard]] Result<Query> ParseIndexQuery(const model::Resource& resource,
                                            std::span<const RawParam> params,
                                            const ParseOptions& options);

}  // namespace apbridge::query
