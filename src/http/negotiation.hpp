// Content negotiation: which format to answer in, and which format a body is in.
#pragma once

#include "common/format.hpp"
#include "common/result.hpp"
#include "http/request.hpp"

namespace apbridge::http {

// The response format (REFERENCE.md, Formats). request.format_override
// (format=json|xml, or a ".json"/".xml" path suffix) wins; then Accept: JSON
// when application/json is acceptable and preferred over application/xml and
// text/xml (higher q, or equal q and listed first); XML otherwise (no Accept,
// */*, text/xml, application/xml, anything else).
[[nodiscard]] Format NegotiateFormat(const Request& request);

// The format of the request body. From Content-Type when present (xml or json,
// including text/* and +xml/+json types); without one, or with the curl default
// application/x-www-form-urlencoded, from the first non-blank byte ('<' XML,
// '{' or '[' JSON; XML when neither and there is no Content-Type). An empty body
// is XML whatever its Content-Type. Any other Content-Type: UnsupportedMediaType.
[[nodiscard]] Result<Format> RequestBodyFormat(const Request& request);

}  // namespace apbridge::http
