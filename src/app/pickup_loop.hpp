// `apbridge serve --pickup-interval 5m`: a flatfile::Pickup round at start and
// then once an interval, in a background thread, until the server stops.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "flatfile/pickup.hpp"

namespace apbridge::app {

// Borrows what the pickup borrows. Round errors are logged; the next round
// tries again (a stopped load resumes there). Stop (or the destructor) lets
// the file in progress finish its current unit and joins.
class PickupLoop {
 public:
  PickupLoop(flatfile::Pickup& pickup, std::chrono::seconds interval);
  ~PickupLoop();
  PickupLoop(const PickupLoop&) = delete;
  PickupLoop& operator=(const PickupLoop&) = delete;

  void Stop();

 private:
  void Run(const std::stop_token& stop);

  flatfile::Pickup& pickup_;
  const std::chrono::seconds interval_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;  // last: starts once everything it uses is built
};

}  // namespace apbridge::app
