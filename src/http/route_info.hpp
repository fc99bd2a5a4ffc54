// What a route tells the transport about itself: how its errors must look.
#pragma once

#include <string>

namespace apbridge::http {

// kCoupa: core API errors (XML <errors> or JSON {"errors": {...}}).
// kSupplier: supplier API (/api/v1) errors, always JSON {status, error, message}.
enum class ErrorStyle { kCoupa, kSupplier };

struct RouteInfo {
  // Keys Coupa-style JSON error bodies ("invoice-header"); "base" when empty.
  std::string resource_name;
  ErrorStyle style = ErrorStyle::kCoupa;
};

}  // namespace apbridge::http
