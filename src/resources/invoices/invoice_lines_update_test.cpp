// InvoiceUpdater on lines, charges and tax lines: items by id changed, items
// without id added, items not sent kept, totals recomputed exactly, unknown
// ids refused, figures frozen once submitted (sent back unchanged is fine),
// and a failed write at any point leaving the invoice as it was.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/fields.hpp"
#include "resources/invoices/invoice_create.hpp"
#include "resources/invoices/invoice_update.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace line = model::invoice_line;
namespace charge = model::invoice_charge;
using model::RecordPtr;

Decimal D(std::string_view text) { return *Decimal::Parse(text); }

class InvoiceLinesUpdateTest : public ::testing::Test {
 protected:
  // A draft of supplier 5 in USD: two lines (10 x 2, 5 x 1), 3.00 shipping,
  // 10% header tax: 20 + 5 + 3 + 2.80 = 30.80.
  void SetUp() override {
    {
      auto uow = store_->Begin(storage::Store::Access::kWrite);
      ASSERT_TRUE(uow);
      const auto insert = [&](std::string_view resource, int64_t id, std::string_view name,
                              model::Value value) {
        auto r = model::Record::Make(catalog_.Get(resource));
        r->Set(0, id);
        r->Set(name, std::move(value));
        ASSERT_TRUE((*uow)->Insert(*r)) << resource;
      };
      insert("supplier", 5, "name", std::string("Acme"));
      insert("currency", 1, "decimals", int64_t{2});
      insert("address", 3, "street1", std::string("1 Main St"));
      ASSERT_TRUE((*uow)->Commit());
    }
    auto created = creator_.Create(
        *Body(
            R"({"invoice-number":"L-1","invoice-date":"2026-03-02","supplier":{"id":5},"currency":{"id":1},)"
            R"("bill-to-address":{"id":3},"shipping-amount":3,"tax-rate":"10","invoice-lines":[)"
            R"({"description":"A","price":"10","quantity":"2"},{"description":"B","price":"5"}]})"),
        {});
    ASSERT_TRUE(created) << created.error().message;
    id_ = *created;
    ASSERT_EQ(Load()->GetOr(header::kGrossTotal, Decimal{}), D("30.80"));
  }

  const model::Resource& Invoice() { return catalog_.Get("invoice-header"); }

  RecordPtr Body(std::string_view text) {
    auto body = codec::ReadRecord(text, Format::kJson, Invoice(), codec::ReadOptions{});
    EXPECT_TRUE(body) << body.error().message;
    return body ? *body : model::Record::Make(Invoice());
  }

  RecordPtr Load() {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    auto invoice = (*uow)->Get(id_, *Invoice().projection(model::Shape::kStored));
    EXPECT_TRUE(invoice);
    return *invoice;
  }

  std::string LineId(size_t n) { return std::to_string(*Load()->GetOr(header::kInvoiceLines, {})[n]->id()); }

  Status Update(std::string_view text) { return updater_.Update(id_, {Body(text), std::nullopt, {}}); }

  void SetStatus(std::string_view status) {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    auto change = model::Record::Make(Invoice());
    change->Set(header::kId, id_);
    change->Set(header::kStatus, std::string(status));
    ASSERT_TRUE((*uow)->Update(*change));
    ASSERT_TRUE((*uow)->Commit());
  }

