// Declarations of apbridge's internal resources (see catalog_internal.cpp).
#pragma once

#include <span>

#include "model/resource.hpp"

namespace apbridge::model {

std::span<const ResourceDef* const> InternalResourceDefs();

}  // namespace apbridge::model
