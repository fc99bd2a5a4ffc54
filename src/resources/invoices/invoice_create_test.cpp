// InvoiceCreator: a draft with its lines, charges and tax lines and exact
// totals (header- and line-level taxation), each element rule, Required, the
// duplicate number, and that a refused or failed create writes nothing.
#include "resources/invoices/invoice_create.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "codec/codec.hpp"
#include "model/fields.hpp"
#include "query/query.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace line = model::invoice_line;
namespace charge = model::invoice_charge;
namespace tax_line = model::tax_line;
using model::RecordPtr;

Decimal D(std::string_view text) { return *Decimal::Parse(text); }

// A body of supplier 5 in USD with the given number, extra elements and lines.
std::string Body(std::string_view number, std::string_view extra, std::string_view lines) {
  std::string body = R"({"invoice-number":")";
  body += number;
  body += R"(","invoice-date":"2026-03-02","supplier":{"id":5},"currency":{"id":1},)";
  body += R"("bill-to-address":{"id":3},"payment-term":{"id":4})";
  if (!extra.empty()) body.append(",").append(extra);
  body.append(R"(,"invoice-lines":[)").append(lines).append("]}");
  return body;
}

class InvoiceCreateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    const auto insert = [&](std::string_view resource, int64_t id,
                            std::initializer_list<std::pair<std::string_view, model::Value>> values) {
      auto r = model::Record::Make(catalog_.Get(resource));
      r->Set(0, id);
      for (const auto& [name, value] : values) r->Set(name, value);
      ASSERT_TRUE((*uow)->Insert(*r)) << resource;
    };
    insert("supplier", 5, {{"name", std::string("Acme")}});
    insert("supplier", 6, {{"name", std::string("Other")}});
    insert("currency", 1, {{"code", std::string("USD")}, {"decimals", int64_t{2}}});
    insert("currency", 2, {{"code", std::string("JPY")}, {"decimals", int64_t{0}}});
    insert("address", 3, {{"street1", std::string("1 Main St")}});
    insert("payment-term", 4,
           {{"code", std::string("2/10 Net 30")},
            {"type", std::string("DaysAfterNetPaymentTerm")},
            {"days-for-net-payment", int64_t{30}},
            {"days-for-discount-payment", int64_t{10}},
            {"discount-rate", D("2")}});
    insert("tax-code", 7,
           {{"code", std::string("CA")},
            {"percentage", D("8.25")},
            {"description", std::string("CA sales tax")}});
    insert("account", 8, {{"code", std::string("6100")}});
    ASSERT_TRUE((*uow)->Commit());
  }

  const model::Resource& Invoice() { return catalog_.Get("invoice-header"); }

  model::RecordPtr Parse(std::string_view text) {
    auto body = codec::ReadRecord(text, Format::kJson, Invoice(), codec::ReadOptions{});
    EXPECT_TRUE(body) << body.error().message << "\n" << text;
    return body ? *body : model::Record::Make(Invoice());
  }

  Result<int64_t> Create(std::string_view text) { return creator_.Create(*Parse(text), Actor{int64_t{42}}); }

  model::RecordPtr Load(int64_t id) {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    EXPECT_TRUE(uow);
    auto invoice = (*uow)->Get(id, *Invoice().projection(model::Shape::kStored));
    EXPECT_TRUE(invoice) << invoice.error().message;
    return invoice ? *invoice : nullptr;
  }

  int64_t Count(std::string_view resource) {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    query::Query q;
    q.resource = &catalog_.Get(resource);
    auto n = (*uow)->Count(q);
    EXPECT_TRUE(n);
    return n ? *n : -1;
  }

  // The paths of the field errors of a refused create, sorted.
  std::vector<std::string> Refused(std::string_view text) {
    auto created = Create(text);
    EXPECT_FALSE(created) << "created " << (created ? *created : 0);
    if (created) return {};
    EXPECT_EQ(created.error().code, ErrorCode::kInvalidArgument) << created.error().message;
    std::vector<std::string> paths;
    for (const auto& [path, message] : created.error().field_errors) paths.push_back(path);
    std::sort(paths.begin(), paths.end());
    return paths;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-03-03T09:00:00Z")};
  InvoiceCreator creator_{*store_, catalog_, clock_};
};

