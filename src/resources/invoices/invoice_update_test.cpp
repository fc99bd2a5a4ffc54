// InvoiceUpdater: the spec's payment update (erp-payment-update.txt), duplicate
// and reversal payments, exported marking, the element rules, and that a
// refused or failed update writes nothing, also under concurrent updates.
#include "resources/invoices/invoice_update.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "codec/codec.hpp"
#include "model/fields.hpp"
#include "model/testing/spec_samples.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace payment = model::payment;

class InvoiceUpdateTest : public ::testing::Test {
 protected:
  // Invoice 106 (approved, 1.00, not exported) of supplier 5.
  void SetUp() override {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    auto supplier = model::Record::Make(catalog_.Get("supplier"));
    supplier->Set(0, int64_t{5});
    supplier->Set("name", std::string("12345"));
    ASSERT_TRUE((*uow)->Insert(*supplier));
    auto invoice = model::Record::Make(Invoice());
    invoice->Set(header::kId, int64_t{106});
    invoice->Set(header::kInvoiceNumber, std::string("test1234536"));
    invoice->Set(header::kStatus, std::string("approved"));
    invoice->Set(header::kGrossTotal, *Decimal::Parse("1.00"));
    invoice->Set(header::kExported, false);
    invoice->Set(header::kPaid, false);
    invoice->Set(header::kLockVersionKey, int64_t{3});
    auto ref = model::Record::Make(catalog_.Get("supplier"));
    ref->Set(0, int64_t{5});
    invoice->Set(header::kSupplier, ref);
    ASSERT_TRUE((*uow)->Insert(*invoice));
    ASSERT_TRUE((*uow)->Commit());
  }

  const model::Resource& Invoice() { return catalog_.Get("invoice-header"); }

  model::RecordPtr Body(std::string_view text, Format format = Format::kXml) {
    auto body = codec::ReadRecord(text, format, Invoice(), codec::ReadOptions{});
    EXPECT_TRUE(body) << body.error().message;
    return body ? *body : nullptr;
  }

  model::RecordPtr Load() {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    EXPECT_TRUE(uow);
    auto invoice = (*uow)->Get(106, *Invoice().projection(model::Shape::kStored));
    EXPECT_TRUE(invoice);
    return *invoice;
  }

  size_t PaymentCount() { return Load()->GetOr(header::kPayments, {}).size(); }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-01T10:00:00Z")};
  InvoiceUpdater updater_{*store_, catalog_, clock_};
};

TEST_F(InvoiceUpdateTest, TheSpecsPaymentUpdatePaysTheInvoiceOnceHoweverOftenItIsSent) {
  ASSERT_TRUE(updater_.Update(106, {Body(model::testing::kErpPaymentPayload), std::nullopt, {}}));
  auto invoice = Load();
  EXPECT_EQ(invoice->GetOr(header::kPaid, false), true);
  EXPECT_EQ(invoice->GetOr(header::kPaymentNotes, ""), "ADAMTEST|#10|USD|1.00|FULLY PAID|");
  ASSERT_NE(invoice->Get(header::kPaymentDate), nullptr);
  const auto& payments = invoice->GetOr(header::kPayments, {});
  ASSERT_EQ(payments.size(), 1U);
  EXPECT_EQ(payments[0]->GetOr(payment::kAmountPaid, Decimal()), *Decimal::Parse("1"));
  EXPECT_EQ(payments[0]->GetOr(payment::kNotes, ""), "10");
  EXPECT_EQ(payments[0]->GetOr(payment::kCreatedAt, Timestamp{}), clock_.Now());
  EXPECT_EQ(invoice->GetOr(header::kLockVersionKey, 0), 4);
  EXPECT_EQ(invoice->GetOr(header::kUpdatedAt, Timestamp{}), clock_.Now());
  EXPECT_EQ(invoice->GetOr(header::kExported, true), false) << "an API change does not reset exported";

  clock_.Advance(std::chrono::seconds(60));
  ASSERT_TRUE(updater_.Update(106, {Body(model::testing::kErpPaymentPayload), std::nullopt, {}}));
  EXPECT_EQ(PaymentCount(), 1U) << "an exact duplicate is skipped";
  const std::string sent_back = R"({"payments":[{"id":)" + std::to_string(*payments[0]->id()) +
                                R"(,"amount-paid":"9.99","notes":"edited"}]})";
  ASSERT_TRUE(updater_.Update(106, {Body(sent_back, Format::kJson), std::nullopt, {}}));
  EXPECT_EQ(PaymentCount(), 1U) << "a payment sent back with its id is left as it is";
  EXPECT_EQ(Load()->GetOr(header::kPayments, {})[0]->GetOr(payment::kNotes, ""), "10");
  EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), 6) << "each update itself still happened";
}

