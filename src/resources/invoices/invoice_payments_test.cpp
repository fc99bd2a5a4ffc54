// Invoice payments: a recorded payment and its stamps, a duplicate skipped, a
// reversal kept, an invoice marked paid in full, unknown invoices, and that a
// failed write leaves the invoice as it was.
#include "resources/invoices/invoice_payments.hpp"

#include <gtest/gtest.h>

#include <tuple>

#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace payment = model::payment;
constexpr int64_t kInvoice = 106;
constexpr int64_t kUser = 7;

class InvoicePaymentsTest : public ::testing::Test {
 protected:
  // Invoice 106 (approved, 250.00, unpaid, lock-version-key 3); user 7.
  void SetUp() override {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    auto user = model::Record::Make(catalog_.Get("user"));
    user->Set(0, kUser);
    user->Set("login", std::string("partner"));
    ASSERT_TRUE(uow->Insert(*user));
    auto invoice = model::Record::Make(catalog_.Get("invoice-header"));
    invoice->Set(header::kId, kInvoice);
    invoice->Set(header::kInvoiceNumber, std::string("INV-106"));
    invoice->Set(header::kStatus, std::string("approved"));
    invoice->Set(header::kGrossTotal, *Decimal::Parse("250.00"));
    invoice->Set(header::kPaid, false);
    invoice->Set(header::kLockVersionKey, int64_t{3});
    invoice->Set(header::kUpdatedAt, *ParseTimestamp("2026-11-01T08:00:00Z"));
    ASSERT_TRUE(uow->Insert(*invoice));
    ASSERT_TRUE(uow->Commit());
  }

  model::RecordPtr Load() {
    auto uow = *store_->Begin(storage::Store::Access::kRead);
    auto invoice = uow->Get(kInvoice, *catalog_.Get("invoice-header").projection(model::Shape::kStored));
    EXPECT_TRUE(invoice);
    return *invoice;
  }

  // What a payment changes: paid, payment-notes, lock-version-key, updated-at, payments.
  std::tuple<bool, std::string, int64_t, Timestamp, size_t> State() {
    auto invoice = Load();
    return {invoice->GetOr(header::kPaid, true), invoice->GetOr(header::kPaymentNotes, "(none)"),
            invoice->GetOr(header::kLockVersionKey, 0), invoice->GetOr(header::kUpdatedAt, Timestamp{}),
            invoice->GetOr(header::kPayments, {}).size()};
  }

  // Records `paid` and marks the invoice paid in full in one transaction.
  Status Pay(storage::Store& store, const InvoicePayment& paid) {
    APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
    APB_TRY(bool added, RecordPaymentIn(*uow, catalog_, kInvoice, paid, now_, by_));
    (void)added;
    APB_TRY_STATUS(MarkInvoicePaidIn(*uow, catalog_, kInvoice, {paid.date, "Paid by Coupa Pay"}, now_, by_));
    return uow->Commit();
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  const Timestamp now_ = *ParseTimestamp("2026-12-01T10:00:00Z");
  const Actor by_{kUser};
  const InvoicePayment paid_{*Decimal::Parse("250.00"), *ParseTimestamp("2026-12-01T00:00:00Z"), "PMT-1"};
};

TEST_F(InvoicePaymentsTest, APaymentIsRecordedAndTheInvoiceMarkedPaidInFull) {
  ASSERT_TRUE(Pay(*store_, paid_));
  auto invoice = Load();
  EXPECT_EQ(invoice->GetOr(header::kPaid, false), true);
  EXPECT_EQ(invoice->GetOr(header::kPaymentDate, Timestamp{}), paid_.date);
  EXPECT_EQ(invoice->GetOr(header::kPaymentNotes, ""), "Paid by Coupa Pay");
  EXPECT_EQ(invoice->GetOr(header::kUpdatedAt, Timestamp{}), now_);
  EXPECT_EQ(invoice->GetOr(header::kLockVersionKey, 0), 4);
  ASSERT_NE(invoice->Get(header::kUpdatedBy), nullptr);
  EXPECT_EQ((*invoice->Get(header::kUpdatedBy))->id(), kUser);
  const auto& payments = invoice->GetOr(header::kPayments, {});
  ASSERT_EQ(payments.size(), 1U);
  const model::Record& p = *payments[0];
  EXPECT_EQ(p.GetOr(payment::kAmountPaid, Decimal()), paid_.amount);
  EXPECT_EQ(p.GetOr(payment::kNotes, ""), "PMT-1");
  EXPECT_EQ(p.GetOr(payment::kPaymentDate, Timestamp{}), paid_.date);
  EXPECT_EQ(p.GetOr(payment::kPayableId, 0), kInvoice);
  EXPECT_EQ(p.GetOr(payment::kPayableType, ""), "InvoiceHeader");
  EXPECT_EQ(p.GetOr(payment::kCreatedAt, Timestamp{}), now_);
}

TEST_F(InvoicePaymentsTest, ADuplicateIsSkippedAndAReversalKept) {
  auto record = [&](const InvoicePayment& paid) {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    auto added = RecordPaymentIn(*uow, catalog_, kInvoice, paid, now_, by_);
    EXPECT_TRUE(added);
    EXPECT_TRUE(uow->Commit());
    return added.value_or(false);
  };
  EXPECT_TRUE(record(paid_));
  EXPECT_FALSE(record(paid_)) << "same date, notes and amount";
  InvoicePayment reversal = paid_;
  reversal.amount = *Decimal::Parse("-250.00");
  EXPECT_TRUE(record(reversal));
  InvoicePayment other_notes = paid_;
  other_notes.notes = "PMT-2";
  EXPECT_TRUE(record(other_notes));
  EXPECT_EQ(Load()->GetOr(header::kPayments, {}).size(), 3U);
  EXPECT_EQ(Load()->GetOr(header::kPaid, true), false) << "recording alone does not mark paid";
}

TEST_F(InvoicePaymentsTest, AnUnknownInvoiceIsNotFound) {
  auto uow = *store_->Begin(storage::Store::Access::kWrite);
  auto added = RecordPaymentIn(*uow, catalog_, 999, paid_, now_, by_);
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::kNotFound);
  auto marked = MarkInvoicePaidIn(*uow, catalog_, 999, {paid_.date, ""}, now_, by_);
  ASSERT_FALSE(marked);
  EXPECT_EQ(marked.error().code, ErrorCode::kNotFound);
}

TEST_F(InvoicePaymentsTest, AFailedWriteLeavesTheInvoiceAsItWas) {
  const auto before = State();
  int n = 1;
  for (;; ++n) {
    SCOPED_TRACE("failing write " + std::to_string(n));
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    Status status = Pay(failing, paid_);
    if (!failing.failed()) {
      ASSERT_TRUE(status) << status.error().details;
      break;
    }
    ASSERT_FALSE(status);
    EXPECT_EQ(State(), before);
    ASSERT_LT(n, 10);
  }
  EXPECT_EQ(n, 4) << "the payment, the invoice and the commit, each failed once";
  EXPECT_EQ(Load()->GetOr(header::kPaid, false), true);
}

}  // namespace
}  // namespace apbridge::resources::invoices
