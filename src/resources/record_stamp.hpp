// The bookkeeping of every write: when and by whom a record was created or
// last changed, and its optimistic-locking counter (lock-version-key).
#pragma once

#include "common/timestamp.hpp"
#include "model/record.hpp"
#include "resources/actor.hpp"

namespace apbridge::resources {

// A record about to be inserted: created-at and updated-at are `now`;
// created-by and updated-by are `by`'s user, where the resource has them.
void StampCreated(model::Record& record, Timestamp now, const Actor& by);

// The changes of a record stored as `current`: updated-at is `now`,
// updated-by `by`'s user (unchanged for an actor without one), and
// lock-version-key one more than current's, where the resource has them.
void StampUpdated(model::Record& changes, const model::Record& current, Timestamp now, const Actor& by);

}  // namespace apbridge::resources
