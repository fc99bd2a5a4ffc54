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
  EXPECT_EQ(TimeZone::Utc().Format(t), "2016-06-23T08:00:00+00:00");
  EXPECT_EQ(TimeZone::Named("-08:00")->Format(t), "2016-06-23T00:00:00-08:00");
  auto la = TimeZone::Named("America/Los_Angeles");
  ASSERT_TRUE(la);
  EXPECT_EQ(la->Format(t), "2016-06-23T01:00:00-07:00");  // daylight saving time
  EXPECT_EQ(la->Format(*ParseTimestamp("2016-01-23T08:00:00Z")), "2016-01-23T00:00:00-08:00");
  EXPECT_FALSE(TimeZone::Named("Mars/Olympus"));
}

}  // namespace
}  // namespace apbridge
