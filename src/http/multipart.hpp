// multipart/form-data request bodies (RFC 7578), as file uploads send them
// (`curl -F file=@scan.pdf`): the parts, each with its name, file name,
// content type and bytes. RESTinio's parser does the work; no RESTinio type
// leaves the layer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "http/request.hpp"

namespace apbridge::http {

// One part of a multipart/form-data body.
struct FormPart {
  std::string name;  // Content-Disposition's name=
  // filename*= (RFC 5987, UTF-8 or ISO-8859-1, decoded to UTF-8) when sent,
  // else filename=, as sent (any directory included); nullopt for a plain field.
  std::optional<std::string> file_name;
  std::string content_type;  // the part's Content-Type as sent; empty when it has none
  std::string body;          // the bytes between the part's headers and the next delimiter, exactly
};

// Whether `content_type` (a Content-Type value) is multipart/form-data, in any
// case and with any parameters.
[[nodiscard]] bool IsMultipartFormData(std::string_view content_type);
[[nodiscard]] bool IsMultipartFormData(const Request& request);

// The parts of `body`, in order; `content_type` must carry its boundary.
// InvalidArgument (400) when the Content-Type is no multipart/form-data or
// names no valid boundary (RFC 2046: 1 to 70 characters), and when the body
// is malformed: no opening delimiter, no closing one ("--boundary--"; the CRLF
// after it may be missing), no part at all, a part whose header lines do not
// end in CRLF and an empty line (bare LF included), or without a
// `Content-Disposition: form-data` that has a name. A preamble before the first
// delimiter and an epilogue after the last are ignored. The boundary must not
// occur in any part's bytes (RESTinio's rule, stricter than RFC 2046, which
// forbids only CRLF "--boundary"; clients choose boundaries their data lacks).
[[nodiscard]] Result<std::vector<FormPart>> ParseMultipartFormData(std::string_view content_type,
                                                                   std::string_view body);
// The same for a request: its Content-Type header and body.
[[nodiscard]] Result<std::vector<FormPart>> ParseMultipartFormData(const Request& request);

}  // namespace apbridge::http
