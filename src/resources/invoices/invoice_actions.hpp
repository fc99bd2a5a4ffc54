// The actions of PUT /api/invoices/:id/<action> (invoices-api.txt, REFERENCE.md
// "Invoices"): each checks the status machine (invoice_status_machine.hpp),
// does its work, moves the status and stamps the invoice, in one transaction.
#pragma once

#include <optional>
#include <string>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// What an action may carry besides the invoice id.
struct ActionInput {
  Actor by;
  // update_line_accounts: the invoice-header sent, its lines with their new accounts.
  model::RecordPtr body{};
  // dispute: the code of an existing dispute reason (reason-insight), and a comment.
  std::optional<std::string> dispute_reason{};
  std::optional<std::string> comment{};
  // add_approver: the user, and where in the open chain (1-based; default last).
  std::optional<int64_t> approver_id{};
  std::optional<int64_t> position{};
  // remove_approval: the approval added by hand.
  std::optional<int64_t> approval_id{};
};

// Thread-safe; borrows the store, catalog and clock.
class InvoiceActions {
 public:
  InvoiceActions(storage::Store& store, const model::Catalog& catalog, const Clock& clock);

  // Runs `action` ("submit", "void", "dispute", ... of InvoiceTransitions) on
  // invoice `id`. NotFound for no such invoice; InvalidArgument naming status
  // when its status does not allow the action, or naming the input at fault;
  // nothing is written then.
  [[nodiscard]] Status Run(std::string_view action, int64_t id, const ActionInput& input) const;
  // The same inside the caller's unit of work (create and submit in one).
  [[nodiscard]] Status RunIn(storage::UnitOfWork& uow, std::string_view action, int64_t id,
                             const ActionInput& input, Timestamp now) const;

 private:
  storage::Store& store_;
  const model::Catalog& catalog_;
  const model::Resource& invoice_;
  const Clock& clock_;
};

}  // namespace apbridge::resources::invoices
