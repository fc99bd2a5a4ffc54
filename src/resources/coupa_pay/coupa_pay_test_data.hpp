// For the Coupa Pay tests: USD, approved unpaid invoices and payments of them
// (each detail an invoice, or an expense report), inserted into a test store.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "model/catalog.hpp"
#include "model/fields.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::coupa_pay::testing {

inline constexpr int64_t kUsd = 1;

inline model::RecordPtr MakeRecord(const model::Catalog& catalog, std::string_view resource, int64_t id) {
  auto r = model::Record::Make(catalog.Get(resource));
  r->Set(0, id);
  return r;
}

// Currency 1 (USD, 2 decimals).
inline void InsertUsd(storage::UnitOfWork& uow, const model::Catalog& catalog) {
  auto usd = MakeRecord(catalog, "currency", kUsd);
  usd->Set(model::currency::kCode, std::string("USD"));
  usd->Set(model::currency::kDecimals, int64_t{2});
  ASSERT_TRUE(uow.Insert(*usd));
}

// An approved, unpaid invoice of `total`.
inline void InsertInvoice(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t id,
                          const std::string& total) {
  namespace header = model::invoice_header;
  auto invoice = MakeRecord(catalog, "invoice-header", id);
  invoice->Set(header::kInvoiceNumber, "INV-" + std::to_string(id));
  invoice->Set(header::kStatus, std::string("approved"));
  invoice->Set(header::kGrossTotal, *Decimal::Parse(total));
  invoice->Set(header::kPaid, false);
  invoice->Set(header::kLockVersionKey, int64_t{1});
  invoice->Set(header::kUpdatedAt, *ParseTimestamp("2026-11-01T08:00:00Z"));
  ASSERT_TRUE(uow.Insert(*invoice));
}

// What a payment detail pays: (source-transaction-type, id, amount).
struct Paid {
  std::string type;  // InvoiceHeader or ExpenseReport
  int64_t id = 0;
  std::string amount;
};

// Payment `id` in `status`, updated at `updated_at`, one detail per `paid`,
// pay-to-total their sum.
inline void InsertPayment(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t id,
                          const std::string& status, Timestamp updated_at, const std::vector<Paid>& paid) {
  namespace pay = model::coupa_pay_payment;
  namespace det = model::coupa_pay_payment_detail;
  const model::Resource& payment = catalog.Get("coupa-pay-payment");
  model::RecordList details;
  Decimal total = Decimal::FromInt(0);
  for (const Paid& p : paid) {
    auto d = model::Record::Make(*payment.Target(pay::kPaymentDetails.index));
    d->Set(det::kPaymentTotal, *Decimal::Parse(p.amount));
    d->Set(det::kCurrency, MakeRecord(catalog, "currency", kUsd));
    d->Set(det::kSourceTransactionType, p.type);
    d->Set(det::kSourceTransactionId, p.id);
    d->Set(det::kSourceTransactionReference, std::to_string(p.id));
    details.push_back(std::move(d));
    total = total + *Decimal::Parse(p.amount);
  }
  auto record = MakeRecord(catalog, "coupa-pay-payment", id);
  record->Set(pay::kStatus, status);
  record->Set(pay::kExported, false);
  record->Set(pay::kPaymentIdentifier, "PMT-" + std::to_string(id));
  record->Set(pay::kPayToTotal, total);
  record->Set(pay::kPayToCurrency, MakeRecord(catalog, "currency", kUsd));
  record->Set(pay::kPaymentDetails, std::move(details));
  record->Set("created-at", updated_at);
  record->Set("updated-at", updated_at);
  ASSERT_TRUE(uow.Insert(*record));
}

}  // namespace apbridge::resources::coupa_pay::testing
