// Successful answers: one record or a page of records in the negotiated format.
#pragma once

#include "api/context.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace apbridge::api {

[[nodiscard]] http::Response RecordResponse(const ApiContext& context, const http::Request& request,
                                            const model::Record& record, const model::Projection& projection,
                                            int status = 200);

// A page. Coupa answers an empty XML result with 404 "No results match your
// search criteria." and an empty JSON result with 200 [].
[[nodiscard]] Result<http::Response> ListResponse(const ApiContext& context, const http::Request& request,
                                                  const model::Projection& projection,
                                                  const model::RecordList& records);

// The route's numeric :id; NotFound for anything else (as Coupa does).
[[nodiscard]] Result<int64_t> IdParam(const http::Request& request, const model::Resource& resource);

}  // namespace apbridge::api
