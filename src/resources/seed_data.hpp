// `apbridge seed`: generated, reproducible data shaped like Coupa's, at any
// scale (a million invoices and half a million Coupa Pay payments in about a
// minute on SQLite), for demos and benchmarks.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

struct SeedOptions {
  int64_t invoices = 0;
  int64_t payments = 0;  // Coupa Pay payments
  uint64_t seed = 1;     // same seed, same database before: same data
  int64_t chunk = 2000;  // records per transaction
  // Asked between chunks; true stops the run (Unavailable) after rebuilding
  // any dropped indexes.
  std::function<bool()> stop_requested;
};

struct SeedProgress {
  std::string_view phase;  // "invoices" or "payments"
  int64_t done = 0;
  int64_t total = 0;
};
using SeedProgressFn = std::function<void(const SeedProgress&)>;

struct SeedReport {
  int64_t first_invoice_id = 0;  // 0 when no invoices were asked for
  int64_t last_invoice_id = 0;
  int64_t invoices = 0;
  int64_t payments = 0;
  int64_t suppliers_added = 0;
  bool indexes_rebuilt = false;  // a bulk load: indexes dropped, then built once
};

// Appends `options.invoices` invoices (1-10 lines, taxes, ERP payments, every
// status, suppliers in five currencies, dates from 2019 to 2026) and
// `options.payments` Coupa Pay payments (of this run's approved invoices and of
// expense reports, every status, several banks, both pay-to account types, in
// batches) after whatever the database holds. The reference data (the demo
// set's, plus 2,000 generated suppliers) is inserted first when missing.
// Commits every `chunk` records, so an interrupted run keeps whole chunks.
// A large load into a smaller database drops the indexes first and builds
// them once at the end (Store::DropIndexes). Calls `progress` after each
// chunk. Errors are the store's.
[[nodiscard]] Result<SeedReport> SeedData(storage::Store& store, const model::Catalog& catalog,
                                          const SeedOptions& options, const SeedProgressFn& progress);

}  // namespace apbridge::resources
