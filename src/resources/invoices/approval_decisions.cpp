// ApprovalDecisions: from the approval to its invoice, the status machine's
// row, then the chain.
#include "resources/invoices/approval_decisions.hpp"

#include <fmt/format.h>

#include "model/fields.hpp"
#include "resources/invoices/approval_chain.hpp"
#include "resources/invoices/invoice_status_machine.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {

ApprovalDecisions::ApprovalDecisions(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
    : store_(store), catalog_(catalog), clock_(clock) {}

Result<int64_t> ApprovalDecisions::Decide(int64_t approval_id, std::string_view action, std::string_view note,
                                          const Actor& by) const {
  const InvoiceTransition* transition = TransitionOf(action);
  if (transition == nullptr || transition->performer != Performer::kApprovalDecisions) {
    return Fail(Internal(fmt::format("no approval action {}", action)));
  }
  const model::Resource& invoice_resource = catalog_.Get("invoice-header");
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr approval,
          uow->Get(approval_id, *catalog_.Get("approval").projection(model::Shape::kStored)));
  const int64_t invoice_id = approval->GetOr(model::approval::kApprovableId, 0);
  if (approval->GetOr(model::approval::kApprovableType, "") != "InvoiceHeader") {
    return Fail(NotFound(fmt::format("approval {} is not an invoice's", approval_id)));
  }
  APB_TRY(model::RecordPtr invoice,
          uow->Get(invoice_id, *invoice_resource.projection(model::Shape::kStored)));
  APB_TRY_STATUS(
      CheckTransition(*transition, invoice_id, invoice->GetOr(model::invoice_header::kStatus, "")));

  const Timestamp now = clock_.Now();
  ApprovalChain chain(*uow, catalog_, *invoice, now, by);
  APB_TRY(bool anyone_left, chain.Decide(approval_id, action == "approve" ? "approved" : "rejected", note));
  std::string status(transition->to);
  if (transition->approved_when_done && !anyone_left) status = "approved";
  auto update = model::Record::Make(invoice_resource);
  update->Set(model::invoice_header::kId, invoice_id);
  if (!status.empty()) update->Set(model::invoice_header::kStatus, status);
  StampUpdated(*update, *invoice, now, by);
  APB_TRY_STATUS(uow->Update(*update));
  APB_TRY_STATUS(uow->Commit());
  return invoice_id;
}

}  // namespace apbridge::resources::invoices
