// Creating an invoice through the API (POST /api/invoices): a draft, as newer
// Coupa creates one, with its lines, charges and tax lines and every derived
// amount computed. One transaction, or a part of the caller's.
#pragma once

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "resources/invoices/invoice_elements.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// Thread-safe; borrows the store, catalog and clock.
class InvoiceCreator {
 public:
  InvoiceCreator(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                 ElementOptions options = {});

  // Creates the invoice `body` describes (a decoded invoice-header) by `by`,
  // in a transaction of its own; returns its id.
  // - the element rules (ElementRules::Apply) against an empty invoice: the
  //   writable elements are taken, references must name existing records,
  //   Out-only elements are refused unless null (or lenient);
  // - invoice-lines, invoice-charges and tax-lines are created with it (an
  //   item with an id is refused: it names nothing of a new invoice), and
  //   every amount, tax line and due date is computed (RecomputeTotals);
  // - status draft, exported false (exported true is refused), paid false
  //   unless sent, created-by and updated-by `by`'s user, lock-version-key 1
  //   (the demo's count for an invoice past new), date-received now;
  // - Required (CheckRequired): each missing element an error;
  // - an invoice-number the same supplier already used is an error naming
  //   invoice-number (Coupa's "has already been used");
  // - payments are recorded on an existing invoice, not on create.
  // InvalidArgument with one field_errors entry per element at fault; nothing
  // is written then.
  [[nodiscard]] Result<int64_t> Create(const model::Record& body, const Actor& by) const;

  // The same inside `uow` (not committed: the caller's, e.g. create and
  // submit in one transaction), stamped `now`. On failure the caller must not
  // commit `uow`: some of the invoice may have been inserted.
  [[nodiscard]] Result<int64_t> CreateIn(storage::UnitOfWork& uow, const model::Record& body, const Actor& by,
                                         Timestamp now) const;

 private:
  storage::Store& store_;
  const model::Resource& invoice_;
  const Clock& clock_;
  ElementOptions options_;
};

}  // namespace apbridge::resources::invoices
