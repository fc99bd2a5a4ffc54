// PageCursors: nearest cursor at or before an offset, one data version at a
// time, bounded per query and in queries.
#include "storage/sql/page_cursors.hpp"

#include <gtest/gtest.h>

namespace apbridge::storage::sql {
namespace {

TEST(PageCursorsTest, FindsTheNearestCursorAtOrBeforeTheOffset) {
  PageCursors cursors;
  cursors.Record("q", 7, {50, 120});
  cursors.Record("q", 7, {100, 260});
  struct Case {
    int64_t offset;
    std::optional<int64_t> cursor_offset;
  };
  const Case cases[] = {{0, std::nullopt}, {49, std::nullopt}, {50, 50}, {75, 50}, {100, 100}, {5000, 100}};
  for (const Case& c : cases) {
    auto found = cursors.Before("q", c.offset, 7);
    ASSERT_EQ(found.has_value(), c.cursor_offset.has_value()) << c.offset;
    if (found) {
      EXPECT_EQ(found->offset, *c.cursor_offset) << c.offset;
      EXPECT_EQ(found->last_id, *c.cursor_offset == 50 ? 120 : 260);
    }
  }
  EXPECT_FALSE(cursors.Before("other query", 100, 7));
}

TEST(PageCursorsTest, CursorsOfAnotherDataVersionDoNotApply) {
  PageCursors cursors;
  cursors.Record("q", 7, {50, 120});
  EXPECT_FALSE(cursors.Before("q", 50, 8));
  cursors.Record("q", 8, {100, 300});  // a newer version replaces the old cursors
  EXPECT_FALSE(cursors.Before("q", 50, 7));
  EXPECT_FALSE(cursors.Before("q", 50, 8));
  EXPECT_EQ(cursors.Before("q", 100, 8)->last_id, 300);
  cursors.Record("q", 7, {150, 400});  // a late reader of the older snapshot changes nothing
  EXPECT_FALSE(cursors.Before("q", 150, 7));
  EXPECT_EQ(cursors.Before("q", 150, 8)->offset, 100);
}

TEST(PageCursorsTest, ThinsOutCursorsAndForgetsTheLeastRecentQueries) {
  PageCursors cursors(/*max_queries=*/2, /*max_cursors_per_query=*/2);
  cursors.Record("a", 1, {10, 1});
  cursors.Record("a", 1, {20, 2});
  cursors.Record("a", 1, {30, 3});  // over the bound: every other cursor goes (20)
  EXPECT_EQ(cursors.Before("a", 15, 1)->last_id, 1);
  EXPECT_EQ(cursors.Before("a", 25, 1)->last_id, 1);
  EXPECT_EQ(cursors.Before("a", 35, 1)->last_id, 3);
  cursors.Record("b", 1, {10, 1});
  EXPECT_TRUE(cursors.Before("a", 30, 1));  // "a" is now the most recent
  cursors.Record("c", 1, {10, 1});          // evicts "b"
  EXPECT_FALSE(cursors.Before("b", 10, 1));
  EXPECT_TRUE(cursors.Before("a", 30, 1));
  EXPECT_TRUE(cursors.Before("c", 10, 1));
}

}  // namespace
}  // namespace apbridge::storage::sql
