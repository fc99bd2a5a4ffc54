// The built-in projections of every resource (Shape), built once by the Catalog.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "model/projection.hpp"

namespace apbridge::model::internal {

using BuiltIns = std::array<ProjectionPtr, 4>;  // indexed by Shape

// For each resource (in order), its built-in projections. A cycle of owned
// collections is a bug in the catalog and throws std::logic_error.
[[nodiscard]] std::vector<BuiltIns> BuildProjections(std::span<const std::unique_ptr<Resource>> resources);

}  // namespace apbridge::model::internal
