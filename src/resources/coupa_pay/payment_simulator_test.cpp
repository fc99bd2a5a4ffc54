// PaymentSimulator: rates parsed exactly, fates reproducible under a seed,
// payments walked to each terminal state at the pace, invoice payments that
// add up to the details to the cent, two simulators on one database moving
// each payment exactly once, and a failed transition that leaves the payment
// and its invoices as they were.
#include "resources/coupa_pay/payment_simulator.hpp"

#include <gtest/gtest.h>

#include <map>
#include <thread>

#include "resources/coupa_pay/coupa_pay_test_data.hpp"
#include "storage/sqlite/sqlite_store.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace header = model::invoice_header;
namespace pay = model::coupa_pay_payment;
using End = PaymentFate::End;
constexpr std::chrono::seconds kPace{60};

TEST(ParseRateTest, AcceptsExactRatesFromZeroToOne) {
  const std::pair<std::string_view, int64_t> accepted[] = {
      {"0", 0},        {"1", 1'000'000}, {"0.05", 50'000},       {"0.02", 20'000},
      {".5", 500'000}, {"0.000001", 1},  {"1.000000", 1'000'000}};
  for (auto [text, ppm] : accepted) {
    auto parsed = ParseRate(text, "--payment-error-rate");
    ASSERT_TRUE(parsed) << text;
    EXPECT_EQ(*parsed, ppm) << text;
  }
  for (std::string_view text : {"", "-0.1", "1.5", "0.0000001", "abc", "5%", "1e-2", "0,05"}) {
    auto parsed = ParseRate(text, "--payment-error-rate");
    ASSERT_FALSE(parsed) << text;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(parsed.error().message.find("--payment-error-rate"), std::string::npos) << "names the flag";
  }
}

TEST(SimulatorOptionsTest, RatesTogetherAtMostOne) {
  EXPECT_TRUE(Validate({}));
  EXPECT_TRUE(Validate({kPace, 600'000, 400'000, 1, {}}));
  EXPECT_FALSE(Validate({kPace, 600'001, 400'000, 1, {}}));
  EXPECT_FALSE(Validate({std::chrono::seconds{-1}, 0, 0, 1, {}}));
  EXPECT_FALSE(Validate({kPace, -1, 0, 1, {}}));
}

TEST(PaymentFateTest, AFateIsAPureFunctionOfSeedAndIdAndTheRatesAreHonoured) {
  const SimulatorOptions options{kPace, 50'000, 20'000, 42, {}};
  std::map<End, int> ends;
  int differs_from_other_seed = 0;
  for (int64_t id = 1; id <= 20'000; ++id) {
    const PaymentFate fate = FateOf(options, id);
    const PaymentFate again = FateOf(options, id);
    ASSERT_EQ(fate.end, again.end);
    ASSERT_EQ(fate.error_text, again.error_text);
    ASSERT_EQ(fate.cancelled_from, again.cancelled_from);
    ++ends[fate.end];
    if (fate.end == End::kFails) {
      EXPECT_FALSE(fate.error_text.empty());
    }
    if (fate.end == End::kCancelled) {
      EXPECT_TRUE(fate.cancelled_from == "approved" || fate.cancelled_from == "payment_initiated");
    }
    SimulatorOptions other = options;
    other.seed = 43;
    if (FateOf(other, id).end != fate.end) ++differs_from_other_seed;
  }
  // 5% and 2% of 20000 are 1000 and 400; splitmix64 is fixed, so these
  // counts are too: the bounds only say the rates are honoured.
  EXPECT_GT(ends[End::kFails], 850);
  EXPECT_LT(ends[End::kFails], 1150);
  EXPECT_GT(ends[End::kCancelled], 300);
  EXPECT_LT(ends[End::kCancelled], 500);
  EXPECT_GT(differs_from_other_seed, 1000) << "another seed, another run";

  for (int64_t id = 1; id <= 100; ++id) {
    EXPECT_EQ(FateOf({kPace, 1'000'000, 0, 7, {}}, id).end, End::kFails);
    EXPECT_EQ(FateOf({kPace, 0, 1'000'000, 7, {}}, id).end, End::kCancelled);
    EXPECT_EQ(FateOf({kPace, 0, 0, 7, {}}, id).end, End::kSucceeds);
  }
}

TEST(PaymentFateTest, TheStatusMachine) {
  const PaymentFate succeeds{};
  const PaymentFate fails{End::kFails, {}, "AC04"};
  const PaymentFate cancelled{End::kCancelled, "payment_initiated", {}};
  EXPECT_EQ(NextStatus("draft", succeeds), "approved");
  EXPECT_EQ(NextStatus("approved", succeeds), "payment_initiated");
  EXPECT_EQ(NextStatus("payment_initiated", succeeds), "payment_in_progress");
  EXPECT_EQ(NextStatus("payment_in_progress", succeeds), "completed_successfully");
  EXPECT_EQ(NextStatus("payment_in_progress", fails), "completed_with_errors");
  EXPECT_EQ(NextStatus("approved", cancelled), "payment_initiated");
  EXPECT_EQ(NextStatus("payment_initiated", cancelled), "cancelled");
  for (std::string_view terminal :
       {"completed_successfully", "completed_with_errors", "cancelled", "voided"}) {
    EXPECT_EQ(NextStatus(terminal, succeeds), "") << terminal;
  }
}

class PaymentSimulatorTest : public ::testing::Test {
 protected:
  // Invoices 201 (100.10), 202 (33.33), 203 (0.01); payment 10 (draft) of
  // 201 and 202, payment 11 (draft) of 203; updated at the start.
  void SetUp() override {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    testing::InsertUsd(*uow, catalog_);
    testing::InsertInvoice(*uow, catalog_, 201, "100.10");
    testing::InsertInvoice(*uow, catalog_, 202, "33.33");
    testing::InsertInvoice(*uow, catalog_, 203, "0.01");
    testing::InsertPayment(*uow, catalog_, 10, "draft", start_,
                           {{"InvoiceHeader", 201, "100.10"}, {"InvoiceHeader", 202, "33.33"}});
    testing::InsertPayment(*uow, catalog_, 11, "draft", start_, {{"InvoiceHeader", 203, "0.01"}});
    ASSERT_TRUE(uow->Commit());
  }

  model::RecordPtr Get(std::string_view resource, int64_t id) {
    return testing::Load(*store_, catalog_, resource, id);
  }
  std::string StatusOf(int64_t payment) { return Get("coupa-pay-payment", payment)->GetOr(pay::kStatus, ""); }
  // The invoice's paid flag and the sum of its payments' amounts.
  std::pair<bool, Decimal> PaidState(int64_t invoice_id) {
    return testing::PaidState(*store_, catalog_, invoice_id);
  }

  // Steps `simulator` once a pace until nothing moves; the statuses payment
  // `id` went through, and the sum of the steps' reports.
  std::vector<std::string> Walk(const PaymentSimulator& simulator, int64_t id, StepReport* total) {
    std::vector<std::string> seen{StatusOf(id)};
    for (int step = 0; step < 10; ++step) {
      clock_.Advance(kPace);
      auto report = simulator.Step();
      EXPECT_TRUE(report);
      if (!report || report->moved == 0) break;
      total->moved += report->moved;
      total->completed += report->completed;
      total->failed += report->failed;
      total->cancelled += report->cancelled;
      total->lost_claims += report->lost_claims;
      total->errors += report->errors;
      if (StatusOf(id) != seen.back()) seen.push_back(StatusOf(id));
    }
    return seen;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  const Timestamp start_ = *ParseTimestamp("2026-12-01T08:00:00Z");
  ManualClock clock_{start_};
};

TEST_F(PaymentSimulatorTest, APaymentMovesOnlyOnceAPaceHasPassedAndOneStatusAStep) {
  PaymentSimulator simulator(*store_, catalog_, clock_, {kPace, 0, 0, 1, {}});
  clock_.Advance(kPace - std::chrono::seconds{1});
  EXPECT_EQ(*simulator.Step(), StepReport{}) << "not yet due";
  clock_.Advance(std::chrono::seconds{1});
  EXPECT_EQ(simulator.Step()->moved, 2);
  EXPECT_EQ(StatusOf(10), "approved");
  auto p = Get("coupa-pay-payment", 10);
  EXPECT_EQ(p->GetOr(model::FieldOf<Timestamp>(model::defs::kCoupaPayPayment, "updated-at"), Timestamp{}),
            clock_.Now())
      << "updated-at moves, so updated-at[gt] polling sees it";
  EXPECT_EQ(simulator.Step()->moved, 0) << "just moved: due again a pace later";
  std::stop_source stop;
  stop.request_stop();
  clock_.Advance(kPace);
  EXPECT_EQ(simulator.Step(stop.get_token())->moved, 0) << "a stop requested moves nothing more";
  EXPECT_EQ(simulator.Step()->moved, 2);
  p = Get("coupa-pay-payment", 10);
  EXPECT_EQ(StatusOf(10), "payment_initiated");
  EXPECT_EQ(p->GetOr(pay::kReleasedAt, Timestamp{}), clock_.Now()) << "released to the bank";
  EXPECT_NE(p->Get(pay::kExternalRefId), nullptr) << "the partner's reference";
}

TEST_F(PaymentSimulatorTest, ASuccessfulPaymentPaysItsInvoicesToTheCent) {
  PaymentSimulator simulator(*store_, catalog_, clock_, {kPace, 0, 0, 1, {}});
  StepReport total;
  EXPECT_EQ(Walk(simulator, 10, &total),
            (std::vector<std::string>{"draft", "approved", "payment_initiated", "payment_in_progress",
                                      "completed_successfully"}));
  EXPECT_EQ(total, (StepReport{8, 2, 0, 0, 0, 0}));
  EXPECT_EQ(StatusOf(11), "completed_successfully");
  EXPECT_EQ(PaidState(201), std::pair(true, *Decimal::Parse("100.10")));
  EXPECT_EQ(PaidState(202), std::pair(true, *Decimal::Parse("33.33")));
  EXPECT_EQ(PaidState(203), std::pair(true, *Decimal::Parse("0.01")));
  EXPECT_EQ(Get("coupa-pay-payment", 10)->Get(pay::kErrorText), nullptr);
}

TEST_F(PaymentSimulatorTest, AFailedPaymentCarriesTheBanksMessageAndPaysNothing) {
  const SimulatorOptions options{kPace, 1'000'000, 0, 1, {}};
  PaymentSimulator simulator(*store_, catalog_, clock_, options);
  StepReport total;
  EXPECT_EQ(Walk(simulator, 10, &total).back(), "completed_with_errors");
  EXPECT_EQ(total.failed, 2);
  EXPECT_EQ(total.completed, 0);
  const model::RecordPtr payment = Get("coupa-pay-payment", 10);
  const std::string* error = payment->Get(pay::kErrorText);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(*error, FateOf(options, 10).error_text);
  EXPECT_EQ(PaidState(201), std::pair(false, Decimal::FromInt(0)));
}

TEST_F(PaymentSimulatorTest, ACancelledPaymentStopsAtItsStepAndPaysNothing) {
  const SimulatorOptions options{kPace, 0, 1'000'000, 1, {}};
  PaymentSimulator simulator(*store_, catalog_, clock_, options);
  StepReport total;
  const std::vector<std::string> seen = Walk(simulator, 10, &total);
  ASSERT_GE(seen.size(), 3U);
  EXPECT_EQ(seen.back(), "cancelled");
  EXPECT_EQ(seen[seen.size() - 2], FateOf(options, 10).cancelled_from);
  EXPECT_EQ(total.cancelled, 2);
  EXPECT_EQ(PaidState(201), std::pair(false, Decimal::FromInt(0)));
}

TEST_F(PaymentSimulatorTest, ARunIsReproducibleUnderASeed) {
  auto run = [&](uint64_t seed) {
    storage::TempStore other{catalog_};
    {
      auto uow = *other->Begin(storage::Store::Access::kWrite);
      testing::InsertUsd(*uow, catalog_);
      for (int64_t id = 1; id <= 40; ++id) {
        testing::InsertInvoice(*uow, catalog_, 300 + id, "10.00");
        testing::InsertPayment(*uow, catalog_, id, "draft", start_, {{"InvoiceHeader", 300 + id, "10.00"}});
      }
      EXPECT_TRUE(uow->Commit());
    }
    ManualClock clock{start_};
    PaymentSimulator simulator(*other, catalog_, clock, {kPace, 200'000, 200'000, seed, {}});
    for (int step = 0; step < 5; ++step) {
      clock.Advance(kPace);
      EXPECT_TRUE(simulator.Step());
    }
    std::vector<std::string> statuses;
    auto uow = *other->Begin(storage::Store::Access::kRead);
    for (int64_t id = 1; id <= 40; ++id) {
      statuses.push_back((*uow->Get(id, *catalog_.Get("coupa-pay-payment").projection(model::Shape::kStored)))
                             ->GetOr(pay::kStatus, ""));
    }
    return statuses;
  };
  const auto first = run(5);
  EXPECT_EQ(run(5), first);
  EXPECT_NE(run(6), first);
}

TEST_F(PaymentSimulatorTest, TwoSimulatorsOnOneDatabaseMoveEachPaymentExactlyOnce) {
  constexpr int kPayments = 60;
  {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    for (int64_t n = 1; n <= kPayments; ++n) {
      testing::InsertInvoice(*uow, catalog_, 1000 + n, "1.00");
      testing::InsertPayment(*uow, catalog_, 100 + n, "draft", start_, {{"InvoiceHeader", 1000 + n, "1.00"}});
    }
    ASSERT_TRUE(uow->Commit());
  }
  // A second store on the same file: a second server.
  auto second = storage::sqlite::OpenStore((store_.dir() / "test.db").string(), catalog_);
  ASSERT_TRUE(second) << second.error().details;
  const SimulatorOptions options{kPace, 100'000, 100'000, 9, {}};
  PaymentSimulator a(*store_, catalog_, clock_, options);
  PaymentSimulator b(**second, catalog_, clock_, options);
  int transitions = 0;
  int lost = 0;
  for (int step = 0; step < 6; ++step) {
    clock_.Advance(kPace);
    Result<StepReport> ra, rb;
    {
      std::jthread ta([&] { ra = a.Step(); });
      std::jthread tb([&] { rb = b.Step(); });
    }
    ASSERT_TRUE(ra);
    ASSERT_TRUE(rb);
    EXPECT_EQ(ra->errors + rb->errors, 0);
    transitions += ra->moved + rb->moved;
    lost += ra->lost_claims + rb->lost_claims;
  }
  // Each payment's path has a length fixed by its fate; moving any payment
  // twice in a step, or skipping one, would change the sum.
  int expected = 0;
  std::vector<int64_t> ids{10, 11};
  for (int64_t n = 1; n <= kPayments; ++n) ids.push_back(100 + n);
  for (int64_t id : ids) {
    const PaymentFate fate = FateOf(options, id);
    std::string_view s = "draft";
    int length = 0;
    for (std::string_view next = NextStatus(s, fate); !next.empty(); next = NextStatus(s, fate)) {
      s = next;
      ++length;
    }
    expected += length;
    EXPECT_EQ(StatusOf(id), std::string(s)) << "payment " << id;
  }
  EXPECT_EQ(transitions, expected);
  RecordProperty("lost_claims", lost);
  for (int64_t n = 1; n <= kPayments; ++n) {
    const bool paid = FateOf(options, 100 + n).end == End::kSucceeds;
    EXPECT_EQ(PaidState(1000 + n), std::pair(paid, paid ? *Decimal::Parse("1.00") : Decimal::FromInt(0)))
        << "invoice " << 1000 + n << " paid once or not at all";
  }
}

TEST_F(PaymentSimulatorTest, AFailureAtAnyWriteLeavesThePaymentAndItsInvoicesAsTheyWere) {
  {  // payment 10 one step from completion; payment 11 not due
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    auto change = testing::MakeRecord(catalog_, "coupa-pay-payment", 10);
    change->Set(pay::kStatus, std::string("payment_in_progress"));
    ASSERT_TRUE(uow->Update(*change));
    auto later = testing::MakeRecord(catalog_, "coupa-pay-payment", 11);
    later->Set("updated-at", start_ + std::chrono::hours{1});
    ASSERT_TRUE(uow->Update(*later));
    ASSERT_TRUE(uow->Commit());
  }
  clock_.Advance(kPace);
  int n = 1;
  for (;; ++n) {
    SCOPED_TRACE("failing write " + std::to_string(n));
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    PaymentSimulator simulator(failing, catalog_, clock_, {kPace, 0, 0, 1, {}});
    auto report = simulator.Step();
    ASSERT_TRUE(report) << "a failed payment is reported, not the step";
    if (!failing.failed()) {
      EXPECT_EQ(*report, (StepReport{1, 1, 0, 0, 0, 0}));
      break;
    }
    EXPECT_EQ(*report, (StepReport{0, 0, 0, 0, 0, 1}));
    EXPECT_EQ(StatusOf(10), "payment_in_progress");
    EXPECT_EQ(
        Get("coupa-pay-payment", 10)
            ->GetOr(model::FieldOf<Timestamp>(model::defs::kCoupaPayPayment, "updated-at"), Timestamp{}),
        start_);
    EXPECT_EQ(PaidState(201), std::pair(false, Decimal::FromInt(0)));
    EXPECT_EQ(PaidState(202), std::pair(false, Decimal::FromInt(0)));
    ASSERT_LT(n, 12);
  }
  EXPECT_EQ(n, 7) << "the claim, two payments, two invoices and the commit, each failed once";
  EXPECT_EQ(StatusOf(10), "completed_successfully");
  EXPECT_EQ(PaidState(201), std::pair(true, *Decimal::Parse("100.10")));
}

}  // namespace
}  // namespace apbridge::resources::coupa_pay
