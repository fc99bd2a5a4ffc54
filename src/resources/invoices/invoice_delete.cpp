// DeleteInvoice: the status rule, then the delete, in one transaction.
#include "resources/invoices/invoice_delete.hpp"

#include "model/fields.hpp"
#include "resources/comments.hpp"
#include "resources/invoices/image_scan.hpp"

namespace apbridge::resources::invoices {

Status DeleteInvoice(storage::Store& store, const model::Catalog& catalog, int64_t id) {
  const model::Resource& invoice = catalog.Get("invoice-header");
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr current, uow->Get(id, *invoice.projection(model::Shape::kStored)));
  const std::string status = current->GetOr(model::invoice_header::kStatus, "");
  if (status != "new") {
    Error e = InvalidArgument("Invoice " + std::to_string(id) + " cannot be deleted in status " + status +
                              ": only a new invoice can (void or abandon it instead)");
    e.field_errors.emplace_back("status", e.message);
    return Fail(std::move(e));
  }
  APB_TRY_STATUS(comments::RemoveAllIn(*uow, catalog, id));  // nothing outlives its invoice
  APB_TRY_STATUS(RemoveImageScanIn(*uow, catalog, id));
  APB_TRY_STATUS(uow->Delete(invoice, id));
  return uow->Commit();
}

}  // namespace apbridge::resources::invoices
