// Pay runs: one payment batch paying the approved, unpaid documents that no
// open payment pays yet, one payment per payee (a supplier's pay-to account,
// or an employee's for expense reports) and pay-from account, one payment
// detail per document; all in draft, in one write transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/decimal.hpp"
#include "common/result.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::coupa_pay {

// Which documents a pay run pays: those of one supplier or all of them.
struct PayRunOptions {
  // A supplier's id or name: its invoices only.
  std::optional<std::string> supplier;
  // A pay-from account's id or account-name: only what it pays (its
  // currency and document-types); otherwise each document is paid from the
  // first active account (by id) that pays its currency and type.
  std::optional<std::string> pay_from;
  // Every approved, unpaid invoice and expense report (exclusive with supplier).
  bool all = false;
  Actor by;  // created-by and updated-by of the batch and payments
};

// What a run created.
struct PayRun {
  int64_t batch_id = 0;
  std::vector<int64_t> payment_ids;  // in line-num order
  int64_t documents = 0;             // payment details
  struct CurrencyTotal {
    std::string currency;  // code
    Decimal total;
  };
  std::vector<CurrencyTotal> totals;  // by currency code
};

// Creates the run, as above, in one write transaction; eligible documents
// are approved, not paid, paid for by no payment but a cancelled or failed
// one, in a currency a pay-from account pays, and to a payee with an active
// pay-to account. An invoice is paid its gross total less what its payments
// already paid. InvalidArgument (nothing written) for options naming neither
// or both of supplier and all, an unknown supplier or pay-from account, or
// when no document is eligible.
[[nodiscard]] Result<PayRun> CreatePayRun(storage::Store& store, const model::Catalog& catalog,
                                          const Clock& clock, const PayRunOptions& options);
// The same in `uow` (not committed), at `now`.
[[nodiscard]] Result<PayRun> CreatePayRunIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                            Timestamp now, const PayRunOptions& options);

}  // namespace apbridge::resources::coupa_pay
