// Updating an invoice through the API (PUT/PATCH /api/invoices/:id, and the
// POST of erp-payment-update.txt): the element rules of invoices-api.txt,
// lines, charges and tax lines written with the totals recomputed, payments
// appended from the ERP, exported marking. One transaction.
#pragma once

#include <optional>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "resources/invoices/invoice_elements.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

using UpdateOptions = ElementOptions;

// Whether an invoice in `status` may change its figures (lines, charges, tax
// lines, charge amounts, taxes, currency, discount, invoice date, payment
// term): new and draft, the invoices not yet submitted.
[[nodiscard]] bool FiguresEditable(std::string_view status);

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
  // - the element rules (ElementRules::Apply): writable scalars (and custom
  //   fields) take the values sent; references take the record whose id is
  //   sent, which must exist; Out-only elements must come back unchanged;
  // - `invoice-lines`, `invoice-charges` and `tax-lines` (MergeItems): an item
  //   with the id of one of the invoice's changes its writable elements, one
  //   without id is added, items not sent stay; an id of no item of this
  //   invoice is an error naming it (`invoice-lines[2].id`). When the figures
  //   change (ChangedFigures) the invoice must be new or draft
  //   (FiguresEditable; otherwise an error naming each changed element), and
  //   every amount and due date is recomputed from the result
  //   (RecomputeTotals); sent back unchanged, they are fine in any status;
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
  // nulled, unknown record or item, collection not writable here, figures
  // of a submitted invoice); nothing is written then.
  [[nodiscard]] Status Update(int64_t id, const InvoiceChanges& changes) const;

 private:
  storage::Store& store_;
  const model::Resource& invoice_;
  const Clock& clock_;
  UpdateOptions options_;
};

}  // namespace apbridge::resources::invoices
