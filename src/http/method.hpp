// HTTP methods the server understands, and their names on the wire.
#pragma once

#include <optional>
#include <string_view>

namespace apbridge::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions };

// "GET", "HEAD", ...
[[nodiscard]] std::string_view MethodName(Method method);
// The method named exactly (upper case, as HTTP requires); nullopt for any other.
[[nodiscard]] std::optional<Method> ParseMethod(std::string_view name);

}  // namespace apbridge::http