TEST_F(InvoiceUpdateTest, PaymentsAreAppendedReversalsKeptAndCheckNumberReadAsNotes) {
  ASSERT_TRUE(updater_.Update(
      106, {Body(R"({"payments":[{"amount-paid":"0.60","notes":"A","payment-date":"2026-11-01"},)"
                 R"({"amount-paid":"0.60","notes":"A","payment-date":"2026-11-02"},)"
                 R"({"amount-paid":"-0.20","check-number":"R1","payment-date":"2026-11-03"},)"
                 R"({"amount-paid":"0.60","notes":"A","payment-date":"2026-11-01"}]})",
                 Format::kJson),
            std::nullopt,
            {}}));
  const auto payments = Load()->GetOr(header::kPayments, {});
  ASSERT_EQ(payments.size(), 3U) << "the fourth repeats the first";
  EXPECT_EQ(payments[2]->GetOr(payment::kAmountPaid, Decimal()), *Decimal::Parse("-0.2"));
  EXPECT_EQ(payments[2]->GetOr(payment::kNotes, ""), "R1");
  ASSERT_TRUE(updater_.Update(
      106, {Body(R"({"payment":{"amount-paid":"0.20","notes":"B"}})", Format::kJson), std::nullopt, {}}));
  EXPECT_EQ(PaymentCount(), 4U) << "{\"payment\": {...}} appends one";
}

TEST_F(InvoiceUpdateTest, ExportedTrueStampsLastExportedAtAndFalseKeepsIt) {
  ASSERT_TRUE(updater_.Update(106, {nullptr, true, {}}));
  EXPECT_EQ(Load()->GetOr(header::kExported, false), true);
  EXPECT_EQ(Load()->GetOr(header::kLastExportedAt, Timestamp{}), clock_.Now());
  const Timestamp stamped = clock_.Now();
  clock_.Advance(std::chrono::seconds(5));
  ASSERT_TRUE(updater_.Update(
      106, {Body("<invoice-header><exported type=\"boolean\">false</exported></invoice-header>"),
            std::nullopt,
            {}}));
  EXPECT_EQ(Load()->GetOr(header::kExported, true), false);
  EXPECT_EQ(Load()->GetOr(header::kLastExportedAt, Timestamp{}), stamped);
  ASSERT_TRUE(updater_.Update(
      106, {Body("<invoice-header><exported type=\"boolean\">false</exported></invoice-header>"), true, {}}));
  EXPECT_EQ(Load()->GetOr(header::kExported, false), true) << "?exported= wins over the body";
}

TEST_F(InvoiceUpdateTest, RefusesWhatItMayNotWriteNamingEachElementAndWritesNothing) {
  struct Case {
    std::string body;
    std::vector<std::string> paths;
  };
  const Case cases[] = {
      {R"({"status":"voided"})", {"status"}},
      {R"({"gross-total":"5.00","paid":true})", {"gross-total"}},
      {R"({"supplier":{"id":99}})", {"supplier"}},
      {R"({"supplier":{"name":"12345"}})", {"supplier"}},
      {R"({"payments":[{"notes":"no amount"}]})", {"payments[0].amount-paid"}},
      {R"({"payments":[{"id":12345,"amount-paid":"1"}]})", {"payments[0].id"}},
      {R"({"invoice-number":null})", {"invoice-number"}},
      {R"({"approvals":[{"id":7}],"status":"draft"})", {"status", "approvals"}},
  };
  const auto before = Load();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    auto s = updater_.Update(106, {Body(c.body, Format::kJson), std::nullopt, {}});
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    std::vector<std::string> paths;
    for (const auto& [path, message] : s.error().field_errors) paths.push_back(path);
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> want = c.paths;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(paths, want);
  }
  const auto after = Load();
  EXPECT_EQ(after->GetOr(header::kPaid, true), false);
  EXPECT_EQ(after->GetOr(header::kLockVersionKey, 0), before->GetOr(header::kLockVersionKey, 0));
  EXPECT_EQ(PaymentCount(), 0U);
}

