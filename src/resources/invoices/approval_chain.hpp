// An invoice's approval chain, changed inside one unit of work: started when
// the invoice is submitted (the requester's managers, then the approvers added
// by hand), advanced by each approval, bypassed, restarted, edited.
//
// Approval statuses (our rule, docs/INVOICE_STATUS.md): "created" (waiting its
// turn), "pending_approval" (the current one), "approved", "rejected",
// "bypassed". Types: "ManagementHierarchyApproval" (the requester's chain) and
// "ManualApproval" (add_approver; only these can be removed).
#pragma once

#include <optional>

#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

inline constexpr std::string_view kApprovalWaiting = "created";
inline constexpr std::string_view kApprovalCurrent = "pending_approval";
inline constexpr std::string_view kHierarchyApproval = "ManagementHierarchyApproval";
inline constexpr std::string_view kManualApproval = "ManualApproval";

class ApprovalChain {
 public:
  // The chain of `invoice` (a stored projection, approvals loaded).
  ApprovalChain(storage::UnitOfWork& uow, const model::Catalog& catalog, const model::Record& invoice,
                Timestamp now, const Actor& by);

  // Builds the chain: the managers of the invoice's requester (requested-by,
  // else created-by), manager of manager, each once, then the waiting approvers
  // added by hand, after the decided ones; the first becomes current. Open
  // approvals of an earlier chain are dropped first (restart). Returns whether
  // anyone is left to approve (false: the invoice is approved).
  [[nodiscard]] Result<bool> Start();
  // Every open approval bypassed, by the actor.
  [[nodiscard]] Status Bypass();
  // A ManualApproval for user `user_id` (who must exist and not already be
  // an open approver), at `position` among the open approvals (1-based;
  // default last; never before the current one). `in_approval`: the chain is
  // running, so an approver added when nobody is open becomes current.
  [[nodiscard]] Status Add(int64_t user_id, std::optional<int64_t> position, bool in_approval);
  // Removes open ManualApproval `approval_id`; if it was current, the next
  // becomes current. Returns whether anyone is left to approve.
  [[nodiscard]] Result<bool> Remove(int64_t approval_id);
  // The current approval decided: "approved" (the next becomes current) or
  // "rejected", with `note`. Returns whether anyone is left to approve.
  [[nodiscard]] Result<bool> Decide(int64_t approval_id, std::string_view decision, std::string_view note);

 private:
  // Open approvals (waiting or current), in chain order.
  [[nodiscard]] model::RecordList Open() const;
  [[nodiscard]] Result<std::vector<int64_t>> ManagementChain(std::optional<int64_t> requester) const;
  // Writes `approval`'s status and position (a decided one with its date,
  // decider and `note`), here and in the store.
  [[nodiscard]] Status Write(model::Record& approval, std::string_view status, int64_t position,
                             std::string_view note = {});
  // The first open approval, if any, becomes current. Whether there is one.
  [[nodiscard]] Result<bool> AdvanceTo(const model::RecordList& open);
  [[nodiscard]] Status Insert(int64_t user_id, std::string_view type, std::string_view status,
                              int64_t position);

  storage::UnitOfWork& uow_;
  const model::Catalog& catalog_;
  const model::Resource& approval_;
  int64_t invoice_id_;
  model::RecordList approvals_;
  std::optional<int64_t> requester_;  // whose managers approve
  Timestamp now_;
  Actor by_;
};

}  // namespace apbridge::resources::invoices
