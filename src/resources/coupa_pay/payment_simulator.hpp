// The payment partner, simulated: moves Coupa Pay payments through
// draft -> approved -> payment_initiated -> payment_in_progress ->
// completed_successfully | completed_with_errors, or cancelled on the way, at
// a pace, with error and cancel rates, reproducible under a seed. Each step
// of a payment is claimed in the database (UnitOfWork::UpdateIf on status and
// updated-at), so two servers on one database never both move a payment.
#pragma once

#include <chrono>
#include <cstdint>
#include <stop_token>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::coupa_pay {

inline constexpr int64_t kPartsPerMillion = 1'000'000;

// A rate ("0.05", "1", "0") as exact parts per million: a plain decimal from
// 0 to 1 with at most six fraction digits. InvalidArgument naming `what`
// otherwise.
[[nodiscard]] Result<int64_t> ParseRate(std::string_view text, std::string_view what);

struct SimulatorOptions {
  // How long a payment stays in a status before it moves on.
  std::chrono::seconds pace{60};
  int64_t error_ppm = 50'000;   // of payments, completed_with_errors
  int64_t cancel_ppm = 20'000;  // of payments, cancelled
  uint64_t seed = 1;
  // Recorded in updated-by of what the simulator changes; none (the
  // default) leaves updated-by as it is: the partner is no Coupa user.
  Actor by;
};
// InvalidArgument unless pace >= 0, each rate within 0..1 and both together
// at most 1.
[[nodiscard]] Status Validate(const SimulatorOptions& options);

// How a payment ends, fixed by (seed, payment id) alone.
struct PaymentFate {
  enum class End { kSucceeds, kFails, kCancelled };
  End end = End::kSucceeds;
  // kCancelled: the status it is cancelled from (approved or payment_initiated).
  std::string_view cancelled_from;
  // kFails: the bank's message, the payment's error-text.
  std::string_view error_text;
};
// A pure function (splitmix64 of seed and id; the rates compared in parts
// per million, so no floating point decides): one seed, one run.
[[nodiscard]] PaymentFate FateOf(const SimulatorOptions& options, int64_t payment_id);

// The status a payment of `fate` moves to from `status`; empty for a
// terminal (or unknown) status.
[[nodiscard]] std::string_view NextStatus(std::string_view status, const PaymentFate& fate);

// What one Step did.
struct StepReport {
  int moved = 0;        // transitions written, every kind
  int completed = 0;    // of them, to completed_successfully
  int failed = 0;       // to completed_with_errors
  int cancelled = 0;    // to cancelled
  int lost_claims = 0;  // payments another writer moved first
  int errors = 0;       // payments whose transition failed (logged; nothing written)
  friend bool operator==(const StepReport&, const StepReport&) = default;
};

// Thread-safe if the store is (each Step runs its own units of work); borrows
// the store, catalog and clock.
class PaymentSimulator {
 public:
  PaymentSimulator(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                   SimulatorOptions options);

  // Moves every payment that is not terminal and whose updated-at is at
  // least `pace` before now one status forward, each in its own write
  // transaction: claimed with UpdateIf on (status, updated-at) as read, the
  // status and updated-at (= now) written, and error-text for
  // completed_with_errors, released-at and external-ref-id when released
  // (payment_initiated); moving to completed_successfully also marks its
  // documents paid (MarkDocumentPaidIn) in the same transaction. A payment
  // whose transition fails is logged, counted in `errors` and left as it
  // was. Stops between payments once `stop` is requested. Fails only when
  // the payments due cannot be read.
  [[nodiscard]] Result<StepReport> Step(const std::stop_token& stop = {}) const;

 private:
  enum class Moved { kMoved, kLost };
  Result<Moved> Advance(const model::Record& listed, Timestamp now, StepReport& report) const;

  storage::Store& store_;
  const model::Catalog& catalog_;
  const model::Resource& payment_;
  const Clock& clock_;
  SimulatorOptions options_;
};

}  // namespace apbridge::resources::coupa_pay
