// StampCreated / StampUpdated: by field name, so that one rule serves every
// resource that carries the fields.
#include "resources/record_stamp.hpp"

namespace apbridge::resources {
namespace {

// Sets user reference `name` to `by`'s user, if the resource has the field.
void SetUser(model::Record& record, std::string_view name, const Actor& by) {
  const int index = record.resource().IndexOf(name);
  if (index < 0 || !by.user_id) return;
  const model::Resource* user = record.resource().Target(index);
  if (user == nullptr) return;
  auto ref = model::Record::Make(*user);
  ref->Set(0, *by.user_id);
  record.Set(index, std::move(ref));
}

void SetTime(model::Record& record, std::string_view name, Timestamp now) {
  if (const int index = record.resource().IndexOf(name); index >= 0) record.Set(index, now);
}

}  // namespace

void StampCreated(model::Record& record, Timestamp now, const Actor& by) {
  SetTime(record, "created-at", now);
  SetTime(record, "updated-at", now);
  SetUser(record, "created-by", by);
  SetUser(record, "updated-by", by);
}

void StampUpdated(model::Record& changes, const model::Record& current, Timestamp now, const Actor& by) {
  SetTime(changes, "updated-at", now);
  SetUser(changes, "updated-by", by);
  if (const int index = changes.resource().IndexOf("lock-version-key"); index >= 0) {
    changes.Set(index, current.GetInt("lock-version-key").value_or(0) + 1);
  }
}

}  // namespace apbridge::resources
