// Base64 (RFC 4648, standard alphabet, padded): how bytes that a text column
// cannot carry as they are (NUL, ill-formed UTF-8) are stored as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace apbridge {

// `bytes` as padded base64, without line breaks.
[[nodiscard]] std::string Base64Encode(std::string_view bytes);

// The bytes of padded base64 `text` (no line breaks or other characters);
// nullopt when it is not exactly that.
[[nodiscard]] std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace apbridge
