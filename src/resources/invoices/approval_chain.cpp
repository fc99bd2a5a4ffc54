// ApprovalChain: approvals are rows owned by the invoice (invoice_header_id),
// in chain order by position (then id), written as they change.
#include "resources/invoices/approval_chain.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "model/fields.hpp"
#include "resources/field_errors.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace approval = model::approval;
namespace header = model::invoice_header;
using model::Record;
using model::RecordList;
using model::RecordPtr;

// Longer management chains are taken as a cycle in the data.
constexpr int kMaxChainLength = 32;

std::optional<int64_t> RefId(const RecordPtr& ref) { return ref != nullptr ? ref->id() : std::nullopt; }

bool IsOpen(const Record& a) {
  const std::string status = a.GetOr(approval::kStatus, "");
  return status == kApprovalWaiting || status == kApprovalCurrent;
}

int64_t PositionOf(const Record& a) { return a.GetOr(approval::kPosition, 0); }

RecordPtr UserRef(const model::Resource& approval_resource, int64_t user_id) {
  auto ref = Record::Make(*approval_resource.Target(approval::kApprovedBy.index));
  ref->Set(0, user_id);
  return ref;
}

}  // namespace

ApprovalChain::ApprovalChain(storage::UnitOfWork& uow, const model::Catalog& catalog,
                             const model::Record& invoice, Timestamp now, const Actor& by)
    : uow_(uow),
      catalog_(catalog),
      approval_(catalog.Get("approval")),
      invoice_id_(invoice.id().value_or(0)),
      approvals_(invoice.GetOr(header::kApprovals, {})),
      requester_(RefId(invoice.GetOr(header::kRequestedBy, nullptr))),
      now_(now),
      by_(by) {
  if (!requester_) requester_ = RefId(invoice.GetOr(header::kCreatedBy, nullptr));
}

RecordList ApprovalChain::Open() const {
  RecordList open;
  for (const RecordPtr& a : approvals_) {
    if (IsOpen(*a)) open.push_back(a);
  }
  std::sort(open.begin(), open.end(), [](const RecordPtr& a, const RecordPtr& b) {
    return std::pair(PositionOf(*a), a->id().value_or(0)) < std::pair(PositionOf(*b), b->id().value_or(0));
  });
  return open;
}

Result<std::vector<int64_t>> ApprovalChain::ManagementChain(std::optional<int64_t> requester) const {
  std::vector<int64_t> chain;
  std::set<int64_t> seen;
  if (requester) seen.insert(*requester);
  const model::Resource& user = catalog_.Get("user");
  for (std::optional<int64_t> u = requester; u && chain.size() < kMaxChainLength;) {
    auto found = uow_.Get(*u, *user.projection(model::Shape::kStored));
    if (!found) {
      if (found.error().code == ErrorCode::kNotFound) break;
      return Fail(found.error());
    }
    u = RefId((*found)->GetOr(model::user::kManager, nullptr));
    if (!u || !seen.insert(*u).second) break;
    chain.push_back(*u);
  }
  return chain;
}

Status ApprovalChain::Write(model::Record& a, std::string_view status, int64_t position,
                            std::string_view note) {
  auto changes = Record::Make(approval_);
  changes->Set(approval::kId, a.id().value_or(0));
  changes->Set(approval::kStatus, std::string(status));
  changes->Set(approval::kPosition, position);
  if (!IsOpen(*changes)) {  // decided: when, by whom (on the approver's behalf), why
    changes->Set(approval::kApprovalDate, now_);
    changes->Set(approval::kApprovedBy,
                 UserRef(approval_, by_.user_id.value_or(a.GetOr(approval::kApproverId, 0))));
    changes->Set(approval::kNote, std::string(note));
  }
  StampUpdated(*changes, a, now_, by_);
  APB_TRY_STATUS(uow_.Update(*changes));
  a.Set(approval::kStatus, std::string(status));
  a.Set(approval::kPosition, position);
  return Ok();
}

Status ApprovalChain::Insert(int64_t user_id, std::string_view type, std::string_view status,
                             int64_t position) {
  auto a = Record::Make(approval_);
  a->Set(approval::kApprovableId, invoice_id_);
  a->Set(approval::kApprovableType, std::string("InvoiceHeader"));
  a->Set(approval::kApproverId, user_id);
  a->Set(approval::kApproverType, std::string("User"));
  a->Set(approval::kType, std::string(type));
  a->Set(approval::kStatus, std::string(status));
  a->Set(approval::kPosition, position);
  a->Set(approval::kHoldable, false);
  StampCreated(*a, now_, by_);
  APB_TRY(int64_t id, uow_.Insert(*a, storage::Owner{"invoice_header_id", invoice_id_}));
  a->Set(approval::kId, id);
  approvals_.push_back(std::move(a));
  return Ok();
}

Result<bool> ApprovalChain::AdvanceTo(const model::RecordList& open) {
  if (open.empty()) return false;
  if (open.front()->GetOr(approval::kStatus, "") != kApprovalCurrent) {
    APB_TRY_STATUS(Write(*open.front(), kApprovalCurrent, PositionOf(*open.front())));
  }
  return true;
}

