// Successful answers: one record or a page of records in the negotiated format.
#pragma once

#include "api/context.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace apbridge::api {

[[nodiscard]] http::Response RecordResponse(const ApiContext& context, const http::Request& request,
                                            const model::Record& record, const model::Projection& projection,
                                            int status = 200);

// Record `id` as `read` asks for it (return_object, fields=, filter=), with
// `status`: a show, or the answer of a write. return_object=none: an empty body.
[[nodiscard]] Result<http::Response> ShowResponse(const ApiContext& context, const http::Request& request,
                                                  int64_t id, const query::ReadRequest& read, int status);
// The same for a record read before (a delete answers what it deleted).
[[nodiscard]] http::Response ShownResponse(const ApiContext& context, const http::Request& request,
                                           const resources::RecordReader::Page& page,
                                           const query::ReadRequest& read, int status);

// A page. Coupa answers an empty XML result with 404 "No results match your
// search criteria." and an empty JSON result with 200 [].
[[nodiscard]] Result<http::Response> ListResponse(const ApiContext& context, const http::Request& request,
                                                  const model::Projection& projection,
                                                  const model::RecordList& records);

// The route's numeric :id; NotFound for anything else (as Coupa does).
[[nodiscard]] Result<int64_t> IdParam(const http::Request& request, const model::Resource& resource);

}  // namespace apbridge::api
