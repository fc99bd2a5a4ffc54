// Request rate limits per caller: a token bucket of `burst` requests,
// refilled at `requests` per `per`, kept exactly in integer nanoseconds
// (GCRA, the "virtual scheduling" form), so a test with an injected clock
// sees the limit to the request.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace apbridge {

struct RateLimit {
  int64_t requests = 0;  // sustained: this many per `per`
  std::chrono::nanoseconds per{0};
  int64_t burst = 0;  // at most this many at once
};

// Thread-safe. One bucket per caller, for the life of the limiter (callers
// are keys and OAuth2 clients: few).
class RateLimiter {
 public:
  // A monotonic time source; std::chrono::steady_clock unless injected.
  using MonotonicNow = std::function<std::chrono::nanoseconds()>;

  // `limit` must have requests, per and burst above 0 (std::invalid_argument).
  explicit RateLimiter(RateLimit limit, MonotonicNow now = {});

  // Takes one request for `caller`: nullopt when it may go ahead, else how
  // long until it may (the request is not counted then).
  [[nodiscard]] std::optional<std::chrono::nanoseconds> Take(std::string_view caller);

  [[nodiscard]] const RateLimit& limit() const { return limit_; }

 private:
  const RateLimit limit_;
  const std::chrono::nanoseconds interval_;   // per / requests: the time one request uses up
  const std::chrono::nanoseconds tolerance_;  // interval * (burst - 1): how far ahead a caller may be
  const MonotonicNow now_;
  std::mutex mutex_;
  // The theoretical arrival time of each caller's next request.
  std::unordered_map<std::string, std::chrono::nanoseconds> next_;
};

}  // namespace apbridge
