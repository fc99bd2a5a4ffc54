// The demo data set: the spec documents' own examples plus realistic records.
#pragma once

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

// Loads the demo data in one transaction, idempotently: a second call (or a
// restart with --demo) finds the marker record and changes nothing. Contains
// invoice 106 "test1234536" of supplier "12345" (erp-payment-update.txt), the
// supplier-API invoice 680fa552-3ef1-576c-b531-b743ca208134
// (supplier-get-invoice.txt), Coupa Pay payments in every status and a few
// dozen invoices in varied statuses with lines, tax lines and payments.
[[nodiscard]] Status LoadDemoData(storage::Store& store, const model::Catalog& catalog, const Clock& clock);

}  // namespace apbridge::resources
