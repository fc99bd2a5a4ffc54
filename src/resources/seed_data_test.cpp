// SeedData: reproducible for a seed, varied across seeds, exact totals, the
// spread of statuses, banks and dates the benchmarks rely on, and appending.
#include "resources/seed_data.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "resources/demo_data.hpp"
#include "storage/testing.hpp"

namespace apbridge::resources {
namespace {

using model::RecordList;
using model::RecordPtr;

const model::Catalog& Coupa() { return model::Catalog::Coupa(); }

// Every record of `resource`, fully loaded, in id order.
RecordList All(storage::Store& store, std::string_view resource) {
  auto uow = *store.Begin(storage::Store::Access::kRead);
  query::Query q;
  q.resource = &Coupa().Get(resource);
  RecordList all;
  for (q.page.offset = 0;; q.page.offset += q.page.limit) {
    auto page = uow->Find(q, storage::LoadPlan{});
    EXPECT_TRUE(page) << page.error().details;
    if (!page) break;
    all.insert(all.end(), page->begin(), page->end());
    if (static_cast<int>(page->size()) < q.page.limit) break;
  }
  return all;
}

SeedReport Seed(storage::Store& store, int64_t invoices, int64_t payments, uint64_t seed) {
  SeedOptions options;
  options.invoices = invoices;
  options.payments = payments;
  options.seed = seed;
  options.chunk = 97;  // several transactions, a partial last one
  auto report = SeedData(store, Coupa(), options, nullptr);
  EXPECT_TRUE(report) << report.error().message << " " << report.error().details;
  return report ? *report : SeedReport{};
}

std::string Text(const model::Record& r, std::string_view field) {
  const model::Value& v = r.Get(field);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* d = std::get_if<Decimal>(&v)) return d->ToString();
  if (const auto* t = std::get_if<Timestamp>(&v)) return FormatUtcZ(*t);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* ref = std::get_if<RecordPtr>(&v)) return *ref ? "#" + std::to_string((*ref)->id().value_or(0)) : "";
  return "";
}

// What the generated data says, field by field, for comparing two databases.
std::string Digest(storage::Store& store) {
  std::string out;
  for (const RecordPtr& inv : All(store, "invoice-header")) {
    for (const char* f : {"id", "invoice-number", "status", "supplier", "gross-total", "updated-at", "exported"}) {
      out += Text(*inv, f) + "|";
    }
    out += std::to_string(inv->GetList("invoice-lines")->size()) + "\n";
  }
  for (const RecordPtr& p : All(store, "coupa-pay-payment")) {
    for (const char* f : {"id", "status", "pay-to-total", "pay-from-account", "payee", "exported", "updated-at"}) {
      out += Text(*p, f) + "|";
    }
    out += "\n";
  }
  return out;
}

TEST(SeedDataTest, SameSeedSameDataOtherSeedOtherData) {
  storage::TempStore a(Coupa()), b(Coupa()), c(Coupa());
  Seed(*a, 150, 60, 7);
  Seed(*b, 150, 60, 7);
  Seed(*c, 150, 60, 8);
  const std::string digest = Digest(*a);
  EXPECT_EQ(digest, Digest(*b));
  EXPECT_NE(digest, Digest(*c));
  EXPECT_EQ(All(*a, "invoice-header").size(), 150u);
  EXPECT_EQ(All(*a, "coupa-pay-payment").size(), 60u);
}

class SeededTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    store_ = new storage::TempStore(Coupa());
    report_ = Seed(**store_, 600, 240, 42);
    invoices_ = new RecordList(All(**store_, "invoice-header"));
    payments_ = new RecordList(All(**store_, "coupa-pay-payment"));
  }
  static void TearDownTestSuite() {
    delete invoices_;
    delete payments_;
    delete store_;
  }
  static storage::TempStore* store_;
  static SeedReport report_;
  static RecordList* invoices_;
  static RecordList* payments_;
};
storage::TempStore* SeededTest::store_ = nullptr;
SeedReport SeededTest::report_;
RecordList* SeededTest::invoices_ = nullptr;
RecordList* SeededTest::payments_ = nullptr;

