// The transition table (REFERENCE.md "Invoices", and our rule where Coupa's
// is unknown: docs/INVOICE_STATUS.md says which).
#include "resources/invoices/invoice_status_machine.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "resources/field_errors.hpp"

namespace apbridge::resources::invoices {
namespace {

constexpr std::string_view kEditable[] = {"new", "draft"};
constexpr std::string_view kSubmittable[] = {"new", "draft", "rejected"};
constexpr std::string_view kVoidable[] = {"draft", "pending_receipt", "approved"};
constexpr std::string_view kDisputable[] = {"pending_approval", "pending_receipt", "pending_action"};
constexpr std::string_view kDisputed[] = {"disputed"};
constexpr std::string_view kAbandonable[] = {"new", "draft", "disputed"};
constexpr std::string_view kInApproval[] = {"pending_approval"};
constexpr std::string_view kApprovalEditable[] = {"new", "draft", "pending_approval"};
constexpr std::string_view kClosed[] = {"voided", "abandoned"};

// {action, from, any_but, to, starts_approval, approved_when_done, performer}
constexpr InvoiceTransition kTransitions[] = {
    {"submit", kSubmittable, false, "pending_approval", true, true},
    {"void", kVoidable, false, "voided"},
    {"dispute", kDisputable, false, "disputed"},
    {"withdraw_dispute", kDisputed, false, "pending_approval", true, true},
    {"abandon", kAbandonable, false, "abandoned"},
    {"flip_to_advance_ship_notice", kEditable, false, "abandoned"},
    {"bypass_approvals", kInApproval, false, "approved"},
    {"restart_approvals", kInApproval, false, "pending_approval", true, true},
    {"add_approver", kApprovalEditable, false, ""},
    {"remove_approval", kApprovalEditable, false, "", false, true},
    {"update_line_accounts", kClosed, true, ""},
    {"revalidate_tolerances", kClosed, true, ""},
    {"image_scan", kClosed, true, "", false, false, Performer::kImageScans},
    {"approve", kInApproval, false, "", false, true, Performer::kApprovalDecisions},
    {"reject", kInApproval, false, "rejected", false, false, Performer::kApprovalDecisions},
};

std::string StatusList(std::span<const std::string_view> statuses) {
  return fmt::format("{}", fmt::join(statuses, ", "));
}

}  // namespace

std::span<const InvoiceTransition> InvoiceTransitions() { return kTransitions; }

const InvoiceTransition* TransitionOf(std::string_view action) {
  for (const InvoiceTransition& t : kTransitions) {
    if (t.action == action) return &t;
  }
  return nullptr;
}

bool Allows(const InvoiceTransition& transition, std::string_view status) {
  const bool listed =
      std::find(transition.from.begin(), transition.from.end(), status) != transition.from.end();
  return listed != transition.any_but;
}

Status CheckTransition(const InvoiceTransition& transition, int64_t id, std::string_view status) {
  if (Allows(transition, status)) return Ok();
  return Fail(FieldError(
      "status",
      fmt::format("{} is not allowed for invoice {} in status {}: only {} {}", transition.action, id, status,
                  transition.any_but ? "in any status but" : "from", StatusList(transition.from))));
}

}  // namespace apbridge::resources::invoices
