// For the Coupa Pay tests: USD, approved unpaid invoices and payments of them
// (each detail an invoice, or an expense report), inserted into a test store.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
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

// Record `id` of `resource` as a full read shows it (null, failing the test, if none).
inline model::RecordPtr Load(storage::Store& store, const model::Catalog& catalog, std::string_view resource,
                             int64_t id) {
  auto uow = store.Begin(storage::Store::Access::kRead);
  EXPECT_TRUE(uow);
  if (!uow) return nullptr;
  auto r = (*uow)->Get(id, *catalog.Get(resource).projection(model::Shape::kFull));
  EXPECT_TRUE(r) << resource << " " << id;
  return r ? *r : nullptr;
}

// An invoice's paid flag and the sum of its payments' amounts.
inline std::pair<bool, Decimal> PaidState(storage::Store& store, const model::Catalog& catalog,
                                          int64_t invoice_id) {
  auto invoice = Load(store, catalog, "invoice-header", invoice_id);
  Decimal sum = Decimal::FromInt(0);
  for (const auto& p : invoice->GetOr(model::invoice_header::kPayments, {})) {
    sum = sum + p->GetOr(model::payment::kAmountPaid, {});
  }
  return {invoice->GetOr(model::invoice_header::kPaid, true), sum};
}

}  // namespace apbridge::resources::coupa_pay::testing
