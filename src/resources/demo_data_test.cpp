// LoadDemoData: loads, is idempotent, holds the spec's examples, and its
// totals add up exactly.
#include "resources/demo_data.hpp"

#include <gtest/gtest.h>

#include "resources/demo_data_internal.hpp"
#include "storage/testing.hpp"

namespace apbridge::resources {
namespace {

using model::RecordList;
using model::RecordPtr;
using query::Op;

constexpr std::string_view kPaymentStatuses[] = {"draft",
                                                 "approved",
                                                 "payment_initiated",
                                                 "payment_in_progress",
                                                 "completed_successfully",
                                                 "completed_with_errors",
                                                 "cancelled"};

Decimal D(const char* s) { return *Decimal::Parse(s); }
Timestamp T(const char* s) { return *ParseTimestamp(s); }

class DemoDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = LoadDemoData(*store_, catalog_, clock_);
    ASSERT_TRUE(loaded) << loaded.error().message << " " << loaded.error().details;
    uow_ = *store_->Begin(storage::Store::Access::kRead);
  }

  const model::Resource& R(std::string_view name) { return catalog_.Get(name); }

  // A condition on a path of (resource, field) hops.
  query::Condition Cond(const std::vector<std::pair<std::string_view, std::string_view>>& hops, Op op,
                        std::vector<model::Value> values) {
    query::Condition c;
    for (auto [resource, field] : hops) c.path.push_back({&R(resource), R(resource).IndexOf(field)});
    c.op = op;
    c.values = std::move(values);
    return c;
  }

  int64_t Count(std::string_view resource, std::vector<query::Condition> conditions = {}) {
    query::Query q;
    q.resource = &R(resource);
    q.conditions = std::move(conditions);
    auto n = uow_->Count(q);
    EXPECT_TRUE(n) << n.error().details;
    return n ? *n : -1;
  }

