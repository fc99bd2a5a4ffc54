// The Content-Disposition of a download (RFC 6266): how a response names the
// file it carries.
#pragma once

#include <string>
#include <string_view>

namespace apbridge::http {

// `attachment; filename="<file_name>"` with '"' and '\' escaped, CR, LF and
// other control characters dropped; when the name is not all ASCII, the
// quoted one has '_' for each non-ASCII character and `filename*=UTF-8''...`
// (percent-encoded) follows with the name as it is, which clients prefer.
// An empty name (or one with nothing left) is "download".
[[nodiscard]] std::string AttachmentDisposition(std::string_view file_name);

}  // namespace apbridge::http
