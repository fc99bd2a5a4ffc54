// What a Coupa Pay payment completed successfully does to the documents it
// pays: each payment detail's source document is marked paid: an invoice
// with a payment record (resources/invoices/invoice_payments), an expense
// report through coupa_pay/expense_reports.
#pragma once

#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::coupa_pay {

// The notes of the payment record a completed `payment` leaves on what it
// pays: its payment-identifier, or "Coupa Pay payment <id>" without one.
[[nodiscard]] std::string PaymentNotes(const model::Record& payment);

// For each payment detail of `payment` (a coupa-pay-payment loaded with its
// payment-details, status completed_successfully), in the caller's unit of
// work: an invoice (source-transaction-id) gets a payment of the detail's
// payment-total dated `now`'s day (UTC) with PaymentNotes (skipped if it has that payment
// already) and is marked paid in full; an expense report is marked paid
// (MarkExpenseReportPaidIn) on that day. Conflict when the payment is not
// completed_successfully; NotFound when a detail's invoice does not exist;
// InvalidArgument for a detail of a source type it does not know. Nothing is
// written on failure once the caller drops the unit of work.
[[nodiscard]] Status MarkDocumentPaidIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                        const model::Record& payment, Timestamp now, const Actor& by);

}  // namespace apbridge::resources::coupa_pay
