// ApplyPaymentInstructionIn: a payment recorded once (a duplicate skipped, a
// reversal kept), paid in full on request, bad instructions refused by
// element, and a failed write leaving the invoice as it was.
#include "resources/invoices/payment_instruction.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;

class PaymentInstructionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    auto s = model::Record::Make(catalog_.Get("supplier"));
    s->Set(model::supplier::kId, int64_t{1});
    s->Set(model::supplier::kName, std::string("Acme"));
    s->Set(model::supplier::kNumber, std::string("S-1"));
    ASSERT_TRUE(uow->Insert(*s));
    auto inv = model::Record::Make(catalog_.Get("invoice-header"));
    inv->Set(header::kId, int64_t{10});
    inv->Set(header::kInvoiceNumber, std::string("INV-1"));
    auto ref = model::Record::Make(catalog_.Get("supplier"));
    ref->Set(model::supplier::kId, int64_t{1});
    inv->Set(header::kSupplier, ref);
    inv->Set(header::kStatus, std::string("approved"));
    inv->Set(header::kPaid, false);
    inv->Set(header::kLockVersionKey, int64_t{1});
    ASSERT_TRUE(uow->Insert(*inv));
    ASSERT_TRUE(uow->Commit());
  }

  Result<PaymentOutcome> Apply(storage::Store& store, const PaymentInstruction& p) {
    APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
    APB_TRY(PaymentOutcome outcome, ApplyPaymentInstructionIn(*uow, catalog_, p, now_, {}));
    APB_TRY_STATUS(uow->Commit());
    return outcome;
  }
  model::RecordPtr Invoice() {
    auto uow = *store_->Begin(storage::Store::Access::kRead);
    return *uow->Get(10, *catalog_.Get("invoice-header").projection(model::Shape::kStored));
  }
  size_t Payments() { return Invoice()->GetOr(header::kPayments, {}).size(); }
  static PaymentInstruction Check(std::string amount) {
    PaymentInstruction p;
    p.invoice = {std::nullopt, "INV-1", "", "Acme", std::nullopt};
    p.amount = *Decimal::Parse(amount);
    p.check_note = "CHK-1001";
    p.payment_date = *ParseTimestamp("2026-03-05T00:00:00Z");
    return p;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  const Timestamp now_ = *ParseTimestamp("2026-03-06T10:00:00Z");
};

TEST_F(PaymentInstructionTest, APaymentIsRecordedOnceAndAReversalKept) {
  auto first = Apply(*store_, Check("100.25"));
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->invoice_id, 10);
  EXPECT_TRUE(first->payment_added);
  EXPECT_FALSE(first->marked_paid);
  auto again = Apply(*store_, Check("100.25"));
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->payment_added) << "the same date, note and amount: a duplicate";
  EXPECT_EQ(Payments(), 1u);
  auto reversal = Apply(*store_, Check("-100.25"));
  ASSERT_TRUE(reversal);
  EXPECT_TRUE(reversal->payment_added);
  EXPECT_EQ(Payments(), 2u);
  EXPECT_FALSE(Invoice()->GetOr(header::kPaid, true));
}

TEST_F(PaymentInstructionTest, PaidInFullMarksTheInvoice) {
  PaymentInstruction p = Check("100.25");
  p.paid = true;
  p.paid_in_full_note = "paid by ERP";
  auto done = Apply(*store_, p);
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_TRUE(done->marked_paid);
  auto invoice = Invoice();
  EXPECT_TRUE(invoice->GetOr(header::kPaid, false));
  EXPECT_EQ(invoice->GetOr(header::kPaymentDate, Timestamp{}), *p.payment_date) << "dated the payment's day";
  EXPECT_EQ(invoice->GetOr(header::kPaymentNotes, ""), "paid by ERP");
}

TEST_F(PaymentInstructionTest, BadInstructionsAreRefusedByElementAndWriteNothing) {
  PaymentInstruction nothing;
  nothing.invoice = {10, "", "", "", std::nullopt};
  PaymentInstruction undated = Check("5.00");
  undated.payment_date.reset();
  PaymentInstruction paid_undated;
  paid_undated.invoice = {10, "", "", "", std::nullopt};
  paid_undated.paid = true;
  PaymentInstruction unmatched = Check("5.00");
  unmatched.invoice.invoice_number = "INV-9";
  const std::pair<PaymentInstruction, std::string> cases[] = {{nothing, "amount-paid"},
                                                              {undated, "payment-date"},
                                                              {paid_undated, "payment-date"},
                                                              {unmatched, "invoice-number"}};
  for (const auto& [instruction, element] : cases) {
    auto r = Apply(*store_, instruction);
    ASSERT_FALSE(r) << element;
    ASSERT_EQ(r.error().field_errors.size(), 1u);
    EXPECT_EQ(r.error().field_errors.front().first, element) << r.error().message;
  }
  EXPECT_EQ(Payments(), 0u);
}

TEST_F(PaymentInstructionTest, AFailedWriteLeavesTheInvoiceAsItWas) {
  PaymentInstruction p = Check("42.00");
  p.paid = true;
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto r = Apply(failing, p);
    if (!failing.failed()) {
      ASSERT_TRUE(r);
      break;
    }
    ASSERT_FALSE(r);
    EXPECT_EQ(Payments(), 0u) << "write " << n;
    EXPECT_FALSE(Invoice()->GetOr(header::kPaid, true)) << "write " << n;
  }
  EXPECT_EQ(Payments(), 1u);
  EXPECT_TRUE(Invoice()->GetOr(header::kPaid, false));
}

}  // namespace
}  // namespace apbridge::resources::invoices
