// The whole query string of a read, read once: which records (conditions,
// order, page), in which shape (return_object) and with which fields
// (fields= or a named filter=).
#pragma once

#include <span>
#include <string>

#include "common/query_param.hpp"
#include "common/result.hpp"
#include "model/field_selection.hpp"
#include "model/projection.hpp"
#include "query/errors.hpp"
#include "query/query.hpp"

namespace apbridge::query {

// What a GET asks for.
struct ReadRequest {
  Query query;                               // index routes: conditions, order and page
  model::Shape shape = model::Shape::kFull;  // return_object=limited|shallow
  bool empty_body = false;                   // return_object=none
  model::FieldSelection selection;           // fields=[...], bound; empty: none
  std::string filter;                        // filter=<name>; empty: none
};

// An index route reads every parameter; a show route only the response's
// shape (return_object, fields, filter) and ignores filters and paging.
enum class Route { kIndex, kShow };

struct ParseOptions {
  // Unknown attributes/operators: false = 400 naming them (our rule), true = ignored.
  bool lenient = false;
  // The JSON of fields= (codec::ParseFieldSelection).
  model::SelectionParser parse_selection;
};

// Reads `params` (in the order received; a repeated key: the last wins) for
// `resource`. Paging: limit (clamped to kMaxPageSize), offset. Order:
// order_by, dir. Shape: return_object=limited|shallow|none|full. Fields:
// fields=[...] or filter=<name>, not both. Bare keys (`?null`) and empty
// fields=/filter= are ignored. Every other key is a filter condition.
// InvalidParameter naming the parameter on any error.
[[nodiscard]] Result<ReadRequest> ParseReadRequest(const model::Resource& resource,
                                                   std::span<const QueryParam> params, Route route,
                                                   const ParseOptions& options);

}  // namespace apbridge::query