  std::vector<std::string> Paths(const Status& s) {
    std::vector<std::string> paths;
    if (!s) {
      for (const auto& [path, message] : s.error().field_errors) paths.push_back(path);
    }
    return paths;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-03-03T09:00:00Z")};
  InvoiceCreator creator_{*store_, catalog_, clock_};
  InvoiceUpdater updater_{*store_, catalog_, clock_};
  int64_t id_ = 0;
};

TEST_F(InvoiceLinesUpdateTest, ALineByIdChangesANewOneIsAddedTheRestStayAndTotalsFollow) {
  clock_.Advance(std::chrono::seconds(60));
  ASSERT_TRUE(Update(R"({"invoice-lines":[{"id":)" + LineId(0) +
                     R"(,"price":"12.50"},{"description":"C","price":"0.10","quantity":"7"}]})"));
  RecordPtr inv = Load();
  const auto lines = inv->GetOr(header::kInvoiceLines, {});
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[0]->GetOr(line::kTotal, Decimal{}), D("25"));
  EXPECT_EQ(lines[0]->GetOr(line::kDescription, ""), "A") << "what was not sent stays";
  EXPECT_EQ(lines[0]->GetTime("updated-at"), std::optional(clock_.Now()));
  EXPECT_EQ(lines[1]->GetOr(line::kTotal, Decimal{}), D("5"));
  EXPECT_NE(lines[1]->GetTime("updated-at"), std::optional(clock_.Now()))
      << "an unchanged line is not written";
  EXPECT_EQ(lines[2]->GetOr(line::kTotal, Decimal{}), D("0.70"));
  EXPECT_EQ(lines[2]->GetOr(line::kLineNum, 0), 3);
  // 25 + 5 + 0.70 + 3 shipping = 33.70, 10% tax 3.37: 37.07.
  EXPECT_EQ(inv->GetOr(header::kTotalTax, Decimal{}), D("3.37"));
  EXPECT_EQ(inv->GetOr(header::kGrossTotal, Decimal{}), D("37.07"));
  EXPECT_EQ(inv->GetOr(header::kTotalWithTaxes, Decimal{}), D("37.07"));
  EXPECT_EQ(inv->GetOr(header::kTaxLines, {}).size(), 1U) << "the header tax line updated, not doubled";
  EXPECT_EQ(inv->GetOr(header::kTaxLines, {})[0]->GetOr(model::tax_line::kBase, Decimal{}), D("33.70"));
  EXPECT_EQ(inv->GetInt("line-count"), 3);
  EXPECT_EQ(inv->GetOr(header::kLockVersionKey, 0), 2);
}

TEST_F(InvoiceLinesUpdateTest, ShippingAmountMovesItsChargeAndTheChargeMovesTheAmount) {
  ASSERT_TRUE(Update(R"({"shipping-amount":4.5})"));
  RecordPtr inv = Load();
  ASSERT_EQ(inv->GetOr(header::kInvoiceCharges, {}).size(), 1U);
  EXPECT_EQ(inv->GetOr(header::kInvoiceCharges, {})[0]->GetOr(charge::kTotal, Decimal{}), D("4.5"));
  EXPECT_EQ(inv->GetOr(header::kGrossTotal, Decimal{}), D("32.45"));  // 29.50 + 2.95
  const std::string charge_id = std::to_string(*inv->GetOr(header::kInvoiceCharges, {})[0]->id());
  ASSERT_TRUE(Update(R"({"invoice-charges":[{"id":)" + charge_id + R"(,"total":"1.00"}]})"));
  EXPECT_EQ(Load()->GetOr(header::kShippingAmount, Decimal{}), D("1"));
  EXPECT_EQ(Load()->GetOr(header::kGrossTotal, Decimal{}), D("28.60"));  // 26 + 2.60
  ASSERT_TRUE(Update(R"({"handling-amount":2})"));
  EXPECT_EQ(Load()->GetOr(header::kInvoiceCharges, {}).size(), 2U) << "a handling charge added";
}

TEST_F(InvoiceLinesUpdateTest, TagsAreAddedInAnyStatusOnceByName) {
  SetStatus("approved");
  ASSERT_TRUE(Update(R"({"tags":[{"name":"urgent"},{"name":"Urgent"},{"name":"q4-close"}]})"));
  auto names = [&] {
    std::vector<std::string> out;
    for (const RecordPtr& tag : Load()->GetOr(model::invoice_header::kTags, {}))
      out.push_back(*tag->GetString("name"));
    return out;
  };
  EXPECT_EQ(names(), (std::vector<std::string>{"urgent", "q4-close"})) << "a name repeated in one request";
  ASSERT_TRUE(Update(R"({"tags":[{"name":"URGENT"}]})"));
  EXPECT_EQ(names().size(), 2U) << "a name the invoice has";
  EXPECT_FALSE(Update(R"({"tags":[{"id":987654,"name":"x"}]})")) << "an id of no tag of this invoice";
}

