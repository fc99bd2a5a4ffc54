// MarkDocumentPaidIn: a completed payment pays each of its invoices with a
// payment of its detail's amount, to the cent; an expense-report detail
// marks its report paid; a payment not completed, an unknown invoice or
// source type is refused; a failed write leaves the invoices as they were.
#include "resources/coupa_pay/paid_documents.hpp"

#include <gtest/gtest.h>

#include "resources/coupa_pay/coupa_pay_test_data.hpp"
#include "resources/coupa_pay/expense_reports.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace header = model::invoice_header;
namespace payment = model::payment;

class PaidDocumentsTest : public ::testing::Test {
 protected:
  // Invoices 201 (100.10) and 202 (33.33), approved and unpaid; expense
  // report 7 (12.00), approved and unpaid; payment 10 of both invoices,
  // completed successfully; payment 11 of the expense report and invoice
  // 202; payment 12 of invoice 201, still in progress.
  void SetUp() override {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    testing::InsertUsd(*uow, catalog_);
    testing::InsertInvoice(*uow, catalog_, 201, "100.10");
    testing::InsertInvoice(*uow, catalog_, 202, "33.33");
    const Timestamp t = *ParseTimestamp("2026-11-30T08:00:00Z");
    ASSERT_TRUE(uow->Insert(*MakeApprovedExpenseReport(
        catalog_, {7, "Customer visit", 1, testing::kUsd, *Decimal::Parse("12.00"), t})));
    testing::InsertPayment(*uow, catalog_, 10, "completed_successfully", t,
                           {{"InvoiceHeader", 201, "100.10"}, {"InvoiceHeader", 202, "33.33"}});
    testing::InsertPayment(*uow, catalog_, 11, "completed_successfully", t,
                           {{"ExpenseReport", 7, "12.00"}, {"InvoiceHeader", 202, "33.33"}});
    testing::InsertPayment(*uow, catalog_, 12, "payment_in_progress", t, {{"InvoiceHeader", 201, "100.10"}});
    ASSERT_TRUE(uow->Commit());
  }

  model::RecordPtr Get(std::string_view resource, int64_t id) {
    return testing::Load(*store_, catalog_, resource, id);
  }

  Status MarkPaid(storage::Store& store, int64_t payment_id) {
    model::RecordPtr p = Get("coupa-pay-payment", payment_id);
    APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
    APB_TRY_STATUS(MarkDocumentPaidIn(*uow, catalog_, *p, now_, {}));
    return uow->Commit();
  }

  // The invoice's paid flag and the sum of its payments.
  std::pair<bool, Decimal> PaidState(int64_t invoice_id) {
    return testing::PaidState(*store_, catalog_, invoice_id);
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  const Timestamp now_ = *ParseTimestamp("2026-12-01T10:00:00Z");
};

TEST_F(PaidDocumentsTest, ACompletedPaymentPaysEachInvoiceItsDetailAmountToTheCent) {
  ASSERT_TRUE(MarkPaid(*store_, 10));
  EXPECT_EQ(PaidState(201), std::pair(true, *Decimal::Parse("100.10")));
  EXPECT_EQ(PaidState(202), std::pair(true, *Decimal::Parse("33.33")));
  auto invoice = Get("invoice-header", 201);
  EXPECT_EQ(invoice->GetOr(header::kPaymentNotes, ""), "PMT-10|USD|100.10|FULLY PAID|");
  EXPECT_EQ(invoice->GetOr(header::kPaymentDate, Timestamp{}), *ParseTimestamp("2026-12-01T00:00:00Z"))
      << "a calendar date";
  EXPECT_EQ(invoice->GetOr(header::kUpdatedAt, Timestamp{}), now_);
  EXPECT_EQ(invoice->GetOr(header::kPayments, {}).at(0)->GetOr(payment::kNotes, ""), "PMT-10");

  ASSERT_TRUE(MarkPaid(*store_, 10)) << "again: the payment is already recorded";
  EXPECT_EQ(PaidState(201), std::pair(true, *Decimal::Parse("100.10"))) << "recorded once";
}

TEST_F(PaidDocumentsTest, AnExpenseReportDetailPaysTheReportBesideTheInvoices) {
  EXPECT_FALSE(Get("expense-report", 7)->GetOr(model::expense_report::kPaid, true));
  ASSERT_TRUE(MarkPaid(*store_, 11));
  EXPECT_EQ(PaidState(202), std::pair(true, *Decimal::Parse("33.33")));
  EXPECT_EQ(PaidState(201), std::pair(false, Decimal::FromInt(0)));
  model::RecordPtr report = Get("expense-report", 7);
  EXPECT_TRUE(report->GetOr(model::expense_report::kPaid, false));
  EXPECT_EQ(report->GetOr(model::expense_report::kStatus, ""), "paid");
  EXPECT_EQ(report->GetOr(model::expense_report::kPaidAt, Timestamp{}),
            *ParseTimestamp("2026-12-01T00:00:00Z"))
      << "paid on the day the payment completed";
}

TEST_F(PaidDocumentsTest, RefusedPaymentsWriteNothing) {
  auto not_completed = MarkPaid(*store_, 12);
  ASSERT_FALSE(not_completed);
  EXPECT_EQ(not_completed.error().code, ErrorCode::kConflict);
  {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    testing::InsertPayment(*uow, catalog_, 13, "completed_successfully", now_,
                           {{"InvoiceHeader", 201, "1.00"}, {"InvoiceHeader", 999, "1.00"}});
    testing::InsertPayment(*uow, catalog_, 14, "completed_successfully", now_,
                           {{"InvoiceHeader", 201, "1.00"}, {"PurchaseOrder", 5, "1.00"}});
    ASSERT_TRUE(uow->Commit());
  }
  auto unknown_invoice = MarkPaid(*store_, 13);
  ASSERT_FALSE(unknown_invoice);
  EXPECT_EQ(unknown_invoice.error().code, ErrorCode::kNotFound);
  auto unknown_type = MarkPaid(*store_, 14);
  ASSERT_FALSE(unknown_type);
  EXPECT_EQ(unknown_type.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(PaidState(201), std::pair(false, Decimal::FromInt(0)));
}

TEST_F(PaidDocumentsTest, AFailedWriteLeavesTheInvoicesAsTheyWere) {
  int n = 1;
  for (;; ++n) {
    SCOPED_TRACE("failing write " + std::to_string(n));
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    Status status = MarkPaid(failing, 10);
    if (!failing.failed()) {
      ASSERT_TRUE(status) << status.error().details;
      break;
    }
    ASSERT_FALSE(status);
    EXPECT_EQ(PaidState(201), std::pair(false, Decimal::FromInt(0)));
    EXPECT_EQ(PaidState(202), std::pair(false, Decimal::FromInt(0)));
    ASSERT_LT(n, 10);
  }
  EXPECT_EQ(n, 6) << "two payments, two invoices and the commit";
  EXPECT_EQ(PaidState(201), std::pair(true, *Decimal::Parse("100.10")));
}

}  // namespace
}  // namespace apbridge::resources::coupa_pay
