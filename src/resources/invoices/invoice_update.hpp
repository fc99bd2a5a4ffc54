// Updating an invoice through the API (PUT/PATCH /api/invoices/:id, and the
// POST of erp-payment-update.txt): the element rules of invoices-api.txt,
// payments appended from the ERP, exported marking. One transaction.
#pragma once

#include <optional>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

struct UpdateOptions {
  // An element the API may not write (Out only) sent with another value than
  // the invoice has: false = a 400 naming it, true = ignored. Sending it back
  // unchanged, as clients that GET, edit and PUT do, is fine either way.
  bool lenient = false;
};

// What an update carries: the body's record (its present fields are the
// ones sent; null for no body) and ?exported=true|false of the query string,
// which wins over an exported element in the body.
struct InvoiceChanges {
  model::RecordPtr body;
  std::optional<bool> exported;
  Actor by;  // recorded in updated-by
};

// Thread-safe; borrows the store, catalog and clock.
class InvoiceUpdater {
 public:
  InvoiceUpdater(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                 UpdateOptions options = {});

  // Applies `changes` to invoice `id`:
  // - writable scalars (and custom fields) take the values sent; references
  //   take the record whose id is sent, which must exist;
  // - `payments` are appended: notes (or its deprecated name check-number),
  //   amount-paid and payment-date; a payment equal in all three to one the
  //   invoice has (or to an earlier one of the same request) is skipped; a
  //   negative amount is a reversal and is kept; one with the id of a payment
  //   the invoice has is left as it is (payments are never edited);
  // - exported=true sets last-exported-at; exported=false clears neither;
  // - every update moves updated-at and lock-version-key; updated-at and
  //   updated-by sent back are ignored, a lock-version-key other than the
  //   invoice's is a Conflict (the copy is stale: another write came first);
  //   updated-by becomes the actor's user.
  // NotFound when there is no such invoice; InvalidArgument with one
  // field_errors entry per element at fault (read-only, a required one
  // nulled, unknown record, collection not writable here); nothing is
  // written then.
  [[nodiscard]] Status Update(int64_t id, const InvoiceChanges& changes) const;

 private:
  storage::Store& store_;
  const model::Resource& invoice_;
  const Clock& clock_;
  UpdateOptions options_;
};

}  // namespace apbridge::resources::invoices
