// What a route tells the transport about itself: how its errors must look.
#pragma once

#include <string>

#include "codec/error_body.hpp"

namespace apbridge::http {

struct RouteInfo {
  // Keys Coupa-style JSON error bodies ("invoice-header"); "base" when empty.
  std::string resource_name;
  codec::ErrorStyle style = codec::ErrorStyle::kCoupa;
};

}  // namespace apbridge::http
