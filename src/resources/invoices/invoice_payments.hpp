// The payments recorded on an invoice (its `payments` collection) and its paid
// state: the one home of these rules, for the ERP's PUT (InvoiceUpdater) and
// for Coupa Pay, whose completed payments pay their invoices.
#pragma once

#include <optional>
#include <string>
#include <tuple>

#include "common/decimal.hpp"
#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// A payment as the duplicate check sees it: date, notes (or its deprecated
// name check-number), amount. Two payments with equal keys are one payment
// sent twice.
using PaymentKey = std::tuple<std::optional<Timestamp>, std::string, std::optional<Decimal>>;
[[nodiscard]] PaymentKey KeyOf(const model::Record& payment);

// Inserts `sent` (a `payment` record, amount-paid set) as a new payment of
// invoice `invoice_id`: its writable (In) fields, notes taken from
// check-number when only that is sent, stamped created at `now` by `by`.
// Checks nothing: the caller has checked it is not a duplicate.
[[nodiscard]] Status AppendPaymentIn(storage::UnitOfWork& uow, const model::Resource& payment,
                                     int64_t invoice_id, const model::Record& sent, Timestamp now,
                                     const Actor& by);

// A payment to record on an invoice.
struct InvoicePayment {
  Decimal amount;  // negative: a reversal
  Timestamp date;  // the payment-date
  std::string notes;
};

// Records `paid` on invoice `invoice_id` (payable-type InvoiceHeader, payable-id
// the invoice), unless the invoice has a payment with its key already (then
// nothing is written). Answers whether it was added. NotFound when there is
// no such invoice.
[[nodiscard]] Result<bool> RecordPaymentIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                           int64_t invoice_id, const InvoicePayment& paid, Timestamp now,
                                           const Actor& by);

// What an invoice paid in full records on its header.
struct PaidInFull {
  Timestamp date;     // payment-date
  std::string notes;  // payment-notes
};

// Marks invoice `invoice_id` paid in full as Coupa does: paid = true,
// payment-date and payment-notes as `paid` says, and the update stamps
// (updated-at = now, updated-by, lock-version-key), so an ERP polling
// invoices by updated-at sees it. NotFound when there is no such invoice.
[[nodiscard]] Status MarkInvoicePaidIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                       int64_t invoice_id, const PaidInFull& paid, Timestamp now,
                                       const Actor& by);

}  // namespace apbridge::resources::invoices
