// MakePaymentRecord: one detail per document, totals summed exactly, the
// reporting conversion rounded to the cent, identifiers from the sequence,
// released and exported fields only when so.
#include "resources/coupa_pay/payment_records.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace payment = model::coupa_pay_payment;
namespace detail = model::coupa_pay_payment_detail;

Decimal D(std::string_view text) { return *Decimal::Parse(text); }

PaymentRecordSpec TwoEuroInvoices() {
  PaymentRecordSpec s;
  s.status = "draft";
  s.documents = {{41, "INV-41", 2, D("100.10")}, {42, "INV-42", 2, D("0.25")}};
  s.pay_from = 4;
  s.transfer_type = "sepa_credit_transfer";
  s.legal_entity_name = "Acme GmbH";
  s.pay_to = 9;
  s.payee = 9;
  s.payee_name = "Brightline";
  s.reporting_currency = 1;
  s.reporting_rate = ReportingRate("EUR");
  s.batch = 3;
  s.line_num = 2;
  s.sequence = 41;
  s.created_at = *ParseTimestamp("2026-03-01T10:00:00Z");
  s.updated_at = s.created_at;
  s.by = 5;
  return s;
}

TEST(PaymentRecordsTest, DetailsAndTotalsAreExact) {
  const auto p = MakePaymentRecord(model::Catalog::Coupa(), TwoEuroInvoices());
  const model::RecordList& details = *p->Get(payment::kPaymentDetails);
  ASSERT_EQ(details.size(), 2u);
  EXPECT_EQ(*details[1]->Get(detail::kSourceTransactionId), 42);
  EXPECT_EQ(*details[1]->Get(detail::kSourceTransactionReference), "INV-42");
  EXPECT_EQ(*details[1]->Get(detail::kSourceTransactionType), "InvoiceHeader");
  EXPECT_EQ(*details[0]->Get(detail::kPaymentTotal), D("100.10"));
  EXPECT_EQ(*p->Get(payment::kPayToTotal), D("100.35"));
  EXPECT_EQ(*p->Get(payment::kPayFromTotal), D("100.35"));
  // 100.35 * 1.0850 = 108.87975: half away from zero to the cent.
  EXPECT_EQ(*p->Get(payment::kReportingPayToTotal), D("108.88"));
  EXPECT_EQ(*p->Get(payment::kPaymentIdentifier), "PMT-100042");
  EXPECT_EQ(*p->Get(payment::kType), "CoupaPay::InvoicePayment");
  EXPECT_EQ(*p->Get(payment::kDescription), "Payment to Brightline for INV-41, INV-42");
  EXPECT_EQ(*(*p->Get(payment::kPayFromAccount))->id(), 4);
  EXPECT_EQ(*(*p->Get(payment::kCreatedBy))->id(), 5);
  EXPECT_FALSE(*p->Get(payment::kExported));
  EXPECT_TRUE(std::holds_alternative<model::Null>(p->Get(payment::kExternalRefId.index)));
  EXPECT_TRUE(std::holds_alternative<model::Null>(p->Get(payment::kReleasedAt.index)));
}

TEST(PaymentRecordsTest, ReleasedExpensePaymentHasItsReference) {
  PaymentRecordSpec s = TwoEuroInvoices();
  s.kind = PayableKind::kExpenseReport;
  s.status = "payment_initiated";
  s.released_at = s.created_at;
  s.reporting_rate.reset();
  const auto p = MakePaymentRecord(model::Catalog::Coupa(), s);
  EXPECT_EQ(*p->Get(payment::kType), "CoupaPay::ExpensePayment");
  EXPECT_EQ(*p->Get(payment::kExternalRefId), 5500041);
  EXPECT_EQ(*(*p->Get(payment::kPaymentDetails))[0]->Get(detail::kSourceTransactionType), "ExpenseReport");
  EXPECT_TRUE(std::holds_alternative<model::Null>(p->Get(payment::kReportingPayToTotal.index)));
}

TEST(PaymentRecordsTest, StatusRules) {
  EXPECT_FALSE(IsReleased("draft"));
  EXPECT_FALSE(IsReleased("cancelled"));
  EXPECT_TRUE(IsReleased("payment_in_progress"));
  EXPECT_TRUE(IsOpen("approved"));
  EXPECT_TRUE(IsOpen("completed_successfully"));
  EXPECT_FALSE(IsOpen("completed_with_errors"));
  EXPECT_FALSE(IsOpen("cancelled"));
  EXPECT_EQ(ReportingRate("INR"), std::nullopt);
}

}  // namespace
}  // namespace apbridge::resources::coupa_pay
