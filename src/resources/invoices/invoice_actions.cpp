// InvoiceActions: the status machine's row, then the action's own work.
#include "resources/invoices/invoice_actions.hpp"

#include <fmt/format.h>

#include "common/text.hpp"
#include "model/fields.hpp"
#include "query/query.hpp"
#include "resources/comments.hpp"
#include "resources/field_errors.hpp"
#include "resources/invoices/approval_chain.hpp"
#include "resources/invoices/invoice_elements.hpp"
#include "resources/invoices/invoice_status_machine.hpp"
#include "resources/invoices/line_accounts.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
using model::Record;
using model::RecordPtr;

// The reason-insight that `code` names, as a reference; InvalidArgument
// naming dispute-reason when there is none (Coupa: "a valid and active
// dispute reason").
Result<RecordPtr> DisputeReason(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                const std::string& code) {
  const model::Resource& reason = catalog.Get("reason-insight");
  query::Query q;
  q.resource = &reason;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(reason, model::reason_insight::kCode, code));
  APB_TRY(model::RecordList found, uow.Find(q, *reason.projection(model::Shape::kStored)));
  if (found.empty()) {
    return Fail(FieldError("dispute-reason",
                           fmt::format("dispute-reason names no dispute reason with code {}", code)));
  }
  auto ref = Record::Make(reason);
  ref->Set(0, found.front()->id().value_or(0));
  return ref;
}

}  // namespace

InvoiceActions::InvoiceActions(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
    : store_(store), catalog_(catalog), invoice_(catalog.Get("invoice-header")), clock_(clock) {}

Status InvoiceActions::Run(std::string_view action, int64_t id, const ActionInput& input) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY_STATUS(RunIn(*uow, action, id, input, clock_.Now()));
  return uow->Commit();
}

Status InvoiceActions::RunIn(storage::UnitOfWork& uow, std::string_view action, int64_t id,
                             const ActionInput& input, Timestamp now) const {
  const InvoiceTransition* transition = TransitionOf(action);
  if (transition == nullptr || transition->performer != Performer::kInvoiceActions) {
    return Fail(Internal(fmt::format("no invoice action {}", action)));
  }
  APB_TRY(RecordPtr current, uow.Get(id, *invoice_.projection(model::Shape::kStored)));
  APB_TRY_STATUS(CheckTransition(*transition, id, current->GetOr(header::kStatus, "")));

  auto update = Record::Make(invoice_);
  update->Set(header::kId, id);
  const std::string was = current->GetOr(header::kStatus, "");
  if (action == "submit") {  // Required is enforced on create and on submit
    FieldErrors missing;
    CheckRequired(*current, missing);
    if (!missing.empty()) {
      return Fail(
          missing.ToError(fmt::format("invoice {} cannot be submitted: required elements are missing", id)));
    }
  }
  std::string status(transition->to);
  ApprovalChain chain(uow, catalog_, *current, now, input.by);
  bool anyone_left = true;  // to approve
  if (transition->starts_approval) {
    APB_TRY(anyone_left, chain.Start());
  }
  if (action == "dispute") {
    if (input.dispute_reason) {
      APB_TRY(RecordPtr reason, DisputeReason(uow, catalog_, *input.dispute_reason));
      update->Set(header::kDisputeReason, reason);
    }
    if (input.comment && !Trim(*input.comment).empty()) {  // to the supplier, who is asked to resubmit
      APB_TRY_STATUS(comments::AddIn(uow, catalog_, id,
                                     comments::NewComment{*input.comment, true, input.dispute_reason},
                                     input.by, now));
    }
  } else if (action == "withdraw_dispute") {
    update->SetNull(header::kDisputeReason);
  } else if (action == "flip_to_advance_ship_notice") {
    update->Set(header::kDocumentType, std::string("Advance Ship Notice"));
  } else if (action == "bypass_approvals") {
    APB_TRY_STATUS(chain.Bypass());
  } else if (action == "add_approver") {
    if (!input.approver_id)
      return Fail(FieldError("approver_id", "approver_id is required: the id of a user"));
    APB_TRY_STATUS(chain.Add(*input.approver_id, input.position, was == "pending_approval"));
  } else if (action == "remove_approval") {
    if (!input.approval_id)
      return Fail(FieldError("approval_id", "approval_id is required: the id of an approval added by hand"));
    APB_TRY(anyone_left, chain.Remove(*input.approval_id));
    anyone_left = anyone_left || was != "pending_approval";  // a draft's chain has not started
  } else if (action == "update_line_accounts") {
    APB_TRY_STATUS(UpdateLineAccounts(uow, *current, input.body.get(), now, input.by));
  } else if (action == "revalidate_tolerances") {
    // apbridge configures no tolerances, so a revalidated invoice breaches none.
    const model::Resource& tolerance = *invoice_.Target(header::kFailedTolerances.index);
    for (const RecordPtr& f : current->GetOr(header::kFailedTolerances, {})) {
      APB_TRY_STATUS(uow.Delete(tolerance, f->id().value_or(0)));
    }
    update->SetNull(header::kToleranceFailures);
  }
  if (transition->approved_when_done && !anyone_left) status = "approved";
  if (!status.empty()) update->Set(header::kStatus, status);
  StampUpdated(*update, *current, now, input.by);
  return uow.Update(*update);
}

}  // namespace apbridge::resources::invoices
