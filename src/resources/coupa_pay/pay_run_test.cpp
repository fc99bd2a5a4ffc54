// CreatePayRun over a small world: which documents are eligible, one payment
// per payee, currency and pay-from account with totals to the cent, a second
// run finding nothing new, the rejected options, and that a failed or refused
// run writes nothing.
#include "resources/coupa_pay/pay_run.hpp"

#include <gtest/gtest.h>

#include <map>
#include <thread>

#include "model/fields.hpp"
#include "resources/coupa_pay/expense_reports.hpp"
#include "resources/coupa_pay/payment_records.hpp"
#include "resources/coupa_pay/payment_simulator.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace header = model::invoice_header;
namespace payment = model::coupa_pay_payment;
namespace detail = model::coupa_pay_payment_detail;
namespace company = model::coupa_pay_company_payment_account;
namespace account = model::coupa_pay_payment_account;
namespace payee = model::coupa_pay_payee;

constexpr int64_t kUsd = 1, kEur = 2, kInr = 3;
constexpr int64_t kAcme = 1, kGlobex = 2;
constexpr int64_t kOkafor = 6;
constexpr int64_t kOkaforPayee = 106;
constexpr int64_t kClerk = 5;

Decimal D(std::string_view text) { return *Decimal::Parse(text); }

class PayRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto uow = (*store_).Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    storage::UnitOfWork& w = **uow;
    for (auto [id, code] : {std::pair{kUsd, "USD"}, {kEur, "EUR"}, {kInr, "INR"}}) {
      auto c = Make(model::defs::kCurrency, id);
      c->Set(model::currency::kCode, std::string(code));
      Insert(w, c);
    }
    auto type = Make(model::defs::kAccountType, 1);
    type->Set(model::account_type::kName, std::string("US Corporate"));
    type->Set(model::account_type::kLegalEntityName, std::string("Acme Holdings Inc."));
    Insert(w, type);
    // Pay-from accounts: USD pays both kinds, EUR invoices only; a third, inactive.
    AddCompanyAccount(w, 1, "Operating USD", kUsd, "bank", "Invoice, ExpenseReport", "active");
    AddCompanyAccount(w, 2, "Operating EUR", kEur, "bank", "Invoice", "active");
    AddCompanyAccount(w, 3, "Old USD", kUsd, "bank", "Invoice, ExpenseReport", "inactive");
    for (auto [id, name] : {std::pair{kAcme, "Acme Supplies"}, {kGlobex, "Globex"}}) {
      auto s = Make(model::defs::kSupplier, id);
      s->Set(model::supplier::kName, std::string(name));
      Insert(w, s);
      auto a = Make(model::defs::kCoupaPayPaymentAccount, id);
      a->Set(account::kType, std::string(PayToAccountType(PayableKind::kInvoice)));
      a->Set(account::kSupplier, Make(model::defs::kSupplier, id));
      a->Set(account::kActive, true);
      Insert(w, a);
      auto p = Make(model::defs::kCoupaPayPayee, id);
      p->Set(payee::kType, std::string("Supplier"));
      p->Set(payee::kName, std::string(name));
      Insert(w, p);
    }
    auto user = Make(model::defs::kUser, kOkafor);
    user->Set(model::user::kLogin, std::string("dokafor"));
    Insert(w, user);
    auto clerk = Make(model::defs::kUser, kClerk);
    clerk->Set(model::user::kLogin, std::string("mgarcia"));
    Insert(w, clerk);
    auto employee = Make(model::defs::kCoupaPayPaymentAccount, kOkaforPayee);
    employee->Set(account::kType, std::string(PayToAccountType(PayableKind::kExpenseReport)));
    employee->Set(account::kActive, true);
    Insert(w, employee);
    auto okafor = Make(model::defs::kCoupaPayPayee, kOkaforPayee);
    okafor->Set(payee::kType, std::string("User"));
    okafor->Set(payee::kLogin, std::string("dokafor"));
    okafor->Set(payee::kFirstname, std::string("David"));
    okafor->Set(payee::kLastname, std::string("Okafor"));
    Insert(w, okafor);

    AddInvoice(w, 11, kAcme, kUsd, "approved", false, "100.10");
    AddInvoice(w, 12, kAcme, kUsd, "approved", false, "0.25");
    AddInvoice(w, 13, kAcme, kEur, "approved", false, "50.00");
    AddInvoice(w, 14, kGlobex, kUsd, "approved", true, "10.00");             // paid
    AddInvoice(w, 15, kGlobex, kUsd, "pending_approval", false, "20.00");    // not approved
    AddInvoice(w, 16, kGlobex, kUsd, "approved", false, "300.00");           // in a draft payment
    AddInvoice(w, 17, kGlobex, kUsd, "approved", false, "75.50");            // only in a cancelled one
    AddInvoice(w, 18, kGlobex, kUsd, "approved", false, "200.00", "49.99");  // partly paid
    AddInvoice(w, 19, kGlobex, kInr, "approved", false, "999.00");           // no INR account
    AddPayment(w, 900, "draft", 16);
    AddPayment(w, 901, "cancelled", 17);

    Insert(w,
           MakeApprovedExpenseReport(catalog_, {7001, "Customer visit", kOkafor, kUsd, D("1284.60"), Now()}));
    Insert(w, MakeApprovedExpenseReport(catalog_, {7002, "Dinner", kOkafor, kUsd, D("80.00"), Now()}));
    ASSERT_TRUE(MarkExpenseReportPaidIn(w, catalog_, 7002, Now(), {}, Now()));
    ASSERT_TRUE(w.Commit());
  }

  Timestamp Now() const { return clock_.Now(); }
  model::RecordPtr Make(const model::ResourceDef& def, int64_t id) { return RecordRef(catalog_, def, id); }
  void Insert(storage::UnitOfWork& w, const model::RecordPtr& r) {
    ASSERT_TRUE(w.Insert(*r)) << r->resource().name();
  }

  void AddCompanyAccount(storage::UnitOfWork& w, int64_t id, std::string name, int64_t currency,
                         std::string kind, std::string types, std::string status) {
    auto a = Make(model::defs::kCoupaPayCompanyPaymentAccount, id);
    a->Set(company::kAccountName, std::move(name));
    a->Set(company::kCurrency, Make(model::defs::kCurrency, currency));
    a->Set(company::kAccountKind, std::move(kind));
    a->Set(company::kDocumentTypes, std::move(types));
    a->Set(company::kStatus, std::move(status));
    a->Set(company::kAccountTypes, model::RecordList{Make(model::defs::kAccountType, 1)});
    Insert(w, a);
  }

  void AddInvoice(storage::UnitOfWork& w, int64_t id, int64_t supplier, int64_t currency, std::string status,
                  bool paid, std::string_view gross, std::string_view already_paid = {}) {
    auto inv = Make(model::defs::kInvoiceHeader, id);
    inv->Set(header::kInvoiceNumber, "INV-" + std::to_string(id));
    inv->Set(header::kSupplier, Make(model::defs::kSupplier, supplier));
    inv->Set(header::kCurrency, Make(model::defs::kCurrency, currency));
    inv->Set(header::kStatus, std::move(status));
    inv->Set(header::kPaid, paid);
    inv->Set(header::kGrossTotal, D(gross));
    if (!already_paid.empty()) {
      auto p = model::Record::Make(*inv->resource().Target(header::kPayments.index));
      p->Set(model::payment::kAmountPaid, D(already_paid));
      inv->Set(header::kPayments, model::RecordList{p});
    }
    Insert(w, inv);
  }

  void AddPayment(storage::UnitOfWork& w, int64_t id, std::string status, int64_t invoice) {
    PaymentRecordSpec spec;
    spec.status = std::move(status);
    spec.documents = {{invoice, "INV-" + std::to_string(invoice), kUsd, D("1.00")}};
    spec.pay_from = 1;
    spec.pay_to = kGlobex;
    spec.payee = kGlobex;
    spec.created_at = Now();
    spec.updated_at = Now();
    auto p = MakePaymentRecord(catalog_, spec);
    p->Set(0, id);
    Insert(w, p);
  }

  int64_t Count(const model::ResourceDef& def) {
    auto uow = (*store_).Begin(storage::Store::Access::kRead);
    query::Query q;
    q.resource = &catalog_.Get(def.name);
    return *(*uow)->Count(q);
  }
  // Every payment of the batch, by id.
  std::vector<model::RecordPtr> PaymentsOf(const PayRun& run) {
    auto uow = (*store_).Begin(storage::Store::Access::kRead);
    std::vector<model::RecordPtr> out;
    for (int64_t id : run.payment_ids) {
      auto p = (*uow)->Get(id, *catalog_.Get("coupa-pay-payment").projection(model::Shape::kFull));
      EXPECT_TRUE(p);
      out.push_back(*p);
    }
    return out;
  }
  static std::vector<int64_t> DocumentIds(const model::RecordPtr& p) {
    std::vector<int64_t> ids;
    for (const auto& d : p->GetOr(payment::kPaymentDetails, {}))
      ids.push_back(*d->Get(detail::kSourceTransactionId));
    return ids;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-03-02T09:00:00Z")};
};