  // Every record of `resource` matching `conditions`, fully loaded, page by page.
  RecordList All(std::string_view resource, std::vector<query::Condition> conditions = {}) {
    query::Query q;
    q.resource = &R(resource);
    q.conditions = std::move(conditions);
    RecordList all;
    for (q.page.offset = 0;; q.page.offset += q.page.limit) {
      auto page = uow_->Find(q, storage::LoadPlan{});
      EXPECT_TRUE(page) << page.error().details;
      if (!page) break;
      all.insert(all.end(), page->begin(), page->end());
      if (static_cast<int>(page->size()) < q.page.limit) break;
    }
    return all;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{T("2026-02-15T12:00:00Z")};
  std::unique_ptr<storage::UnitOfWork> uow_;
};

Decimal Sum(const RecordList* items, std::string_view field) {
  Decimal sum;
  if (items == nullptr) return sum;
  for (const RecordPtr& item : *items) sum = sum + item->GetDecimal(field).value_or(Decimal{});
  return sum;
}

TEST_F(DemoDataTest, LoadingTwiceChangesNothing) {
  constexpr std::string_view kResources[] = {"invoice-header",
                                             "invoice-line",
                                             "tax-line",
                                             "payment",
                                             "supplier",
                                             "user",
                                             "currency",
                                             "coupa-pay-payment",
                                             "coupa-pay-payment-detail",
                                             "coupa-pay-payment-batch"};
  std::vector<int64_t> before;
  for (std::string_view r : kResources) before.push_back(Count(r));
  uow_.reset();
  auto again = LoadDemoData(*store_, catalog_, clock_);
  ASSERT_TRUE(again) << again.error().details;
  uow_ = *store_->Begin(storage::Store::Access::kRead);
  std::vector<int64_t> after;
  for (std::string_view r : kResources) after.push_back(Count(r));
  EXPECT_EQ(before, after);
  EXPECT_EQ(Count("invoice-header"), 42);  // 106, 107 and 40 others
  EXPECT_GE(Count("supplier"), 11);
  EXPECT_GE(Count("coupa-pay-payment"), 25);
  EXPECT_LE(Count("coupa-pay-payment"), 40);
}

TEST_F(DemoDataTest, ReferenceDataHasUsdFirst) {
  auto usd = *uow_->Get(R("currency"), 1, storage::LoadPlan{});
  EXPECT_EQ(usd->GetString("code"), "USD");
  EXPECT_EQ(usd->GetInt("decimals"), 2);
  for (const char* code : {"EUR", "GBP", "INR", "CAD"}) {
    EXPECT_EQ(Count("currency", {Cond({{"currency", "code"}}, Op::kEq, {std::string(code)})}), 1) << code;
  }
  EXPECT_EQ(Count("uom", {Cond({{"uom", "code"}}, Op::kEq, {std::string("EA")})}), 1);
  EXPECT_EQ(Count("account", {Cond({{"account", "code"}}, Op::kEq, {std::string("100-2000-6010")})}), 1);
}

TEST_F(DemoDataTest, InvoiceOfTheErpPaymentExample) {
  auto inv = uow_->Get(R("invoice-header"), 106, storage::LoadPlan{});
  ASSERT_TRUE(inv) << inv.error().details;
  EXPECT_EQ((*inv)->GetString("invoice-number"), "test1234536");
  EXPECT_EQ((*inv)->GetRecord("supplier")->GetString("name"), "12345");
  EXPECT_EQ((*inv)->GetRecord("supplier")->GetString("number"), "12345");
  EXPECT_EQ((*inv)->GetRecord("currency")->GetString("code"), "USD");
  EXPECT_EQ((*inv)->GetString("status"), "approved");
  EXPECT_EQ((*inv)->GetBool("paid"), false);
  EXPECT_EQ((*inv)->GetBool("exported"), false);
  EXPECT_GE(*(*inv)->GetDecimal("gross-total"), D("1.00"));
  EXPECT_FALSE((*inv)->GetList("invoice-lines")->empty());
  EXPECT_TRUE((*inv)->GetList("payments")->empty());

  // The ERP's look-up: invoice-number=test1234536&supplier[name]=12345.
  auto found =
      All("invoice-header",
          {Cond({{"invoice-header", "invoice-number"}}, Op::kEq, {std::string("test1234536")}),
           Cond({{"invoice-header", "supplier"}, {"supplier", "name"}}, Op::kEq, {std::string("12345")})});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->id(), 106);
}

TEST_F(DemoDataTest, InvoiceOfTheSupplierApiExample) {
  auto found = All("invoice-header", {Cond({{"invoice-header", "supplier-api-id"}}, Op::kEq,
                                           {std::string("680fa552-3ef1-576c-b531-b743ca208134")})});
  ASSERT_EQ(found.size(), 1u);
  const model::Record& inv = *found[0];
  EXPECT_EQ(inv.id(), 107);
  EXPECT_EQ(inv.GetString("invoice-number"), "feb27_e2e_1_update2");
  EXPECT_EQ(inv.GetString("original-invoice-number"), "fdelc-dchrl-qisty-xeskl");
  EXPECT_EQ(inv.GetDecimal("total-with-taxes"), D("100"));
  EXPECT_EQ(inv.GetString("status"), "approved");
  EXPECT_EQ(FormatUtcZ(*inv.GetTime("invoice-date")), "2024-02-27T00:00:00Z");
  EXPECT_EQ(FormatUtcZ(*inv.GetTime("original-invoice-date")), "2024-02-27T11:42:15Z");
  EXPECT_EQ(inv.GetBool("line-level-taxation"), true);
  EXPECT_EQ(inv.GetBool("paid"), false);
  EXPECT_EQ(inv.GetString("document-type"), "Invoice");
  EXPECT_EQ(FormatUtcZ(*inv.GetTime("created-at")), "2024-02-28T05:46:29Z");
  EXPECT_EQ(FormatUtcZ(*inv.GetTime("updated-at")), "2025-08-14T12:30:55Z");
  EXPECT_EQ(inv.GetDecimal("tax-amount"), D("0"));
  EXPECT_EQ(inv.GetRecord("currency")->GetString("code"), "USD");
  EXPECT_EQ(FormatUtcZ(*inv.GetTime("discount-due-date")), "2024-03-18T23:59:59Z");
  EXPECT_TRUE(std::holds_alternative<model::Null>(inv.Get("net-due-date")));
  EXPECT_TRUE(std::holds_alternative<model::Null>(inv.Get("dispute-reason")));

  const RecordList* lines = inv.GetList("invoice-lines");
  ASSERT_NE(lines, nullptr);
  ASSERT_EQ(lines->size(), 1u);
  const model::Record& line = *lines->front();
  EXPECT_EQ(line.GetString("supplier-api-id"), "684dd604-77e1-55c1-939e-4aebd152fd0a");
  EXPECT_EQ(line.GetString("description"), "Impressivo 1000 motherboard");
  EXPECT_EQ(line.GetInt("line-num"), 1);
  EXPECT_EQ(line.GetDecimal("price"), D("10"));
  EXPECT_EQ(line.GetDecimal("total"), D("100"));
  EXPECT_EQ(line.GetRecord("uom")->GetString("code"), "EA");
  EXPECT_EQ(line.GetString("status"), "missing_po");
  EXPECT_EQ(line.GetDecimal("quantity"), D("10"));
  EXPECT_EQ(line.GetDecimal("tax-amount"), D("0"));
}

