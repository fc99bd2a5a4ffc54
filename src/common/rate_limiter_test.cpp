// RateLimiter: the burst at once, then the sustained rate, per caller, with
// the wait it answers; under an injected clock, exact to the request.
#include "common/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

using std::chrono::milliseconds;
using std::chrono::nanoseconds;
using std::chrono::seconds;

class RateLimiterTest : public ::testing::Test {
 protected:
  nanoseconds now_{seconds(1000)};
  RateLimiter::MonotonicNow clock_ = [this] { return now_; };

  static int Allowed(RateLimiter& limiter, std::string_view caller, int tries) {
    int allowed = 0;
    for (int i = 0; i < tries; ++i) allowed += limiter.Take(caller) ? 0 : 1;
    return allowed;
  }
};

TEST_F(RateLimiterTest, TheSupplierApisHundredPerMinute) {
  RateLimiter limiter({100, seconds(60), 100}, clock_);
  EXPECT_EQ(Allowed(limiter, "client:1", 100), 100);
  auto wait = limiter.Take("client:1");
  ASSERT_TRUE(wait) << "the 101st within the minute";
  EXPECT_EQ(*wait, milliseconds(600));
  EXPECT_FALSE(limiter.Take("client:2")) << "each client has its own";
  now_ += milliseconds(599);
  EXPECT_TRUE(limiter.Take("client:1"));
  now_ += milliseconds(1);
  EXPECT_FALSE(limiter.Take("client:1"));
  EXPECT_TRUE(limiter.Take("client:1"));
  now_ += seconds(60);
  EXPECT_EQ(Allowed(limiter, "client:1", 150), 100) << "a quiet minute refills the whole burst, no more";
}

TEST_F(RateLimiterTest, TheCoreApisBurstOfTwentyThenTwentyFivePerSecond) {
  RateLimiter limiter({25, seconds(1), 20}, clock_);
  EXPECT_EQ(Allowed(limiter, "key:1", 30), 20);
  int over_a_second = 0;
  for (int step = 0; step < 100; ++step) {
    now_ += milliseconds(10);
    over_a_second += Allowed(limiter, "key:1", 5);
  }
  EXPECT_EQ(over_a_second, 25) << "sustained: 25 in the next second";
}

TEST_F(RateLimiterTest, RefusedRequestsAreNotCounted) {
  RateLimiter limiter({1, seconds(1), 1}, clock_);
  EXPECT_FALSE(limiter.Take("a"));
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(limiter.Take("a"));
  now_ += seconds(1);
  EXPECT_FALSE(limiter.Take("a")) << "hammering while refused does not push the next slot back";
}

TEST_F(RateLimiterTest, ALimitOfNothingIsABug) {
  EXPECT_THROW(RateLimiter({0, seconds(1), 1}), std::invalid_argument);
  EXPECT_THROW(RateLimiter({1, seconds(1), 0}), std::invalid_argument);
}

}  // namespace
}  // namespace apbridge