TEST_F(InvoiceLinesUpdateTest, AnIdOfNoItemOfThisInvoiceIsRefusedNamingItsPath) {
  const RecordPtr before = Load();
  EXPECT_EQ(Paths(Update(R"({"invoice-lines":[{"id":)" + LineId(0) + R"(},{"id":987654,"price":"1"}]})")),
            std::vector<std::string>{"invoice-lines[1].id"});
  EXPECT_EQ(Paths(Update(R"({"tax-lines":[{"id":987654,"rate":"1"}]})")),
            std::vector<std::string>{"tax-lines[0].id"});
  EXPECT_EQ(Paths(Update(R"({"invoice-lines":[{"id":)" + LineId(0) + R"(,"total":"99"}]})")),
            std::vector<std::string>{"invoice-lines[0].total"});
  EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), before->GetOr(header::kLockVersionKey, 0));
  EXPECT_EQ(Load()->GetOr(header::kInvoiceLines, {}).size(), 2U);
}

TEST_F(InvoiceLinesUpdateTest, ASubmittedInvoicesFiguresAreFrozenButMaySendBackUnchanged) {
  for (const char* status : {"pending_approval", "approved", "disputed", "pending_action"}) {
    SCOPED_TRACE(status);
    SetStatus(status);
    const Status added = Update(R"({"invoice-lines":[{"description":"C","price":"1"}]})");
    ASSERT_EQ(Paths(added), std::vector<std::string>{"invoice-lines"});
    EXPECT_NE(added.error().message.find("update_line_accounts"), std::string::npos) << added.error().message;
    EXPECT_EQ(Paths(Update(R"({"invoice-lines":[{"id":)" + LineId(1) + R"(,"price":"6"}]})")),
              std::vector<std::string>{"invoice-lines"});
    EXPECT_EQ(Paths(Update(R"({"shipping-amount":9})")), std::vector<std::string>{"shipping-amount"});
    EXPECT_TRUE(Update(R"({"invoice-lines":[{"id":)" + LineId(1) +
                       R"(,"price":"5.000","description":"B"}],)"
                       R"("shipping-amount":3,"comments":"fine"})"))
        << "the lines sent back as they are, with a header edit";
  }
  EXPECT_EQ(Load()->GetOr(header::kGrossTotal, Decimal{}), D("30.80"));
  SetStatus("new");
  EXPECT_TRUE(Update(R"({"invoice-lines":[{"id":)" + LineId(1) + R"(,"price":"6"}]})"));
}

TEST_F(InvoiceLinesUpdateTest, AFailedWriteAtAnyPointLeavesTheInvoiceAsItWas) {
  const std::string body = R"({"shipping-amount":1,"invoice-lines":[{"id":)" + LineId(0) +
                           R"(,"price":"3"},{"description":"C","price":"2"}]})";
  const RecordPtr before = Load();
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    InvoiceUpdater through(failing, catalog_, clock_);
    const Status s = through.Update(id_, {Body(body), std::nullopt, {}});
    if (!failing.failed()) {
      ASSERT_TRUE(s) << s.error().message;
      break;
    }
    ASSERT_FALSE(s);
    const RecordPtr now = Load();
    EXPECT_EQ(now->GetOr(header::kGrossTotal, Decimal{}), D("30.80")) << "write " << n;
    EXPECT_EQ(now->GetOr(header::kInvoiceLines, {}).size(), 2U) << "write " << n;
    EXPECT_EQ(now->GetOr(header::kInvoiceLines, {})[0]->GetOr(line::kPrice, Decimal{}), D("10"));
    EXPECT_EQ(now->GetOr(header::kInvoiceCharges, {})[0]->GetOr(charge::kTotal, Decimal{}), D("3"));
    EXPECT_EQ(now->GetOr(header::kLockVersionKey, 0), before->GetOr(header::kLockVersionKey, 0));
  }
  // 6 + 5 + 2 + 1 shipping = 14, 1.40 tax.
  EXPECT_EQ(Load()->GetOr(header::kGrossTotal, Decimal{}), D("15.40"));
}

}  // namespace
}  // namespace apbridge::resources::invoices
