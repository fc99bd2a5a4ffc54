// Timestamp parsing (Coupa's lenient forms) and rendering with offsets.
#include "common/timestamp.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

TEST(TimestampTest, AcceptsCoupaForms) {
  const std::pair<const char*, const char*> cases[] = {
      {"2010-03-25T18:38:00-07:00", "2010-03-26T01:38:00Z"},
      {"2010-03-25T18:38:00Z", "2010-03-25T18:38:00Z"},
      {"2016-06-23", "2016-06-23T00:00:00Z"},
      {"2014-1-5T00:00:00-08:00", "2014-01-05T08:00:00Z"},
      {"2019-07-18T13:33:00 07:00", "2019-07-18T06:33:00Z"},
      {"2019-07-18T13:33:00+0700", "2019-07-18T06:33:00Z"},
      {"2024-02-27 11:42:15", "2024-02-27T11:42:15Z"},
      {"2024-02-27T11:42:15.123Z", "2024-02-27T11:42:15Z"},
      {"2016-06-23T00:00:00-08:00", "2016-06-23T08:00:00Z"},
      {"2024-02-27T11:42", "2024-02-27T11:42:00Z"},
  };
  for (const auto& [in, want] : cases) {
    auto t = ParseTimestamp(in);
    ASSERT_TRUE(t) << in;
    EXPECT_EQ(FormatUtcZ(*t), want) << in;
  }
}

TEST(TimestampTest, RejectsNonsense) {
  for (const char* bad : {"", "yesterday", "2019-13-01", "2019-02-30", "2019-07-18T25:00:00Z",
                          "2019-07-18T13:33:00+99:00", "2019-07-18T13:33:00Zjunk", "20190718"}) {
    EXPECT_FALSE(ParseTimestamp(bad)) << bad;
  }
}

TEST(TimestampTest, RendersInTheInstanceZone) {
  auto t = *ParseTimestamp("2016-06-23T08:00:00Z");
  EXPECT_EQ(TimeZone::Utc().Format(t), "2016-06-23T08:00:00Z") << "UTC is written Z";
  EXPECT_EQ(TimeZone::Named("Europe/London")->Format(*ParseTimestamp("2016-01-23T08:00:00Z")),
            "2016-01-23T08:00:00+00:00")
      << "a zone that happens to be at +00:00 is not UTC";
  EXPECT_EQ(TimeZone::Named("-08:00")->Format(t), "2016-06-23T00:00:00-08:00");
  auto la = TimeZone::Named("America/Los_Angeles");
  ASSERT_TRUE(la);
  EXPECT_EQ(la->Format(t), "2016-06-23T01:00:00-07:00");  // daylight saving time
  EXPECT_EQ(la->Format(*ParseTimestamp("2016-01-23T08:00:00Z")), "2016-01-23T00:00:00-08:00");
  EXPECT_FALSE(TimeZone::Named("Mars/Olympus"));
}

TEST(TimestampTest, WallClockIgnoresTheWrittenOffset) {
  const std::pair<const char*, const char*> cases[] = {
      {"2016-06-23", "2016-06-23T00:00:00Z"},
      {"2016-06-23T00:00:00-08:00", "2016-06-23T00:00:00Z"},
      {"2016-06-23T23:59:59+05:30", "2016-06-23T23:59:59Z"},
      {"2016-06-23T00:00:00Z", "2016-06-23T00:00:00Z"},
  };
  for (const auto& [in, want] : cases) {
    auto t = ParseWallClock(in);
    ASSERT_TRUE(t) << in;
    EXPECT_EQ(FormatUtcZ(*t), want) << in;
  }
  EXPECT_FALSE(ParseWallClock("2016-02-30"));
}

// A calendar date renders at its wall-clock reading in three zones, with the
// offset the zone has then (daylight saving included).
TEST(TimestampTest, WallClockRendersAtTheSameReadingInEveryZone) {
  const Timestamp midnight = *ParseWallClock("2016-06-10");
  const Timestamp winter_end_of_day = *ParseWallClock("2016-01-10T23:59:59");
  EXPECT_EQ(TimeZone::Utc().FormatWallClock(midnight), "2016-06-10T00:00:00Z");
  EXPECT_EQ(TimeZone::Named("America/Chicago")->FormatWallClock(midnight), "2016-06-10T00:00:00-05:00");
  EXPECT_EQ(TimeZone::Named("America/Chicago")->FormatWallClock(winter_end_of_day),
            "2016-01-10T23:59:59-06:00");
  EXPECT_EQ(TimeZone::Named("Asia/Kolkata")->FormatWallClock(midnight), "2016-06-10T00:00:00+05:30");
  EXPECT_EQ(TimeZone::Named("+05:30")->FormatWallClock(midnight), "2016-06-10T00:00:00+05:30");
  // 2016-03-13 02:30 does not exist in Chicago: it takes the offset after the jump.
  EXPECT_EQ(TimeZone::Named("America/Chicago")->FormatWallClock(*ParseWallClock("2016-03-13T02:30:00")),
            "2016-03-13T02:30:00-05:00");
  // An instant, by contrast, moves: Chicago's view of UTC midnight is the evening before.
  EXPECT_EQ(TimeZone::Named("America/Chicago")->Format(midnight), "2016-06-09T19:00:00-05:00");
}

}  // namespace
}  // namespace apbridge
