// Method names.
#include "http/method.hpp"

#include <array>
#include <utility>

namespace apbridge::http {
namespace {

constexpr std::array<std::pair<Method, std::string_view>, 7> kNames{{
    {Method::kGet, "GET"},
    {Method::kHead, "HEAD"},
    {Method::kPost, "POST"},
    {Method::kPut, "PUT"},
    {Method::kPatch, "PATCH"},
    {Method::kDelete, "DELETE"},
    {Method::kOptions, "OPTIONS"},
}};

}  // namespace

std::string_view MethodName(Method method) {
  for (const auto& [m, name] : kNames) {
    if (m == method) return name;
  }
  return "GET";
}

std::optional<Method> ParseMethod(std::string_view name) {
  for (const auto& [m, n] : kNames) {
    if (n == name) return m;
  }
  return std::nullopt;
}

}  // namespace apbridge::http