TEST_F(PayRunTest, AllPaysEachEligibleDocumentOncePerPayeeCurrencyAndAccount) {
  auto run = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {kClerk}});
  ASSERT_TRUE(run) << run.error().message;
  EXPECT_EQ(run->documents, 6);
  const auto payments = PaymentsOf(*run);
  ASSERT_EQ(payments.size(), 4u);
  // Invoices first, by payee, currency and account; then expense reports.
  EXPECT_EQ(DocumentIds(payments[0]), (std::vector<int64_t>{11, 12}));
  EXPECT_EQ(DocumentIds(payments[1]), (std::vector<int64_t>{13}));
  EXPECT_EQ(DocumentIds(payments[2]), (std::vector<int64_t>{17, 18}));
  EXPECT_EQ(DocumentIds(payments[3]), (std::vector<int64_t>{7001}));
  const char* totals[] = {"100.35", "50.00", "225.51", "1284.60"};
  for (size_t i = 0; i < payments.size(); ++i) {
    const auto& p = payments[i];
    SCOPED_TRACE(i);
    EXPECT_EQ(*p->Get(payment::kPayToTotal), D(totals[i]));
    EXPECT_EQ(*p->Get(payment::kPayFromTotal), D(totals[i]));
    Decimal sum = Decimal::FromInt(0);
    for (const auto& d : p->GetOr(payment::kPaymentDetails, {})) sum = sum + *d->Get(detail::kPaymentTotal);
    EXPECT_EQ(sum, D(totals[i])) << "the details add up to the payment, to the cent";
    EXPECT_EQ(*p->Get(payment::kStatus), "draft");
    EXPECT_EQ(*p->Get(payment::kLineNum), static_cast<int64_t>(i + 1));
    EXPECT_EQ((*p->Get(payment::kPaymentBatch))->id(), run->batch_id);
    EXPECT_EQ(*p->Get(payment::kPaymentIdentifier), PaymentIdentifier(*p->id() - 1));
    EXPECT_EQ(p->GetTime("created-at"), Now());
    EXPECT_EQ(*p->Get(payment::kLegalEntityName), "Acme Holdings Inc.");
  }
  EXPECT_EQ((*payments[1]->Get(payment::kPayFromAccount))->id(), 2) << "euros from the euro account";
  EXPECT_EQ(*payments[1]->Get(payment::kTransferType), "sepa_credit_transfer");
  EXPECT_EQ(*payments[1]->Get(payment::kReportingPayToTotal), D("54.25"));  // 50.00 * 1.0850
  EXPECT_EQ((*payments[3]->Get(payment::kPayToAccount))->id(), kOkaforPayee);
  EXPECT_EQ(*payments[3]->Get(payment::kType), "CoupaPay::ExpensePayment");
  EXPECT_EQ(*payments[3]->Get(payment::kDescription), "Reimbursement to David Okafor for ER-7001");
  EXPECT_EQ(*(*payments[3]->Get(payment::kPaymentDetails))[0]->Get(detail::kSourceTransactionType),
            "ExpenseReport");
  EXPECT_EQ((*payments[0]->Get(payment::kCreatedBy))->id(), kClerk);
  ASSERT_EQ(run->totals.size(), 2u);
  EXPECT_EQ(run->totals[0].currency, "EUR");
  EXPECT_EQ(run->totals[0].total, D("50.00"));
  EXPECT_EQ(run->totals[1].currency, "USD");
  EXPECT_EQ(run->totals[1].total, D("1610.46"));  // 100.35 + 225.51 + 1284.60
}

TEST_F(PayRunTest, ASecondRunFindsNothingNewAndWritesNothing) {
  ASSERT_TRUE(CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {}}));
  const int64_t payments = Count(model::defs::kCoupaPayPayment);
  const int64_t batches = Count(model::defs::kCoupaPayPaymentBatch);
  auto again = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(again.error().message.find("nothing to pay"), std::string::npos) << again.error().message;
  EXPECT_EQ(Count(model::defs::kCoupaPayPayment), payments);
  EXPECT_EQ(Count(model::defs::kCoupaPayPaymentBatch), batches);
}