TEST_F(DemoDataTest, EveryInvoiceStatusAndIdsFrom1000) {
  const model::Field* status = R("invoice-header").Find("status");
  ASSERT_NE(status, nullptr);
  for (std::string_view s : status->allowed) {
    EXPECT_GE(Count("invoice-header", {Cond({{"invoice-header", "status"}}, Op::kEq, {std::string(s)})}), 1)
        << s;
  }
  EXPECT_EQ(Count("invoice-header", {Cond({{"invoice-header", "id"}}, Op::kLt, {int64_t{1000}})}), 2);
  EXPECT_GE(Count("invoice-header", {Cond({{"invoice-header", "exported"}}, Op::kEq, {true})}), 5);
  EXPECT_GE(Count("invoice-header", {Cond({{"invoice-header", "exported"}}, Op::kEq, {false})}), 5);
  EXPECT_GE(Count("invoice-header", {Cond({{"invoice-header", "paid"}}, Op::kEq, {true})}), 3);
}

TEST_F(DemoDataTest, InvoiceTotalsAddUpExactly) {
  RecordList invoices = All("invoice-header");
  ASSERT_EQ(invoices.size(), 42u);
  for (const RecordPtr& inv : invoices) {
    SCOPED_TRACE(*inv->GetString("invoice-number"));
    const RecordList* lines = inv->GetList("invoice-lines");
    ASSERT_NE(lines, nullptr);
    ASSERT_GE(lines->size(), 1u);
    ASSERT_LE(lines->size(), 5u);
    Decimal net;
    Decimal tax = Sum(inv->GetList("tax-lines"), "amount");
    for (const RecordPtr& line : *lines) {
      EXPECT_EQ(*line->GetDecimal("total"), *line->GetDecimal("price") * *line->GetDecimal("quantity"));
      ASSERT_NE(line->GetRecord("account"), nullptr);
      // The line's account belongs to the invoice's chart of accounts.
      ASSERT_NE(line->GetRecord("account")->GetRecord("account-type"), nullptr);
      EXPECT_EQ(line->GetRecord("account")->GetRecord("account-type")->id(),
                inv->GetRecord("account-type")->id());
      EXPECT_EQ(line->GetDecimal("tax-amount").value_or(Decimal{}),
                Sum(line->GetList("tax-lines"), "amount"));
      net = net + *line->GetDecimal("total");
      tax = tax + Sum(line->GetList("tax-lines"), "amount");
    }
    EXPECT_EQ(inv->GetDecimal("total-tax"), tax);
    EXPECT_EQ(inv->GetDecimal("gross-total"), net + tax);
    EXPECT_EQ(inv->GetDecimal("total-with-taxes"), net + tax);
    const Decimal paid = Sum(inv->GetList("payments"), "amount-paid");
    if (inv->GetBool("paid") == true) {
      EXPECT_EQ(paid, net + tax);
    } else {
      EXPECT_TRUE(paid.IsZero() || paid < net + tax);  // open or partly paid
    }
    EXPECT_EQ(inv->GetBool("exported") == true,
              std::holds_alternative<Timestamp>(inv->Get("last-exported-at")));
  }
}

