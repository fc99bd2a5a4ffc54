// Time source, injected so tests control "now" without sleeping.
#pragma once

#include <atomic>

#include "common/timestamp.hpp"

namespace apbridge {

// Thread-safe source of the current time.
class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual Timestamp Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  [[nodiscard]] Timestamp Now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

// A clock that stands still until told to move; for tests.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp start) : now_(start.time_since_epoch().count()) {}
  [[nodiscard]] Timestamp Now() const override { return Timestamp{std::chrono::seconds{now_.load()}}; }
  void Advance(std::chrono::seconds by) { now_ += by.count(); }
  void Set(Timestamp t) { now_ = t.time_since_epoch().count(); }

 private:
  std::atomic<int64_t> now_;
};

}  // namespace apbridge