Result<bool> ApprovalChain::Start() {
  // A restart drops the open approvals of the earlier chain, keeping those added by hand.
  RecordList manual;
  for (const RecordPtr& a : Open()) {
    if (a->GetOr(approval::kType, "") == kManualApproval) {
      manual.push_back(a);
      continue;
    }
    APB_TRY_STATUS(uow_.Delete(approval_, a->id().value_or(0)));
    std::erase(approvals_, a);
  }
  int64_t next = 1;
  for (const RecordPtr& a : approvals_) {
    if (!IsOpen(*a)) next = std::max(next, PositionOf(*a) + 1);
  }
  std::set<int64_t> by_hand;
  for (const RecordPtr& a : manual) by_hand.insert(a->GetOr(approval::kApproverId, 0));
  APB_TRY(std::vector<int64_t> managers, ManagementChain(requester_));
  for (int64_t user : managers) {
    if (by_hand.contains(user)) continue;  // they approve in their own place
    APB_TRY_STATUS(Insert(user, kHierarchyApproval, kApprovalWaiting, next++));
  }
  for (const RecordPtr& a : manual) APB_TRY_STATUS(Write(*a, kApprovalWaiting, next++));
  return AdvanceTo(Open());
}

Status ApprovalChain::Bypass() {
  for (const RecordPtr& a : Open())
    APB_TRY_STATUS(Write(*a, "bypassed", PositionOf(*a), "bypassed through the API"));
  return Ok();
}

Status ApprovalChain::Add(int64_t user_id, std::optional<int64_t> position, bool in_approval) {
  auto user = uow_.Get(user_id, *catalog_.Get("user").projection(model::Shape::kLimited));
  if (!user) {
    if (user.error().code != ErrorCode::kNotFound) return Fail(user.error());
    return Fail(FieldError("approver_id", fmt::format("approver_id {} names no user", user_id)));
  }
  RecordList open = Open();
  for (const RecordPtr& a : open) {
    if (a->GetOr(approval::kApproverId, 0) == user_id) {
      return Fail(FieldError("approver_id",
                             fmt::format("user {} already approves invoice {}", user_id, invoice_id_)));
    }
  }
  const bool has_current = !open.empty() && open.front()->GetOr(approval::kStatus, "") == kApprovalCurrent;
  const auto last = static_cast<int64_t>(open.size()) + 1;
  const int64_t first = has_current ? 2 : 1;
  const int64_t at = position.value_or(last);
  if (at < first || at > last) {
    return Fail(FieldError(
        "position", fmt::format("position {} is outside the open chain: from {} to {}", at, first, last)));
  }
  int64_t next = open.empty() ? 1 : PositionOf(*open.front());
  for (const RecordPtr& a : approvals_) {
    if (!IsOpen(*a)) next = std::max(next, PositionOf(*a) + 1);
  }
  for (int64_t i = 1; i <= last; ++i) {
    if (i == at) {
      const bool current = in_approval && open.empty();
      APB_TRY_STATUS(Insert(user_id, kManualApproval, current ? kApprovalCurrent : kApprovalWaiting, next++));
    }
    if (i < last) {
      Record& a = *open[static_cast<size_t>(i - 1)];
      const int64_t moved = next++;
      if (PositionOf(a) != moved) APB_TRY_STATUS(Write(a, a.GetOr(approval::kStatus, ""), moved));
    }
  }
  return Ok();
}

Result<bool> ApprovalChain::Remove(int64_t approval_id) {
  const auto it = std::find_if(approvals_.begin(), approvals_.end(),
                               [&](const RecordPtr& a) { return a->id() == approval_id; });
  if (it == approvals_.end()) {
    return Fail(FieldError("approval_id", fmt::format("approval_id {} names no approval of invoice {}",
                                                      approval_id, invoice_id_)));
  }
  const RecordPtr a = *it;
  if (!IsOpen(*a)) {
    return Fail(FieldError("approval_id", fmt::format("approval {} is already {}", approval_id,
                                                      a->GetOr(approval::kStatus, ""))));
  }
  if (a->GetOr(approval::kType, "") != kManualApproval) {
    return Fail(
        FieldError("approval_id", fmt::format("approval {} was not added by hand: only those can be removed "
                                              "(restart_approvals rebuilds the chain)",
                                              approval_id)));
  }
  const bool was_current = a->GetOr(approval::kStatus, "") == kApprovalCurrent;
  APB_TRY_STATUS(uow_.Delete(approval_, approval_id));
  approvals_.erase(it);
  const RecordList open = Open();
  if (was_current) return AdvanceTo(open);
  return !open.empty();
}

Result<bool> ApprovalChain::Decide(int64_t approval_id, std::string_view decision, std::string_view note) {
  const auto it = std::find_if(approvals_.begin(), approvals_.end(),
                               [&](const RecordPtr& a) { return a->id() == approval_id; });
  if (it == approvals_.end()) {
    return Fail(NotFound(fmt::format("approval {} is not one of invoice {}", approval_id, invoice_id_)));
  }
  Record& a = **it;
  const std::string status = a.GetOr(approval::kStatus, "");
  if (status != kApprovalCurrent) {
    return Fail(FieldError(
        "status", fmt::format("approval {} is not awaiting a decision (it is {})", approval_id, status)));
  }
  APB_TRY_STATUS(Write(a, decision, PositionOf(a), note));
  if (decision != "approved") return false;
  return AdvanceTo(Open());
}

}  // namespace apbridge::resources::invoices
