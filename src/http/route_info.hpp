// What a route tells the transport about itself: how its errors must look,
// and whether injected faults may reach it.
#pragma once

#include <string>

#include "codec/error_body.hpp"

namespace apbridge::http {

struct RouteInfo {
  // Keys Coupa-style JSON error bodies ("invoice-header"); "base" when empty.
  std::string resource_name;
  codec::ErrorStyle style = codec::ErrorStyle::kCoupa;
  // No injected fault ever reaches the route (the fault admin routes: a rule
  // must not lock out the endpoint that removes it).
  bool fault_exempt = false;
};

}  // namespace apbridge::http
