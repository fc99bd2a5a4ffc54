// Which invoice a payment from outside the API is for (REFERENCE.md, Flat
// files: a row of Incoming/Invoice Payments names an invoice by its id, or by
// its number and supplier, within its invoice date): only approved invoices
// match, and a payment is made only when exactly one does.
#pragma once

#include <optional>
#include <string>

#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

struct InvoiceKey {
  std::optional<int64_t> invoice_id;  // Invoice ID: decides alone when given
  std::string invoice_number;
  std::string supplier_number;            // tried first
  std::string supplier_name;              // then this
  std::optional<Timestamp> invoice_date;  // a calendar date (kLocalDate): narrows the match
};

// The id of the one approved invoice `key` names, read in `uow`.
// InvalidArgument, with a field error naming the element at fault, when the
// key names no invoice (neither an id nor a number and a supplier), the
// supplier is unknown, no approved invoice matches (an invoice that matches
// in another status is named with it), or more than one does.
[[nodiscard]] Result<int64_t> MatchApprovedInvoice(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                                   const InvoiceKey& key);

}  // namespace apbridge::resources::invoices