TEST_F(InvoiceCreateTest, ADraftWithHeaderLevelTaxHasItsLinesChargeTaxLineAndExactTotals) {
  auto id = Create(Body("INV-1", R"("shipping-amount":10,"tax-rate":"10")",
                        R"({"description":"Widgets","price":"12.50","quantity":"3","account":{"id":8}},)"
                        R"({"description":"Thirds","price":"0.333","quantity":"3"})"));
  ASSERT_TRUE(id) << id.error().message;
  RecordPtr inv = Load(*id);
  EXPECT_EQ(inv->GetOr(header::kStatus, ""), "draft");
  EXPECT_EQ(inv->GetOr(header::kExported, true), false);
  EXPECT_EQ(inv->GetOr(header::kPaid, true), false);
  EXPECT_EQ(inv->GetOr(header::kLockVersionKey, 0), 1);
  EXPECT_EQ(inv->GetOr(header::kCreatedAt, Timestamp{}), clock_.Now());
  EXPECT_EQ(inv->GetOr(header::kCreatedBy, nullptr)->id(), 42);
  EXPECT_EQ(inv->GetOr(header::kUpdatedBy, nullptr)->id(), 42);
  EXPECT_EQ(inv->GetOr(header::kDocumentType, ""), "Invoice");

  const auto lines = inv->GetOr(header::kInvoiceLines, {});
  ASSERT_EQ(lines.size(), 2U);
  EXPECT_EQ(lines[0]->GetOr(line::kLineNum, 0), 1);
  EXPECT_EQ(lines[1]->GetOr(line::kLineNum, 0), 2);
  EXPECT_EQ(lines[0]->GetOr(line::kTotal, Decimal{}), D("37.50"));
  EXPECT_EQ(lines[1]->GetOr(line::kTotal, Decimal{}), D("1.00")) << "0.999 at the currency's 2 decimals";
  EXPECT_EQ(lines[0]->GetOr(line::kType, ""), "InvoiceQuantityLine");
  EXPECT_EQ(lines[0]->GetOr(line::kStatus, ""), "draft");
  EXPECT_EQ(lines[0]->GetOr(line::kCurrency, nullptr)->id(), 1);
  EXPECT_EQ(lines[0]->GetOr(line::kTaxAmount, D("9")), Decimal{});

  const auto charges = inv->GetOr(header::kInvoiceCharges, {});
  ASSERT_EQ(charges.size(), 1U);
  EXPECT_EQ(charges[0]->GetOr(charge::kType, ""), "InvoiceShipping");
  EXPECT_EQ(charges[0]->GetOr(charge::kTotal, Decimal{}), D("10"));
  EXPECT_EQ(charges[0]->GetOr(charge::kAccount, nullptr)->id(), 8) << "booked to the first line's account";

  const auto taxes = inv->GetOr(header::kTaxLines, {});
  ASSERT_EQ(taxes.size(), 1U);
  EXPECT_EQ(taxes[0]->GetOr(tax_line::kRate, Decimal{}), D("10"));
  EXPECT_EQ(taxes[0]->GetOr(tax_line::kBase, Decimal{}), D("48.50")) << "lines and the charge";
  EXPECT_EQ(taxes[0]->GetOr(tax_line::kAmount, Decimal{}), D("4.85"));

  EXPECT_EQ(inv->GetOr(header::kTotalTax, Decimal{}), D("4.85"));
  EXPECT_EQ(inv->GetOr(header::kTaxAmount, Decimal{}), D("4.85"));
  EXPECT_EQ(inv->GetOr(header::kShippingAmount, Decimal{}), D("10"));
  for (auto total : {header::kGrossTotal, header::kTotalWithTaxes, header::kAmountDue}) {
    EXPECT_EQ(inv->GetOr(total, Decimal{}), D("53.35"));
  }
  EXPECT_EQ(inv->GetDecimal("total-with-taxes-as-money"), D("53.35"));
  EXPECT_EQ(inv->GetInt("line-count"), 2);
  // 2/10 Net 30: 2% of 53.35 is 1.067, 1.07 at two decimals.
  EXPECT_EQ(inv->GetOr(header::kDiscountPercent, Decimal{}), D("2"));
  EXPECT_EQ(inv->GetOr(header::kDiscountAmount, Decimal{}), D("1.07"));
  EXPECT_EQ(inv->GetDecimal("gross-total-less-discount"), D("52.28"));
  EXPECT_EQ(inv->GetOr(header::kNetDueDate, Timestamp{}), *ParseTimestamp("2026-04-01T23:59:59Z"));
  EXPECT_EQ(inv->GetOr(header::kDiscountDueDate, Timestamp{}), *ParseTimestamp("2026-03-12T23:59:59Z"));
}

