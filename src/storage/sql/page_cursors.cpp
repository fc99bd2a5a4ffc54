// PageCursors: a bounded LRU of page ends per query, valid for one data version.
#include "storage/sql/page_cursors.hpp"

#include <iterator>

namespace apbridge::storage::sql {

std::optional<PageCursors::Cursor> PageCursors::Before(const std::string& query, int64_t offset,
                                                       int64_t version) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(query);
  if (it == entries_.end() || it->second.version != version) return std::nullopt;
  recency_.splice(recency_.begin(), recency_, it->second.recency);
  auto& ends = it->second.last_id_at;
  auto after = ends.upper_bound(offset);
  if (after == ends.begin()) return std::nullopt;
  --after;
  return Cursor{after->first, after->second};
}

void PageCursors::Record(const std::string& query, int64_t version, Cursor cursor) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(query);
  if (it == entries_.end()) {
    if (entries_.size() >= max_queries_) {
      entries_.erase(recency_.back());
      recency_.pop_back();
    }
    recency_.push_front(query);
    it = entries_.emplace(query, Entry{version, {}, recency_.begin()}).first;
  } else {
    recency_.splice(recency_.begin(), recency_, it->second.recency);
  }
  Entry& e = it->second;
  if (e.version != version) {
    if (version < e.version) return;  // a reader of an older snapshot
    e.version = version;
    e.last_id_at.clear();
  }
  e.last_id_at[cursor.offset] = cursor.last_id;
  // Full: keep every other cursor, so the whole range stays covered and a
  // later page steps over at most a few pages' worth of rows.
  if (e.last_id_at.size() > max_cursors_) {
    bool drop = false;
    for (auto it = e.last_id_at.begin(); it != e.last_id_at.end();) {
      it = drop ? e.last_id_at.erase(it) : std::next(it);
      drop = !drop;
    }
  }
}

}  // namespace apbridge::storage::sql