TEST_F(DemoDataTest, CoupaPayHasEveryStatusAndBothPayToTypes) {
  for (std::string_view s : kPaymentStatuses) {
    EXPECT_GE(
        Count("coupa-pay-payment", {Cond({{"coupa-pay-payment", "status"}}, Op::kEq, {std::string(s)})}), 3)
        << s;
  }
  for (const char* type : {"CoupaPay::SupplierPaymentAccount", "CoupaPay::EmployeePaymentAccount"}) {
    EXPECT_GE(Count("coupa-pay-payment",
                    {Cond({{"coupa-pay-payment", "pay-to-account"}, {"coupa-pay-payment-account", "type"}},
                          Op::kEq, {std::string(type)})}),
              5)
        << type;
  }
  EXPECT_GE(Count("coupa-pay-payment", {Cond({{"coupa-pay-payment", "exported"}}, Op::kEq, {true})}), 3);
}

TEST_F(DemoDataTest, SpecQueriesOfThePaymentsApiFindPayments) {
  auto issuing_bank = [&](const char* bank) {
    return Cond({{"coupa-pay-payment", "pay-from-account"},
                 {"coupa-pay-company-payment-account", "payment-partner"},
                 {"coupa-pay-payment-partner", "issuing-bank"}},
                Op::kEq, {std::string(bank)});
  };
  auto supplier_payments = [&] {
    return Cond({{"coupa-pay-payment", "pay-to-account"}, {"coupa-pay-payment-account", "type"}}, Op::kEq,
                {std::string("CoupaPay::SupplierPaymentAccount")});
  };
  auto status_in = [&](const char* a, const char* b) {
    return Cond({{"coupa-pay-payment", "status"}}, Op::kIn, {std::string(a), std::string(b)});
  };
  EXPECT_GE(Count("coupa-pay-payment", {issuing_bank("XYZBank")}), 1);
  EXPECT_GE(Count("coupa-pay-payment", {issuing_bank("First Union Bank")}), 1);

  // status[in]=completed_successfully,completed_with_errors&exported=false
  //   &payment-partner[issuing-bank]=XYZBank&pay_to_account[type]=CoupaPay::SupplierPaymentAccount
  EXPECT_GE(Count("coupa-pay-payment", {status_in("completed_successfully", "completed_with_errors"),
                                        Cond({{"coupa-pay-payment", "exported"}}, Op::kEq, {false}),
                                        issuing_bank("XYZBank"), supplier_payments()}),
            1);

  // status[in]=payment_initiated,completed_with_errors&updated-at[gt]=2019-07-18T13:33:00-07:00
  //   &pay_to_account[type]=CoupaPay::SupplierPaymentAccount: the date filter matters.
  auto since = Cond({{"coupa-pay-payment", "updated-at"}}, Op::kGt, {T("2019-07-18T13:33:00-07:00")});
  int64_t all = Count("coupa-pay-payment",
                      {status_in("payment_initiated", "completed_with_errors"), supplier_payments()});
  int64_t recent = Count("coupa-pay-payment", {status_in("payment_initiated", "completed_with_errors"),
                                               supplier_payments(), since});
  EXPECT_GE(recent, 1);
  EXPECT_LT(recent, all);
}

