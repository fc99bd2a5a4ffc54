// PickupLoop: one Pickup::RunOnce per interval on its own std::jthread.
#include "app/pickup_loop.hpp"

#include "common/log.hpp"

namespace apbridge::app {

PickupLoop::PickupLoop(flatfile::Pickup& pickup, std::chrono::seconds interval)
    : pickup_(pickup), interval_(interval), thread_([this](const std::stop_token& stop) { Run(stop); }) {}

PickupLoop::~PickupLoop() { Stop(); }

void PickupLoop::Stop() {
  thread_.request_stop();  // wakes the wait below: it waits on the stop token
  if (thread_.joinable()) thread_.join();
}

void PickupLoop::Run(const std::stop_token& stop) {
  while (!stop.stop_requested()) {
    auto round = pickup_.RunOnce(stop);
    if (!round) log::Warn("flat-file pickup: {} {}", round.error().message, round.error().details);
    std::unique_lock lock(mutex_);
    // Returns early when a stop is requested; nothing else wakes it.
    (void)wake_.wait_for(lock, stop, interval_, [] { return false; });
  }
}

}  // namespace apbridge::app
