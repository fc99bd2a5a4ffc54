// HTTP status codes: the one mapping from ErrorCode, and reason phrases.
#pragma once

#include <string_view>

#include "common/error.hpp"

namespace apbridge::http {

// invalid_argument 400, unauthenticated 401, forbidden 403, not_found 404,
// conflict 409 (our rule; Coupa answers validation failures with 400),
// payload_too_large 413, unsupported_media_type 415, rate_limited 429,
// internal 500, unavailable 503.
[[nodiscard]] int StatusFor(ErrorCode code);

// "Not Found" for 404, ...; "Unknown" for a status apbridge never sends.
// The table stays with the transport: codec's error writer takes the phrase as a
// parameter, so no status table is needed below http.
[[nodiscard]] std::string_view ReasonPhrase(int status);

}  // namespace apbridge::http
