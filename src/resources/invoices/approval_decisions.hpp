// Approving and rejecting an invoice's current approval (PUT
// /api/approvals/:id/approve and /reject): the approval decided and the
// invoice moved on, in one transaction.
#pragma once

#include <string_view>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// Thread-safe; borrows the store, catalog and clock.
class ApprovalDecisions {
 public:
  ApprovalDecisions(storage::Store& store, const model::Catalog& catalog, const Clock& clock);

  // `action` "approve" or "reject" of approval `approval_id`, with `note`
  // (the approval's note). Approving makes the next approver current, or
  // approves the invoice after the last; rejecting rejects the invoice.
  // NotFound for no such approval; InvalidArgument naming status when it is
  // not the current approval or its invoice is not pending approval.
  // Returns the invoice's id.
  [[nodiscard]] Result<int64_t> Decide(int64_t approval_id, std::string_view action, std::string_view note,
                                       const Actor& by) const;

 private:
  storage::Store& store_;
  const model::Catalog& catalog_;
  const Clock& clock_;
};

}  // namespace apbridge::resources::invoices