TEST_F(InvoiceCreateTest, LineLevelTaxesComeFromEachLinesAndChargesTaxLine) {
  auto id = Create(Body("INV-2",
                        R"("line-level-taxation":true,)"
                        R"("invoice-charges":[{"type":"InvoiceHandling","total":"4.00",)"
                        R"("account":{"id":8},"tax-lines":[{"tax-code":{"id":7}}]}])",
                        R"({"description":"A","price":"100","tax-code":{"id":7}},)"
                        R"({"description":"B","price":"20","tax-lines":[{"amount":"1.10"}]},)"
                        R"({"description":"C","price":"5"})"));
  ASSERT_TRUE(id) << id.error().message;
  RecordPtr inv = Load(*id);
  const auto lines = inv->GetOr(header::kInvoiceLines, {});
  ASSERT_EQ(lines.size(), 3U);
  // 8.25% of 100.00 = 8.25; B states 1.10; C untaxed; the charge: 8.25% of 4.00 = 0.33.
  EXPECT_EQ(lines[0]->GetOr(line::kTaxAmount, Decimal{}), D("8.25"));
  EXPECT_EQ(lines[0]->GetOr(line::kTaxRate, Decimal{}), D("8.25"));
  EXPECT_EQ(lines[0]->GetOr(line::kTaxDescription, ""), "CA sales tax");
  ASSERT_EQ(lines[0]->GetOr(line::kTaxLines, {}).size(), 1U);
  const RecordPtr tl = lines[0]->GetOr(line::kTaxLines, {})[0];
  EXPECT_EQ(tl->GetOr(tax_line::kCode, ""), "CA");
  EXPECT_EQ(tl->GetOr(tax_line::kAmount, Decimal{}), D("8.25"));
  EXPECT_EQ(tl->GetOr(tax_line::kTaxableAmount, Decimal{}), D("100"));
  EXPECT_EQ(lines[1]->GetOr(line::kTaxAmount, Decimal{}), D("1.10"));
  EXPECT_EQ(lines[2]->GetOr(line::kTaxAmount, D("9")), Decimal{});
  EXPECT_TRUE(lines[2]->GetOr(line::kTaxLines, {}).empty());
  const auto charges = inv->GetOr(header::kInvoiceCharges, {});
  ASSERT_EQ(charges.size(), 1U);
  ASSERT_EQ(charges[0]->GetOr(charge::kTaxLines, {}).size(), 1U);
  EXPECT_EQ(charges[0]->GetOr(charge::kTaxLines, {})[0]->GetOr(tax_line::kAmount, Decimal{}), D("0.33"));
  EXPECT_EQ(inv->GetOr(header::kHandlingAmount, Decimal{}), D("4"));
  EXPECT_TRUE(inv->GetOr(header::kTaxLines, {}).empty());
  EXPECT_EQ(inv->GetOr(header::kTotalTax, Decimal{}), D("9.68"));
  EXPECT_EQ(inv->GetOr(header::kGrossTotal, Decimal{}), D("138.68"));
}

