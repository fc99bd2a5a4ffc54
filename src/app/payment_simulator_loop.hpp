// `apbridge serve --simulate-payments`: the payment-partner simulator's Step,
// run in a background thread a few times a pace until the server stops.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "resources/coupa_pay/payment_simulator.hpp"

namespace apbridge::app {

// Starts stepping at once; the destructor (or Stop) asks the thread to stop,
// wakes it and joins it, so no step runs after it returns (a step in
// progress finishes the payment it is moving, then stops). Borrows the store,
// catalog and clock, which must outlive it. Step errors are logged, and the
// next tick tries again.
class PaymentSimulatorLoop {
 public:
  PaymentSimulatorLoop(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                       const resources::coupa_pay::SimulatorOptions& options);
  ~PaymentSimulatorLoop();
  PaymentSimulatorLoop(const PaymentSimulatorLoop&) = delete;
  PaymentSimulatorLoop& operator=(const PaymentSimulatorLoop&) = delete;

  void Stop();

  // How long the loop waits between steps for `pace`: half a pace, from one
  // to ten seconds, so a payment moves at most that long after it is due.
  [[nodiscard]] static std::chrono::seconds TickFor(std::chrono::seconds pace);

 private:
  void Run(const std::stop_token& stop);

  resources::coupa_pay::PaymentSimulator simulator_;
  const std::chrono::seconds tick_;
  std::mutex mutex_;
  std::condition_variable_any wake_;
  std::jthread thread_;  // last: starts once everything it uses is built
};

}  // namespace apbridge::app
