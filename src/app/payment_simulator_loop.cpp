// PaymentSimulatorLoop: one Step per tick on its own std::jthread.
#include "app/payment_simulator_loop.hpp"

#include <algorithm>

#include "common/log.hpp"

namespace apbridge::app {

PaymentSimulatorLoop::PaymentSimulatorLoop(storage::Store& store, const model::Catalog& catalog,
                                           const Clock& clock,
                                           const resources::coupa_pay::SimulatorOptions& options)
    : simulator_(store, catalog, clock, options),
      tick_(TickFor(options.pace)),
      thread_([this](const std::stop_token& stop) { Run(stop); }) {}

PaymentSimulatorLoop::~PaymentSimulatorLoop() { Stop(); }

void PaymentSimulatorLoop::Stop() {
  thread_.request_stop();  // wakes the wait below: it waits on the stop token
  if (thread_.joinable()) thread_.join();
}

std::chrono::seconds PaymentSimulatorLoop::TickFor(std::chrono::seconds pace) {
  return std::clamp(pace / 2, std::chrono::seconds{1}, std::chrono::seconds{10});
}

void PaymentSimulatorLoop::Run(const std::stop_token& stop) {
  while (!stop.stop_requested()) {
    auto report = simulator_.Step(stop);
    if (!report) {
      log::Warn("payment simulator: step failed: {} {}", report.error().message, report.error().details);
    } else if (report->moved > 0 || report->errors > 0) {
      log::Info(
          "payment simulator: moved {} payments ({} completed, {} with errors, {} cancelled; {} claimed "
          "by another server, {} failed)",
          report->moved, report->completed, report->failed, report->cancelled, report->lost_claims,
          report->errors);
    }
    std::unique_lock lock(mutex_);
    // Returns early when a stop is requested; nothing else wakes it.
    (void)wake_.wait_for(lock, stop, tick_, [] { return false; });
  }
}

}  // namespace apbridge::app