Decimal Sum(const RecordList* items, std::string_view field) {
  Decimal sum;
  if (items == nullptr) return sum;
  for (const RecordPtr& item : *items) sum = sum + item->GetDecimal(field).value_or(Decimal{});
  return sum;
}

TEST_F(SeededTest, ReportsWhatItAdded) {
  EXPECT_EQ(report_.invoices, 600);
  EXPECT_EQ(report_.payments, 240);
  EXPECT_EQ(report_.first_invoice_id, 10000);
  EXPECT_EQ(report_.last_invoice_id, 10599);
  EXPECT_EQ(report_.suppliers_added, 2000);
  EXPECT_FALSE(report_.indexes_rebuilt);  // too small a load to drop indexes
}

TEST_F(SeededTest, InvoiceTotalsAddUpExactly) {
  for (const RecordPtr& inv : *invoices_) {
    const RecordList* lines = inv->GetList("invoice-lines");
    ASSERT_NE(lines, nullptr);
    ASSERT_GE(lines->size(), 1u);
    ASSERT_LE(lines->size(), 10u);
    Decimal tax = Sum(inv->GetList("tax-lines"), "amount");
    for (const RecordPtr& line : *lines) {
      EXPECT_EQ(*line->GetDecimal("total"), *line->GetDecimal("price") * *line->GetDecimal("quantity"));
      // Whole cents: price times quantity never leaves a fraction of a cent.
      EXPECT_EQ(line->GetDecimal("total")->Rescaled(2).has_value(), true) << line->GetDecimal("total")->ToString();
      tax = tax + Sum(line->GetList("tax-lines"), "amount");
    }
    EXPECT_EQ(*inv->GetDecimal("total-tax"), tax) << Text(*inv, "invoice-number");
    EXPECT_EQ(*inv->GetDecimal("gross-total"), Sum(lines, "total") + tax) << Text(*inv, "invoice-number");
    if (inv->GetBool("paid") == true) {
      EXPECT_EQ(Sum(inv->GetList("payments"), "amount-paid"), *inv->GetDecimal("gross-total"));
    }
  }
}

TEST_F(SeededTest, InvoicesSpreadOverStatusesCurrenciesAndYears) {
  std::set<std::string> statuses, currencies, numbers;
  std::map<std::string, int> per_supplier;
  Timestamp first = Timestamp::max(), last = Timestamp::min();
  int exported = 0;
  for (const RecordPtr& inv : *invoices_) {
    statuses.insert(*inv->GetString("status"));
    currencies.insert(*inv->GetRecord("currency")->GetString("code"));
    numbers.insert(*inv->GetString("invoice-number"));
    per_supplier[*inv->GetRecord("supplier")->GetString("name")]++;
    first = std::min(first, *inv->GetTime("updated-at"));
    last = std::max(last, *inv->GetTime("updated-at"));
    exported += inv->GetBool("exported") == true;
  }
  EXPECT_GE(statuses.size(), 12u);
  EXPECT_EQ(currencies.size(), 5u);
  EXPECT_EQ(numbers.size(), invoices_->size());  // numbers are unique
  EXPECT_GE(last - first, std::chrono::days{5 * 365});
  EXPECT_GT(exported, 200);
  EXPECT_LT(exported, 550);
  // A few suppliers send many invoices, most send few.
  int most = 0;
  for (const auto& [name, n] : per_supplier) most = std::max(most, n);
  EXPECT_GE(most, 4);
  EXPECT_GE(per_supplier.size(), 200u);
}

