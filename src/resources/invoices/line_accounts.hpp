// update_line_accounts (PUT /api/invoices/:id/update_line_accounts): the one
// change an invoice takes in any open status, the account of each line, as AP
// re-codes lines before export. Everything else sent must be as stored.
#pragma once

#include "common/timestamp.hpp"
#include "model/record.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// Writes the `account` of each line of `body` (an invoice-header holding
// invoice-lines, each with the id of a line of `invoice`, the invoice as
// stored) inside `uow`, stamping each changed line. InvalidArgument naming
// each element at fault: no lines sent, a line id that is not the invoice's,
// an account that names no account, anything else sent with another value
// than stored (header elements included; updated-at, updated-by and
// lock-version-key describe the copy read and are ignored).
[[nodiscard]] Status UpdateLineAccounts(storage::UnitOfWork& uow, const model::Record& invoice,
                                        const model::Record* body, Timestamp now, const Actor& by);

}  // namespace apbridge::resources::invoices
