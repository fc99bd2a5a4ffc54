// GCRA: a request at t is allowed when the caller's theoretical arrival time
// is at most `tolerance` ahead of t; each allowed one moves it by `interval`.
#include "common/rate_limiter.hpp"

#include <stdexcept>

namespace apbridge {
namespace {

std::chrono::nanoseconds SteadyNow() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::steady_clock::now().time_since_epoch());
}

const RateLimit& Checked(const RateLimit& limit) {
  if (limit.requests <= 0 || limit.per.count() <= 0 || limit.burst <= 0) {
    throw std::invalid_argument("a rate limit needs requests, a period and a burst above 0");
  }
  return limit;
}

}  // namespace

RateLimiter::RateLimiter(RateLimit limit, MonotonicNow now)
    : limit_(Checked(limit)),
      interval_(limit.per / limit.requests),
      tolerance_(interval_ * (limit.burst - 1)),
      now_(now ? std::move(now) : MonotonicNow(SteadyNow)) {}

std::optional<std::chrono::nanoseconds> RateLimiter::Take(std::string_view caller) {
  const std::chrono::nanoseconds t = now_();
  std::lock_guard lock(mutex_);
  auto [it, fresh] = next_.try_emplace(std::string(caller), t);
  const std::chrono::nanoseconds arrival = std::max(it->second, t);
  if (arrival - t > tolerance_) return arrival - tolerance_ - t;
  it->second = arrival + interval_;
  return std::nullopt;
}

}  // namespace apbridge
