// For tests that must prove a failed request leaves nothing behind: a Store
// decorator that fails the Nth write.
#pragma once

#include <atomic>
#include <memory>

#include "storage/store.hpp"

namespace apbridge::storage::testing {

// Which write call to fail, counting from 1 across the store.
struct FailAt {
  int nth_write = 1;
};

// Forwards everything to `inner`, but the `nth_write`-th write call (Insert,
// Update, UpdateIf, Delete or Commit on any of its units of work, counted across the
// store) is not forwarded and fails with ErrorCode::kUnavailable; the writes
// before and after it go through. A failed Commit leaves the inner unit of
// work uncommitted, so it rolls back when destroyed. Reads, Begin, Ping,
// Migrate and DropIndexes are not counted.
//
// The usual loop: for n = 1, 2, ... run the operation on FailingStore(store,
// FailAt{n}); while failed(), check that the database is as before; stop at
// the first n where the operation succeeds without failed().
//
// Thread-safe as a Store (the count is atomic). Borrows `inner`, which must
// outlive this store and every unit of work it began.
class FailingStore final : public Store {
 public:
  FailingStore(Store& inner, FailAt fail_at) : inner_(inner), fail_at_(fail_at) {}

  [[nodiscard]] Result<std::unique_ptr<UnitOfWork>> Begin(Access access) override;
  [[nodiscard]] Status Ping() override { return inner_.Ping(); }
  [[nodiscard]] Status Migrate() override { return inner_.Migrate(); }
  [[nodiscard]] Status DropIndexes() override { return inner_.DropIndexes(); }

  // The write calls counted so far (the failed one included).
  [[nodiscard]] int writes() const { return writes_.load(); }
  // True once the Nth write has been failed.
  [[nodiscard]] bool failed() const { return writes() >= fail_at_.nth_write; }

  // Counts one write call: the error to answer instead of forwarding it, if it
  // is the Nth (called by the units of work).
  [[nodiscard]] Status CountWrite();

 private:
  Store& inner_;
  const FailAt fail_at_;
  std::atomic<int> writes_{0};
};

}  // namespace apbridge::storage::testing