TEST_F(SeededTest, PaymentsSpreadOverStatusesBanksAndAccountTypes) {
  std::set<std::string> statuses, banks, account_types, kinds;
  int exported = 0;
  for (const RecordPtr& p : *payments_) {
    statuses.insert(*p->GetString("status"));
    banks.insert(*p->GetRecord("pay-from-account")->GetRecord("payment-partner")->GetString("issuing-bank"));
    account_types.insert(*p->GetRecord("pay-to-account")->GetString("type"));
    kinds.insert(*p->GetString("type"));
    exported += p->GetBool("exported") == true;
    EXPECT_EQ(Sum(p->GetList("payment-details"), "payment-total"), *p->GetDecimal("pay-to-total"));
  }
  EXPECT_EQ(statuses.size(), 7u);
  EXPECT_TRUE(banks.count("XYZBank"));
  EXPECT_GE(banks.size(), 3u);
  EXPECT_EQ(account_types, (std::set<std::string>{"CoupaPay::EmployeePaymentAccount", "CoupaPay::SupplierPaymentAccount"}));
  EXPECT_EQ(kinds.size(), 2u);
  EXPECT_GT(exported, 40);
}

TEST_F(SeededTest, InvoicePaymentsPayApprovedInvoicesOfTheirPayee) {
  std::map<int64_t, RecordPtr> by_id;
  for (const RecordPtr& inv : *invoices_) by_id[*inv->id()] = inv;
  int checked = 0;
  for (const RecordPtr& p : *payments_) {
    for (const RecordPtr& d : *p->GetList("payment-details")) {
      if (d->GetString("payable-type") != "InvoiceHeader") continue;
      auto it = by_id.find(*d->GetInt("payable-id"));
      ASSERT_NE(it, by_id.end());
      const RecordPtr& inv = it->second;
      EXPECT_EQ(inv->GetString("status"), "approved");
      EXPECT_EQ(*d->GetDecimal("payment-total"), *inv->GetDecimal("gross-total"));
      EXPECT_EQ(d->GetString("source-transaction-reference"), inv->GetString("invoice-number"));
      EXPECT_EQ(p->GetRecord("payee")->id(), inv->GetRecord("supplier")->id());
      EXPECT_EQ(p->GetRecord("pay-to-currency")->id(), inv->GetRecord("currency")->id());
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(SeedDataTest, AppendsAfterWhatIsThereAndKeepsTheDemoData) {
  storage::TempStore store(Coupa());
  ManualClock clock(*ParseTimestamp("2026-02-15T12:00:00Z"));
  ASSERT_TRUE(LoadDemoData(*store, Coupa(), clock));
  SeedReport first = Seed(*store, 40, 10, 1);
  SeedReport second = Seed(*store, 30, 5, 1);
  EXPECT_EQ(first.first_invoice_id, 10000);
  EXPECT_EQ(second.first_invoice_id, 10040);
  EXPECT_EQ(second.suppliers_added, 0);
  EXPECT_EQ(All(*store, "invoice-header").size(), 42u + 70u);
  EXPECT_EQ(All(*store, "coupa-pay-payment").size(), 28u + 15u);
  // Loading the demo data again still finds it complete.
  ASSERT_TRUE(LoadDemoData(*store, Coupa(), clock));
  EXPECT_EQ(All(*store, "invoice-header").size(), 112u);
}

TEST(SeedDataTest, StopsBetweenChunksKeepingWholeChunks) {
  storage::TempStore store(Coupa());
  SeedOptions options;
  options.invoices = 300;
  options.chunk = 100;
  int asked = 0;
  options.stop_requested = [&asked] { return ++asked > 2; };  // after two chunks
  auto report = SeedData(*store, Coupa(), options, nullptr);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(All(*store, "invoice-header").size(), 200u);
}

TEST(SeedDataTest, RejectsNegativeCounts) {
  storage::TempStore store(Coupa());
  SeedOptions options;
  options.invoices = -1;
  auto report = SeedData(*store, Coupa(), options, nullptr);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace apbridge::resources
