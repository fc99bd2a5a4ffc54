// What the write routes that mark exported read beyond the path: the body's
// record, when there is one, and ?exported=true|false.
#pragma once

#include <optional>

#include "api/context.hpp"
#include "http/request.hpp"

namespace apbridge::api {

// The request body as a record of `resource`, in the format its Content-Type
// names; null for an empty (or blank) body. The codec's InvalidArgument for
// a malformed body, an unknown element or a wrong type; UnsupportedMediaType
// for a format it does not read.
[[nodiscard]] Result<model::RecordPtr> OptionalBody(const ApiContext& context, const http::Request& request,
                                                    const model::Resource& resource);

// ?exported=true|false (the last one wins); nullopt when absent. An
// InvalidParameter naming it for another value. Other parameters that are no
// shape (`?null`, stray text) are ignored, as Coupa does.
[[nodiscard]] Result<std::optional<bool>> ExportedParam(const http::Request& request);

}  // namespace apbridge::api
