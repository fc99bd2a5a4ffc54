// Small string helpers used across layers (ASCII only; Coupa names are ASCII).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace apbridge {

[[nodiscard]] std::string AsciiLower(std::string_view s);
[[nodiscard]] bool IEquals(std::string_view a, std::string_view b);
[[nodiscard]] bool IStartsWith(std::string_view s, std::string_view prefix);
[[nodiscard]] std::string_view Trim(std::string_view s);
// "invoice_number" and "Invoice-Number" both become "invoice-number".
[[nodiscard]] std::string WireName(std::string_view name);
// "invoice-number" -> "invoice_number".
[[nodiscard]] std::string SnakeName(std::string_view name);
[[nodiscard]] std::vector<std::string_view> Split(std::string_view s, char sep);
// 'text' for messages, shortened to about 60 bytes on a UTF-8 boundary.
[[nodiscard]] std::string Quoted(std::string_view text);
// Strict base-10 integer parsing of the whole text.
[[nodiscard]] bool ParseInt64(std::string_view s, int64_t* out);

}  // namespace apbridge
