// The invoice status machine as data: each action of /api/invoices/:id (and of
// /api/approvals/:id), the statuses it may start from and the status it
// leaves. docs/INVOICE_STATUS.md is this table in prose; a test holds the two
// to each other. The actions themselves are InvoiceActions and ApprovalDecisions.
#pragma once

#include <span>
#include <string_view>

#include "common/result.hpp"

namespace apbridge::resources::invoices {

// Who carries an action out.
enum class Performer {
  kInvoiceActions,     // PUT /api/invoices/:id/<action> (invoice_actions.hpp)
  kApprovalDecisions,  // PUT /api/approvals/:id/<action> (approval_decisions.hpp)
  kImageScans,         // PUT /api/invoices/:id/image_scan (image_scan.hpp)
};

struct InvoiceTransition {
  std::string_view action;  // the route's action ("submit", "void", ...; "approve" of an approval)
  // The statuses it may start from; with `any_but`, every status except these.
  std::span<const std::string_view> from;
  bool any_but = false;
  // The status it leaves the invoice in; empty: unchanged.
  std::string_view to;
  // It (re)builds the approval chain (ApprovalChain::Start).
  bool starts_approval = false;
  // The invoice is approved instead when nobody is left to approve.
  bool approved_when_done = false;
  Performer performer = Performer::kInvoiceActions;
};

// Every action, in docs/INVOICE_STATUS.md's order.
[[nodiscard]] std::span<const InvoiceTransition> InvoiceTransitions();

// The transition of `action`; nullptr if there is none.
[[nodiscard]] const InvoiceTransition* TransitionOf(std::string_view action);

// Whether `transition` may start from `status`.
[[nodiscard]] bool Allows(const InvoiceTransition& transition, std::string_view status);

// Ok when invoice `id` in `status` may take `transition`; otherwise an
// InvalidArgument naming status that says which statuses it may start from.
[[nodiscard]] Status CheckTransition(const InvoiceTransition& transition, int64_t id,
                                     std::string_view status);

}  // namespace apbridge::resources::invoices
