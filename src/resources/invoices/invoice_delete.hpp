// Deleting an invoice (DELETE /api/invoices/:id): Coupa allows it only while
// the invoice is new (REFERENCE.md "Invoices").
#pragma once

#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// Deletes invoice `id` with what it owns (lines, payments, ...), in one
// transaction. NotFound when there is none; InvalidArgument naming status
// when it is not new; nothing is deleted then.
[[nodiscard]] Status DeleteInvoice(storage::Store& store, const model::Catalog& catalog, int64_t id);

}  // namespace apbridge::resources::invoices
