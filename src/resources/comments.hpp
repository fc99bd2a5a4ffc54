// Comments on invoices (Coupa's Comments API): adding one, within a request's
// own transaction or a caller's (a dispute records its comment with the
// status change), and removing one. A comment is a record of its own: adding
// or removing one leaves the invoice, and its updated-at, as they are.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::comments {

// The commentable-type of a comment on an invoice (its Rails class name).
inline constexpr std::string_view kOnInvoice = "InvoiceHeader";

// What a new comment says.
struct NewComment {
  std::string text;  // the comments element: required, not blank
  bool to_supplier = false;
  std::optional<std::string> reason_code;
};

// Adds `comment` to invoice `invoice_id` inside `uow`, which the caller
// commits (or not). created-at and updated-at are `now`, created-by and
// updated-by `by`'s user. Returns the new comment's id. NotFound when there is
// no such invoice; InvalidArgument naming comments when the text is blank or
// longer than the catalog allows; nothing is written then.
[[nodiscard]] Result<int64_t> AddIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                    int64_t invoice_id, const NewComment& comment, const Actor& by,
                                    Timestamp now);

// POST /api/invoices/:id/comments: `body` (a comment record as the codec
// read it) added to invoice `invoice_id` in one transaction, as AddIn. The
// body may carry comments, to-supplier and reason-code, and commentable-type
// and commentable-id when they name this invoice; anything else it holds
// (read-only elements, another document) is an InvalidArgument with one
// field error per element at fault, checked before the invoice is looked up.
[[nodiscard]] Result<int64_t> Add(storage::Store& store, const model::Catalog& catalog, int64_t invoice_id,
                                  const model::Record& body, const Actor& by, Timestamp now);

// DELETE /api/invoices/:id/comments/:cid: removes comment `comment_id` (and
// what it owns) in one transaction. NotFound when there is no such comment
// on invoice `invoice_id`, a comment of another document included; nothing is
// removed then.
[[nodiscard]] Status Remove(storage::Store& store, const model::Catalog& catalog, int64_t invoice_id,
                            int64_t comment_id);

// Removes every comment of invoice `invoice_id` inside `uow`: what deleting
// the invoice does, so that no comment outlives its document.
[[nodiscard]] Status RemoveAllIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t invoice_id);

}  // namespace apbridge::resources::comments
