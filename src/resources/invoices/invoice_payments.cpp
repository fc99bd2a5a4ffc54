// Invoice payments: the duplicate key, appending a payment, recording one and
// marking an invoice paid in full.
#include "resources/invoices/invoice_payments.hpp"

#include "model/fields.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace payment = model::payment;

}  // namespace

PaymentKey KeyOf(const model::Record& p) {
  std::string notes = p.GetOr(payment::kNotes, "");
  if (notes.empty()) notes = p.GetOr(payment::kCheckNumber, "");
  const Decimal* amount = p.Get(payment::kAmountPaid);
  const Timestamp* date = p.Get(payment::kPaymentDate);
  return {date ? std::optional(*date) : std::nullopt, std::move(notes),
          amount ? std::optional(*amount) : std::nullopt};
}

Status AppendPaymentIn(storage::UnitOfWork& uow, const model::Resource& payment_resource, int64_t invoice_id,
                       const model::Record& sent, Timestamp now, const Actor& by) {
  auto p = model::Record::Make(payment_resource);
  for (int i = 1; i < payment_resource.field_count(); ++i) {
    if (sent.Has(i) && payment_resource.field(i).Has(model::kIn)) p->Set(i, sent.Get(i));
  }
  if (sent.Get(payment::kNotes) == nullptr) {
    if (const std::string* check = sent.Get(payment::kCheckNumber)) p->Set(payment::kNotes, *check);
  }
  StampCreated(*p, now, by);
  APB_TRY(int64_t ignored, uow.Insert(*p, storage::Owner{"invoice_header_id", invoice_id}));
  (void)ignored;
  return Ok();
}

Result<bool> RecordPaymentIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t invoice_id,
                             const InvoicePayment& paid, Timestamp now, const Actor& by) {
  const model::Resource& invoice = catalog.Get("invoice-header");
  const model::Resource& payment_resource = *invoice.Target(header::kPayments.index);
  // Only the payments' keys are read (KeyOf): the duplicate check needs
  // nothing else, and an invoice's other collections can be long.
  const auto keys = std::make_shared<const model::Projection>(
      payment_resource, std::vector<model::Projection::Item>{{payment::kAmountPaid.index, nullptr},
                                                             {payment::kPaymentDate.index, nullptr},
                                                             {payment::kNotes.index, nullptr},
                                                             {payment::kCheckNumber.index, nullptr}});
  const auto payments_only = std::make_shared<const model::Projection>(
      invoice, std::vector<model::Projection::Item>{{header::kPayments.index, keys}});
  APB_TRY(model::RecordPtr current, uow.Get(invoice_id, *payments_only));
  auto p = model::Record::Make(payment_resource);
  p->Set(payment::kAmountPaid, paid.amount);
  p->Set(payment::kPaymentDate, paid.date);
  p->Set(payment::kNotes, paid.notes);
  p->Set(payment::kPayableId, invoice_id);
  p->Set(payment::kPayableType, std::string("InvoiceHeader"));
  const PaymentKey key = KeyOf(*p);
  for (const model::RecordPtr& known : current->GetOr(header::kPayments, {})) {
    if (KeyOf(*known) == key) return false;
  }
  APB_TRY_STATUS(AppendPaymentIn(uow, payment_resource, invoice_id, *p, now, by));
  return true;
}

Status MarkInvoicePaidIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t invoice_id,
                         const PaidInFull& paid, Timestamp now, const Actor& by) {
  const model::Resource& invoice = catalog.Get("invoice-header");
  // StampUpdated reads the lock version; nothing else is needed.
  const auto stamp_only = std::make_shared<const model::Projection>(
      invoice, std::vector<model::Projection::Item>{{header::kLockVersionKey.index, nullptr}});
  APB_TRY(model::RecordPtr current, uow.Get(invoice_id, *stamp_only));
  auto update = model::Record::Make(invoice);
  update->Set(header::kId, invoice_id);
  update->Set(header::kPaid, true);
  update->Set(header::kPaymentDate, paid.date);
  update->Set(header::kPaymentNotes, paid.notes);
  StampUpdated(*update, *current, now, by);
  return uow.Update(*update);
}

}  // namespace apbridge::resources::invoices
