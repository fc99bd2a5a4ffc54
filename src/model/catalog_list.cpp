#include "model/catalog.hpp"
namespace apbridge::model { std::span<const ResourceDef* const> CoupaResourceDefs() { return {}; } }
