// Where earlier pages of a query ended, so that the next page can continue
// from there (keyset) instead of stepping over `offset` rows again: deep
// offsets on the export queries cost what the first page costs.
#pragma once

#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace apbridge::storage::sql {

// A bounded, thread-safe memo of page ends (per query: a full set is thinned
// to every other cursor; across queries: least recently used goes). Entries are tied to the data
// version they were seen at: once anything is written (the version moves) they
// no longer apply, so a continued page is always the page OFFSET would give.
class PageCursors {
 public:
  // The row at position `offset - 1` of the query had id `last_id`.
  struct Cursor {
    int64_t offset = 0;
    int64_t last_id = 0;
  };

  explicit PageCursors(size_t max_queries = 4096, size_t max_cursors_per_query = 256)
      : max_queries_(max_queries), max_cursors_(max_cursors_per_query) {}

  // The recorded cursor of `query` (its SQL and parameters, without paging)
  // nearest at or before `offset`, if one was recorded at `version`.
  [[nodiscard]] std::optional<Cursor> Before(const std::string& query, int64_t offset, int64_t version);
  // Records where a page ended. Older versions of the query are dropped.
  void Record(const std::string& query, int64_t version, Cursor cursor);

 private:
  struct Entry {
    int64_t version = 0;
    std::map<int64_t, int64_t> last_id_at;  // offset -> last id before it
    std::list<std::string>::iterator recency;
  };

  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> recency_;  // most recently used first
  size_t max_queries_;
  size_t max_cursors_;
};

}  // namespace apbridge::storage::sql