TEST_F(InvoiceCreateTest, RequiredMissingNamesEachElement) {
  EXPECT_EQ(
      Refused(R"({"invoice-lines":[{"quantity":"2"}]})"),
      (std::vector<std::string>{"bill-to-address", "currency", "invoice-date", "invoice-lines[0].description",
                                "invoice-lines[0].price", "invoice-number", "supplier"}));
  EXPECT_EQ(Refused(Body("  ", "", R"({"description":" ","price":"1"})")),
            (std::vector<std::string>{"invoice-lines[0].description", "invoice-number"}))
      << "blank is missing";
  EXPECT_EQ(Count("invoice-header"), 0);
}

TEST_F(InvoiceCreateTest, CheckRequiredReadsAStoredInvoiceToo) {
  auto id = Create(Body("INV-3", "", R"({"description":"A","price":"1"})"));
  ASSERT_TRUE(id) << id.error().message;
  FieldErrors errors;
  CheckRequired(*Load(*id), errors);
  EXPECT_TRUE(errors.empty());
  RecordPtr stored = Load(*id);
  stored->SetNull(header::kBillToAddress);
  stored->GetOr(header::kInvoiceLines, {})[0]->SetNull(line::kPrice);
  CheckRequired(*stored, errors);
  const Error e = errors.ToError("x");
  ASSERT_EQ(e.field_errors.size(), 2U);
  EXPECT_EQ(e.field_errors[0].first, "bill-to-address");
  EXPECT_EQ(e.field_errors[1].first, "invoice-lines[0].price");
}

TEST_F(InvoiceCreateTest, AnInvoiceNumberTheSupplierUsedIsRefused) {
  ASSERT_TRUE(Create(Body("INV-9", "", R"({"description":"A","price":"1"})")));
  auto again = Create(Body("inv-9", "", R"({"description":"A","price":"1"})"));
  ASSERT_FALSE(again);
  ASSERT_EQ(again.error().field_errors.size(), 1U);
  EXPECT_EQ(again.error().field_errors[0].first, "invoice-number");
  EXPECT_NE(again.error().message.find("has already been used"), std::string::npos) << again.error().message;
  std::string other = Body("INV-9", "", R"({"description":"A","price":"1"})");
  const std::string acme = R"("supplier":{"id":5})";
  other.replace(other.find(acme), acme.size(), R"("supplier":{"id":6})");
  EXPECT_TRUE(Create(other)) << "another supplier may use the number";
  EXPECT_EQ(Count("invoice-header"), 2);
}