TEST_F(PayRunTest, OneSupplierByNameOrId) {
  for (const std::string supplier : {"Acme Supplies", "acme supplies", "1"}) {
    SCOPED_TRACE(supplier);
    auto uow = (*store_).Begin(storage::Store::Access::kWrite);
    auto run = CreatePayRunIn(**uow, catalog_, Now(), {supplier, std::nullopt, false, {}});
    ASSERT_TRUE(run) << run.error().message;
    EXPECT_EQ(run->payment_ids.size(), 2u);
    EXPECT_EQ(run->documents, 3);  // 11, 12 and 13; no expense report
    auto batch = (*uow)->Get(run->batch_id,
                             *catalog_.Get("coupa-pay-payment-batch").projection(model::Shape::kStored));
    ASSERT_TRUE(batch);
    EXPECT_EQ(*(*batch)->Get(model::coupa_pay_payment_batch::kDescription),
              "Supplier payment run 2026-03-02: Acme Supplies");
    EXPECT_EQ(*(*batch)->Get(model::coupa_pay_payment_batch::kStatus), "pending_release");
  }  // rolled back
}

TEST_F(PayRunTest, APayFromAccountPaysOnlyWhatItCan) {
  auto run = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::string("Operating EUR"), true, {}});
  ASSERT_TRUE(run) << run.error().message;
  ASSERT_EQ(run->payment_ids.size(), 1u);
  EXPECT_EQ(DocumentIds(PaymentsOf(*run)[0]), (std::vector<int64_t>{13}));
  // The rest is still there for the next run.
  auto rest = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::string("1"), true, {}});
  ASSERT_TRUE(rest) << rest.error().message;
  EXPECT_EQ(rest->documents, 5);
}

TEST_F(PayRunTest, RejectedOptionsWriteNothing) {
  struct Case {
    PayRunOptions options;
    std::string_view message;
  };
  const Case cases[] = {
      {{std::nullopt, std::nullopt, false, {}}, "name the documents"},
      {{std::string("Acme Supplies"), std::nullopt, true, {}}, "name the documents"},
      {{std::string("Initech"), std::nullopt, false, {}}, "no supplier Initech"},
      {{std::string("99"), std::nullopt, false, {}}, "no supplier 99"},
      {{std::nullopt, std::string("Nowhere Bank"), true, {}}, "no pay-from account Nowhere Bank"},
      {{std::nullopt, std::string("Old USD"), true, {}}, "is not active"},
      {{std::string("Globex"), std::string("2"), false, {}}, "nothing to pay"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.message);
    auto run = CreatePayRun(*store_, catalog_, clock_, c.options);
    ASSERT_FALSE(run);
    EXPECT_EQ(run.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(run.error().message.find(c.message), std::string::npos) << run.error().message;
  }
  EXPECT_EQ(Count(model::defs::kCoupaPayPaymentBatch), 0);
  EXPECT_EQ(Count(model::defs::kCoupaPayPayment), 2);
}

TEST_F(PayRunTest, AFailedWriteLeavesNothingBehind) {
  for (int n = 1;; ++n) {
    SCOPED_TRACE(n);
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto run = CreatePayRun(failing, catalog_, clock_, {std::nullopt, std::nullopt, true, {}});
    if (!failing.failed()) {
      ASSERT_TRUE(run) << run.error().message;
      EXPECT_GT(n, 5) << "a batch, four payments and a commit";
      break;
    }
    ASSERT_FALSE(run);
    EXPECT_EQ(Count(model::defs::kCoupaPayPaymentBatch), 0);
    EXPECT_EQ(Count(model::defs::kCoupaPayPayment), 2);
  }
  EXPECT_EQ(Count(model::defs::kCoupaPayPayment), 6);
}

// Two runs at once (two servers on one database): the write transaction
// holds the database's write lock while it reads what is eligible, so the
// documents are paid once, by whichever run came first.
TEST_F(PayRunTest, TwoRunsAtOnceNeverPayADocumentTwice) {
  Result<PayRun> runs[2];
  {
    std::thread first([&] {
      runs[0] = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {}});
    });
    std::thread second([&] {
      runs[1] = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {}});
    });
    first.join();
    second.join();
  }
  ASSERT_NE(runs[0].has_value(), runs[1].has_value()) << "exactly one of them pays";
  const Result<PayRun>& refused = runs[0] ? runs[1] : runs[0];
  EXPECT_NE(refused.error().message.find("nothing to pay"), std::string::npos) << refused.error().message;
  EXPECT_EQ(Count(model::defs::kCoupaPayPayment), 6);
  EXPECT_EQ(Count(model::defs::kCoupaPayPaymentBatch), 1);
}