TEST_F(DemoDataTest, CoupaPayPaymentsAreConsistentWithTheirDetails) {
  RecordList payments = All("coupa-pay-payment");
  ASSERT_FALSE(payments.empty());
  for (const RecordPtr& p : payments) {
    SCOPED_TRACE(*p->GetString("payment-identifier"));
    const RecordList* details = p->GetList("payment-details");
    ASSERT_NE(details, nullptr);
    ASSERT_FALSE(details->empty());
    EXPECT_EQ(p->GetDecimal("pay-to-total"), Sum(details, "payment-total"));
    EXPECT_EQ(p->GetDecimal("pay-from-total"), Sum(details, "payment-total"));
    EXPECT_EQ(p->GetString("status") == "completed_with_errors", p->GetString("error-text").has_value());
    EXPECT_EQ(p->GetBool("exported") == true, std::holds_alternative<Timestamp>(p->Get("last-exported-at")));
    const std::string type = *p->GetRecord("pay-to-account")->GetString("type");
    EXPECT_EQ(p->GetRecord("payee")->GetString("type"),
              type == "CoupaPay::SupplierPaymentAccount" ? "Supplier" : "User");
    for (const RecordPtr& d : *details) {
      EXPECT_EQ(d->GetRecord("currency")->id(), p->GetRecord("pay-to-currency")->id());
      if (type == "CoupaPay::EmployeePaymentAccount") {
        EXPECT_EQ(d->GetString("payable-type"), "ExpenseReport");
        continue;
      }
      EXPECT_EQ(d->GetString("payable-type"), "InvoiceHeader");
      int64_t invoice_id = std::stoll(*d->GetString("source-transaction-id"));
      auto inv = uow_->Get(R("invoice-header"), invoice_id, storage::LoadPlan{});
      ASSERT_TRUE(inv) << invoice_id;
      EXPECT_EQ((*inv)->GetString("invoice-number"), d->GetString("source-transaction-reference"));
      EXPECT_EQ((*inv)->GetDecimal("gross-total"), d->GetDecimal("payment-total"));
      EXPECT_EQ((*inv)->GetRecord("supplier")->GetString("name"), p->GetRecord("payee")->GetString("name"));
    }
  }
}

TEST(DemoDataHelpersTest, RoundHalfUpRoundsHalvesAwayFromZero) {
  struct Case {
    const char* value;
    int scale;
    const char* want;
  };
  const Case cases[] = {{"1.005", 2, "1.01"},    {"1.0049", 2, "1.00"}, {"-1.005", 2, "-1.01"},
                        {"-1.0049", 2, "-1.00"}, {"2.5", 0, "3"},       {"1.2", 2, "1.2"},
                        {"47.6784", 2, "47.68"}, {"0", 2, "0"}};
  for (const Case& c : cases) {
    EXPECT_EQ(demo::RoundHalfUp(D(c.value), c.scale), D(c.want)) << c.value;
  }
}

TEST(DemoDataLoadTest, AFailedLoadLeavesNothingBehind) {
  const model::Catalog& catalog = model::Catalog::Coupa();
  storage::TempStore store{catalog};
  ManualClock clock{T("2026-02-15T12:00:00Z")};
  {
    // A payment partner already holding id 1 makes the load collide after
    // the countries, currencies and suppliers went in.
    auto uow = *store->Begin(storage::Store::Access::kWrite);
    auto partner = model::Record::Make(catalog.Get("coupa-pay-payment-partner"));
    partner->Set("id", int64_t{1});
    partner->Set("name", std::string("Pre-existing partner"));
    ASSERT_TRUE(uow->Insert(*partner));
    ASSERT_TRUE(uow->Commit());
  }
  auto loaded = LoadDemoData(*store, catalog, clock);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kConflict) << loaded.error().details;
  auto uow = *store->Begin(storage::Store::Access::kRead);
  for (std::string_view resource :
       {"country", "currency", "supplier", "invoice-header", "coupa-pay-payment", "coupa-pay-payment-partner"}) {
    query::Query q;
    q.resource = &catalog.Get(resource);
    EXPECT_EQ(*uow->Count(q), resource == "coupa-pay-payment-partner" ? 1 : 0) << resource;
  }
}

}  // namespace
}  // namespace apbridge::resources
