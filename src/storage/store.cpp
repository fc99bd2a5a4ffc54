// The storage interfaces' key functions: their vtables are emitted here once
// instead of in every object file that uses them.
#include "storage/store.hpp"

namespace apbridge::storage {

UnitOfWork::~UnitOfWork() = default;

Store::~Store() = default;

}  // namespace apbridge::storage
