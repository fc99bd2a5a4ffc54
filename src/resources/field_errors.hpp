// The validation errors of one write, collected in full before anything is
// written, each naming the element at fault (Coupa's <errors><error>).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.hpp"

namespace apbridge::resources {

class FieldErrors {
 public:
  // `path` is the element ("invoice-number", "payments[0].amount-paid"); the
  // message reads "<path> <message>".
  void Add(std::string_view path, std::string_view message);
  [[nodiscard]] bool empty() const { return errors_.empty(); }
  // InvalidArgument: the one message, or `summary` over several.
  [[nodiscard]] Error ToError(std::string_view summary) const;

 private:
  std::vector<std::pair<std::string, std::string>> errors_;
};

// InvalidArgument with `message`, naming `path` as its one field error.
[[nodiscard]] Error FieldError(std::string_view path, std::string message);

}  // namespace apbridge::resources
