// /api/invoices/new/submit_for_approval (invoices-api.txt): an invoice created
// and submitted in one call, so that it is either in approval or not there.
#pragma once

#include "common/clock.hpp"
#include "resources/invoices/invoice_actions.hpp"
#include "resources/invoices/invoice_create.hpp"

namespace apbridge::resources::invoices {

// Creates the invoice `body` describes (InvoiceCreator::CreateIn) and submits
// it (InvoiceActions::RunIn "submit"), in one transaction; returns its id.
// Any error of either leaves nothing written.
[[nodiscard]] Result<int64_t> CreateAndSubmit(storage::Store& store, const InvoiceCreator& creator,
                                              const InvoiceActions& actions, const model::Record& body,
                                              const Actor& by, const Clock& clock);

}  // namespace apbridge::resources::invoices
