// Case-insensitive header look-up.
#include "http/headers.hpp"

#include "common/text.hpp"

namespace apbridge::http {

void Headers::Add(std::string name, std::string value) {
  fields_.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string_view> Headers::Get(std::string_view name) const {
  for (const auto& [n, v] : fields_) {
    if (IEquals(n, name)) return std::string_view(v);
  }
  return std::nullopt;
}

std::vector<std::string_view> Headers::GetAll(std::string_view name) const {
  std::vector<std::string_view> out;
  for (const auto& [n, v] : fields_) {
    if (IEquals(n, name)) out.emplace_back(v);
  }
  return out;
}

}  // namespace apbridge::http