TEST_F(InvoiceCreateTest, EachElementRuleNamesTheElementAndWritesNothing) {
  const std::string ok_line = R"({"description":"A","price":"1"})";
  struct Case {
    std::string body;
    std::vector<std::string> paths;
  };
  const Case cases[] = {
      {Body("X", R"("status":"approved")", ok_line), {"status"}},
      {Body("X", R"("gross-total":"5.00")", ok_line), {"gross-total"}},
      {Body("X", R"("exported":true)", ok_line), {"exported"}},
      {Body("X", R"("tax-code":{"id":99})", ok_line), {"tax-code"}},
      {Body("X", R"("ship-to-address":{"name":"x"})", ok_line), {"ship-to-address"}},
      {Body("X", R"("payments":[{"amount-paid":"1"}])", ok_line), {"payments"}},
      {Body("X", R"("approvals":[{"id":1}])", ok_line), {"approvals"}},
      {Body("X", "", R"({"id":77,"description":"A","price":"1"})"), {"invoice-lines[0].id"}},
      {Body("X", "", R"({"description":"A","price":"1","total":"3"})"), {"invoice-lines[0].total"}},
      {Body("X", "", R"({"description":"A","price":"1","uom":{"id":55}})"), {"invoice-lines[0].uom"}},
      {Body("X", "", R"({"description":"A","price":"100000000000"})"), {"invoice-lines[0]"}},
      {Body("X", R"("invoice-charges":[{"type":"InvoiceFreight","total":"1"}])", ok_line),
       {"invoice-charges[0].type"}},
      {Body("X", R"("shipping-amount":5,"invoice-charges":[{"type":"InvoiceShipping","total":"4"}])",
            ok_line),
       {"shipping-amount"}},
      {Body("X", "", R"({"description":"A","price":"1","tax-rate":"5"})"), {"invoice-lines[0]"}},
      {Body("X", R"("line-level-taxation":true)",
            R"({"description":"A","price":"100","tax-rate":"5","tax-amount":"6"})"),
       {"invoice-lines[0].tax-amount"}},
      {Body("X", R"("tax-rate":"5","tax-lines":[{"rate":"6"}])", ok_line), {"tax-rate"}},
      {Body("X", R"("tax-lines":[{"rate":"6"},{"rate":"1"}])", ok_line), {"tax-lines"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    EXPECT_EQ(Refused(c.body), c.paths);
  }
  EXPECT_EQ(Count("invoice-header"), 0);
  EXPECT_EQ(Count("invoice-line"), 0);
}

TEST_F(InvoiceCreateTest, ReadOnlyElementsSentNullOrLenientlyAreFine) {
  EXPECT_TRUE(Create(
      Body("N-1", R"("status":null,"gross-total":null,"id":null)", R"({"description":"A","price":"1"})")));
  InvoiceCreator lenient(*store_, catalog_, clock_, ElementOptions{true});
  auto id =
      lenient.Create(*Parse(Body("N-2", R"("status":"approved")", R"({"description":"A","price":"1"})")), {});
  ASSERT_TRUE(id) << id.error().message;
  EXPECT_EQ(Load(*id)->GetOr(header::kStatus, ""), "draft");
}

TEST_F(InvoiceCreateTest, AFailedWriteAtAnyPointLeavesNothingWritten) {
  const std::string body = Body("F-1", R"("shipping-amount":2,"tax-rate":"10")",
                                R"({"description":"A","price":"1"},{"description":"B","price":"2"})");
  int n = 1;
  for (;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    InvoiceCreator through(failing, catalog_, clock_);
    auto created = through.Create(*Parse(body), {});
    if (!failing.failed()) {
      ASSERT_TRUE(created) << created.error().message;
      break;
    }
    ASSERT_FALSE(created);
    for (std::string_view r : {"invoice-header", "invoice-line", "invoice-charge", "tax-line"}) {
      EXPECT_EQ(Count(r), 0) << r << " after failing write " << n;
    }
  }
  EXPECT_GE(n, 7) << "header, two lines, a charge, a tax line and the commit were each a write point";
  EXPECT_EQ(Count("invoice-line"), 2);
}

TEST_F(InvoiceCreateTest, CreateInIsPartOfTheCallersTransaction) {
  {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    auto id = creator_.CreateIn(**uow, *Parse(Body("T-1", "", R"({"description":"A","price":"1"})")), {},
                                clock_.Now());
    ASSERT_TRUE(id) << id.error().message;
    auto seen = (*uow)->Get(*id, *Invoice().projection(model::Shape::kLimited));
    EXPECT_TRUE(seen) << "visible inside the transaction";
  }  // not committed: rolled back
  EXPECT_EQ(Count("invoice-header"), 0);
  EXPECT_EQ(Count("invoice-line"), 0);
}

}  // namespace
}  // namespace apbridge::resources::invoices