TEST_F(PayRunTest, MarkingAnExpenseReportPaidTakesItOutOfTheNextRun) {
  {
    auto uow = (*store_).Begin(storage::Store::Access::kWrite);
    const Timestamp paid_on = *ParseTimestamp("2026-03-01T12:00:00Z");
    ASSERT_TRUE(MarkExpenseReportPaidIn(**uow, catalog_, 7001, paid_on, {kClerk}, Now()));
    ASSERT_TRUE((*uow)->Commit());
    auto read = (*store_).Begin(storage::Store::Access::kRead);
    auto report = (*read)->Get(7001, *catalog_.Get("expense-report").projection(model::Shape::kStored));
    ASSERT_TRUE(report);
    EXPECT_EQ(*(*report)->Get(model::expense_report::kStatus), "paid");
    EXPECT_TRUE(*(*report)->Get(model::expense_report::kPaid));
    EXPECT_EQ(*(*report)->Get(model::expense_report::kPaidAt), paid_on);
    EXPECT_EQ((*(*report)->Get(model::expense_report::kUpdatedBy))->id(), kClerk);
  }
  auto run = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {}});
  ASSERT_TRUE(run);
  EXPECT_EQ(run->documents, 5);
  auto uow = (*store_).Begin(storage::Store::Access::kWrite);
  EXPECT_EQ(MarkExpenseReportPaidIn(**uow, catalog_, 424242, Now(), {}, Now()).error().code,
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace apbridge::resources::coupa_pay

namespace apbridge::resources::coupa_pay {
namespace {

// Issue 10: a pay run taken to completion by the payment partner (an
// injected clock, no failures or cancellations) pays every document it
// holds, each with exactly its detail's amount, and the amounts paid add up
// to the run's totals to the cent.
TEST_F(PayRunTest, APayRunTakenToCompletionPaysItsDocumentsToTheCent) {
  auto run = CreatePayRun(*store_, catalog_, clock_, {std::nullopt, std::nullopt, true, {}});
  ASSERT_TRUE(run) << run.error().message;
  PaymentSimulator partner(*store_, catalog_, clock_, {std::chrono::seconds(60), 0, 0, 7, {}});
  int steps = 0;
  for (bool done = false; !done && steps < 10; ++steps) {
    clock_.Advance(std::chrono::seconds(60));
    ASSERT_TRUE(partner.Step());
    done = true;
    for (const auto& p : PaymentsOf(*run))
      done = done && *p->Get(payment::kStatus) == "completed_successfully";
  }
  EXPECT_EQ(steps, 4)
      << "approved, payment_initiated, payment_in_progress, completed_successfully: one a step";

  auto uow = *store_->Begin(storage::Store::Access::kRead);
  const auto& invoices = *catalog_.Get("invoice-header").projection(model::Shape::kStored);
  std::map<std::string, Decimal> paid_by_currency;
  for (const auto& p : PaymentsOf(*run)) {
    const std::string currency = (*p->Get(payment::kPayToCurrency))->GetOr(model::currency::kCode, "");
    const std::string identifier = *p->Get(payment::kPaymentIdentifier);
    for (const auto& d : p->GetOr(payment::kPaymentDetails, {})) {
      const int64_t document = *d->Get(detail::kSourceTransactionId);
      SCOPED_TRACE(document);
      if (*d->Get(detail::kSourceTransactionType) == "ExpenseReport") {
        auto report = *uow->Get(document, *catalog_.Get("expense-report").projection(model::Shape::kStored));
        EXPECT_TRUE(report->GetOr(model::expense_report::kPaid, false));
        paid_by_currency[currency] = paid_by_currency[currency] + *report->Get(model::expense_report::kTotal);
        continue;
      }
      auto invoice = *uow->Get(document, invoices);
      EXPECT_TRUE(invoice->GetOr(header::kPaid, false));
      int recorded = 0;
      for (const auto& pay : invoice->GetOr(header::kPayments, {})) {
        if (pay->GetOr(model::payment::kNotes, "") != identifier) continue;
        ++recorded;
        EXPECT_EQ(*pay->Get(model::payment::kAmountPaid), *d->Get(detail::kPaymentTotal));
        paid_by_currency[currency] = paid_by_currency[currency] + *pay->Get(model::payment::kAmountPaid);
      }
      EXPECT_EQ(recorded, 1) << "one payment record per detail";
    }
  }
  ASSERT_EQ(run->totals.size(), paid_by_currency.size());
  for (const auto& t : run->totals) EXPECT_EQ(paid_by_currency[t.currency], t.total) << t.currency;
}

}  // namespace
}  // namespace apbridge::resources::coupa_pay