TEST_F(InvoiceUpdateTest, ReadOnlyElementsSentBackUnchangedOrLenientlyAreFine) {
  ASSERT_TRUE(updater_.Update(
      106, {Body(R"({"id":106,"status":"approved","gross-total":"1.0","supplier":{"id":5,"name":"x"},)"
                 R"("payment-notes":"n"})",
                 Format::kJson),
            std::nullopt,
            {}}));
  EXPECT_EQ(Load()->GetOr(header::kPaymentNotes, ""), "n");
  InvoiceUpdater lenient(*store_, catalog_, clock_, UpdateOptions{true});
  ASSERT_TRUE(
      lenient.Update(106, {Body(R"({"status":"voided","paid":true})", Format::kJson), std::nullopt, {}}));
  EXPECT_EQ(Load()->GetOr(header::kStatus, ""), "approved");
  EXPECT_EQ(Load()->GetOr(header::kPaid, false), true);
}

TEST_F(InvoiceUpdateTest, AStaleCopyIsAConflictAndItsTimestampsAreIgnored) {
  const std::string copy = R"({"lock-version-key":3,"updated-at":"2001-01-01T00:00:00Z","paid":true})";
  ASSERT_TRUE(updater_.Update(106, {Body(copy, Format::kJson), std::nullopt, {}}));
  EXPECT_EQ(Load()->GetOr(header::kUpdatedAt, Timestamp{}), clock_.Now());
  auto stale = updater_.Update(106, {Body(copy, Format::kJson), std::nullopt, {}});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_NE(stale.error().message.find("sent 3, now 4"), std::string::npos) << stale.error().message;
}

TEST_F(InvoiceUpdateTest, UpdatedByIsTheActorsUserAndAnActorWithoutOneLeavesIt) {
  ASSERT_TRUE(updater_.Update(106, {Body("<invoice-header><comments>a</comments></invoice-header>"),
                                    std::nullopt, Actor{int64_t{7}}}));
  model::RecordPtr by = Load()->GetOr(header::kUpdatedBy, nullptr);
  ASSERT_NE(by, nullptr);
  EXPECT_EQ(by->id(), 7);
  ASSERT_TRUE(updater_.Update(
      106, {Body("<invoice-header><comments>b</comments></invoice-header>"), std::nullopt, Actor{}}));
  by = Load()->GetOr(header::kUpdatedBy, nullptr);
  ASSERT_NE(by, nullptr);
  EXPECT_EQ(by->id(), 7) << "the bootstrap key names no user";
}

TEST_F(InvoiceUpdateTest, AMissingInvoiceIsNotFound) {
  auto s = updater_.Update(107, {Body(model::testing::kErpPaymentPayload), std::nullopt, {}});
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kNotFound);
}

TEST_F(InvoiceUpdateTest, AFailedWriteAtAnyPointLeavesTheInvoiceAsItWas) {
  const auto before = Load();
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    InvoiceUpdater through(failing, catalog_, clock_);
    auto s = through.Update(106, {Body(model::testing::kErpPaymentPayload), true, {}});
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    auto now = Load();
    EXPECT_EQ(now->GetOr(header::kPaid, true), false) << "write " << n;
    EXPECT_EQ(now->GetOr(header::kExported, true), false) << "write " << n;
    EXPECT_EQ(now->GetOr(header::kLockVersionKey, 0), before->GetOr(header::kLockVersionKey, 0));
    EXPECT_EQ(PaymentCount(), 0U) << "write " << n;
  }
  EXPECT_EQ(PaymentCount(), 1U);
}

TEST_F(InvoiceUpdateTest, ConcurrentUpdatesNeverLoseAPayment) {
  constexpr int kThreads = 8;
  constexpr int kEach = 5;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::string body = R"({"payments":[{"amount-paid":"0.01","notes":")" + std::to_string(t) + "-" +
                                 std::to_string(i) + R"("}]})";
        auto parsed = codec::ReadRecord(body, Format::kJson, Invoice(), codec::ReadOptions{});
        if (!parsed || !updater_.Update(106, {*parsed, std::nullopt, {}})) ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(PaymentCount(), static_cast<size_t>(kThreads * kEach));
  EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), 3 + kThreads * kEach);
}

}  // namespace
}  // namespace apbridge::resources::invoices
