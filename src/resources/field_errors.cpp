// FieldErrors: one Error carrying every field error.
#include "resources/field_errors.hpp"

#include <fmt/format.h>

namespace apbridge::resources {

void FieldErrors::Add(std::string_view path, std::string_view message) {
  errors_.emplace_back(std::string(path), fmt::format("{} {}", path, message));
}

Error FieldErrors::ToError(std::string_view summary) const {
  Error e = InvalidArgument(errors_.size() == 1 ? errors_.front().second : std::string(summary));
  e.field_errors = errors_;
  return e;
}

Error FieldError(std::string_view path, std::string message) {
  Error e = InvalidArgument(std::move(message));
  e.field_errors.emplace_back(std::string(path), e.message);
  return e;
}

}  // namespace apbridge::resources
