#include "common/duration.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

using std::chrono::seconds;

TEST(ParseDuration, TakesEachUnitAndBareSeconds) {
  EXPECT_EQ(*ParseDuration("1s", "--x"), seconds{1});
  EXPECT_EQ(*ParseDuration("30s", "--x"), seconds{30});
  EXPECT_EQ(*ParseDuration("5m", "--x"), seconds{300});
  EXPECT_EQ(*ParseDuration("1h", "--x"), seconds{3600});
  EXPECT_EQ(*ParseDuration("2d", "--x"), seconds{172800});
  EXPECT_EQ(*ParseDuration("45", "--x"), seconds{45});
  EXPECT_EQ(*ParseDuration("0", "--x"), seconds{0});
}

TEST(ParseDuration, RefusesWhatIsNoWholeDurationNamingTheFlag) {
  for (const char* bad : {"", "m", "-5m", "+5m", "1.5m", "5 m", "5w", "5mm", "abc", "367d", "99999999999h"}) {
    auto d = ParseDuration(bad, "--pickup-interval");
    ASSERT_FALSE(d) << bad;
    EXPECT_NE(d.error().message.find("--pickup-interval"), std::string::npos) << bad;
  }
}

TEST(FormatDuration, IsTheShortestExactSpellingAndParsesBack) {
  EXPECT_EQ(FormatDuration(seconds{0}), "0");
  EXPECT_EQ(FormatDuration(seconds{300}), "5m");
  EXPECT_EQ(FormatDuration(seconds{3600}), "1h");
  EXPECT_EQ(FormatDuration(seconds{90}), "90s");
  for (int64_t s : {1, 59, 60, 61, 3599, 86400, 90061}) {
    EXPECT_EQ(*ParseDuration(FormatDuration(seconds{s}), "--x"), seconds{s}) << s;
  }
}

}  // namespace
}  // namespace apbridge
