// PaymentExports: marking by parameter, body or implication, the stamps, that
// a mark to the value a payment has writes nothing, that a payment sent back
// as shown is accepted, the table of rejected inputs, and that a refused or
// failed mark writes nothing.
#include "resources/coupa_pay/payment_export.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "codec/codec.hpp"
#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace payment = model::coupa_pay_payment;
constexpr int64_t kPayment = 10;

class PaymentExportTest : public ::testing::Test {
 protected:
  // Payment 10 (completed_successfully, not exported, 125.50 USD) from pay-from
  // account 1 (partner 1 of XYZBank) to supplier account 2, paying one invoice.
  void SetUp() override {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    auto usd = Make("currency", 1);
    usd->Set(model::currency::kCode, std::string("USD"));
    auto partner = Make("coupa-pay-payment-partner", 1);
    partner->Set(model::coupa_pay_payment_partner::kName, std::string("XYZBank Treasury Services"));
    partner->Set(model::coupa_pay_payment_partner::kIssuingBank, std::string("XYZBank"));
    auto from = Make("coupa-pay-company-payment-account", 1);
    from->Set(model::coupa_pay_company_payment_account::kAccountName, std::string("XYZBank Operating USD"));
    from->Set(model::coupa_pay_company_payment_account::kPaymentPartner,
              Make("coupa-pay-payment-partner", 1));
    auto to = Make("coupa-pay-payment-account", 2);
    to->Set(model::coupa_pay_payment_account::kType, std::string("CoupaPay::SupplierPaymentAccount"));
    for (const auto& r : {usd, partner, from, to}) ASSERT_TRUE((*uow)->Insert(*r));

    auto detail = model::Record::Make(*Payment().Target(payment::kPaymentDetails.index));
    detail->Set(model::coupa_pay_payment_detail::kPaymentTotal, *Decimal::Parse("125.50"));
    detail->Set(model::coupa_pay_payment_detail::kSourceTransactionReference, std::string("INV-1"));
    detail->Set(model::coupa_pay_payment_detail::kCurrency, Make("currency", 1));
    auto p = Make("coupa-pay-payment", kPayment);
    p->Set(payment::kStatus, std::string("completed_successfully"));
    p->Set(payment::kExported, false);
    p->Set(payment::kPayToTotal, *Decimal::Parse("125.50"));
    p->Set(payment::kPayToCurrency, Make("currency", 1));
    p->Set(payment::kPayFromAccount, Make("coupa-pay-company-payment-account", 1));
    p->Set(payment::kPayToAccount, Make("coupa-pay-payment-account", 2));
    p->Set(payment::kPaymentDetails, model::RecordList{detail});
    p->Set("updated-at", *ParseTimestamp("2026-11-01T08:00:00Z"));
    ASSERT_TRUE((*uow)->Insert(*p));
    ASSERT_TRUE((*uow)->Commit());
    detail_id_ = *Load()->GetOr(payment::kPaymentDetails, {}).at(0)->id();
  }

  model::RecordPtr Make(std::string_view resource, int64_t id) {
    auto r = model::Record::Make(catalog_.Get(resource));
    r->Set(0, id);
    return r;
  }
  const model::Resource& Payment() { return catalog_.Get("coupa-pay-payment"); }

  model::RecordPtr Body(std::string_view text, Format format = Format::kJson) {
    auto body = codec::ReadRecord(text, format, Payment(), codec::ReadOptions{});
    EXPECT_TRUE(body) << body.error().message;
    return body ? *body : nullptr;
  }

  model::RecordPtr Load() {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    EXPECT_TRUE(uow);
    auto p = (*uow)->Get(kPayment, *Payment().projection(model::Shape::kFull));
    EXPECT_TRUE(p);
    return *p;
  }

  // The payment as a show writes it.
  std::string Shown(Format format) {
    std::string out;
    codec::WriteRecord(*Load(), *Payment().projection(model::Shape::kFull), format, {}, &out);
    return out;
  }

  bool Exported() { return Load()->GetOr(payment::kExported, false); }
  Timestamp UpdatedAt() { return *Load()->GetTime("updated-at"); }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-01T10:00:00Z")};
  PaymentExports exports_{*store_, catalog_, clock_};
  int64_t detail_id_ = 0;
};

TEST_F(PaymentExportTest, MarkingTrueStampsLastExportedAtUpdatedAtAndUpdatedBy) {
  ASSERT_TRUE(exports_.Mark(kPayment, {nullptr, true, std::nullopt, Actor{int64_t{7}}}));
  auto p = Load();
  EXPECT_EQ(p->GetOr(payment::kExported, false), true);
  EXPECT_EQ(p->GetOr(payment::kLastExportedAt, Timestamp{}), clock_.Now());
  EXPECT_EQ(p->GetTime("updated-at"), clock_.Now());
  model::RecordPtr by = p->GetOr(payment::kUpdatedBy, nullptr);
  ASSERT_NE(by, nullptr);
  EXPECT_EQ(by->id(), 7);
  EXPECT_EQ(p->GetOr(payment::kStatus, ""), "completed_successfully") << "nothing else moves";
}

TEST_F(PaymentExportTest, MarkingFalseKeepsLastExportedAtAndTheParameterWinsOverTheBody) {
  ASSERT_TRUE(exports_.Mark(kPayment, {Body(R"({"exported": true})"), std::nullopt, std::nullopt, {}}));
  const Timestamp stamped = clock_.Now();
  clock_.Advance(std::chrono::seconds(60));
  ASSERT_TRUE(exports_.Mark(
      kPayment, {Body("<coupa-pay-payment><exported>true</exported></coupa-pay-payment>", Format::kXml),
                 false,
                 std::nullopt,
                 {}}));
  EXPECT_FALSE(Exported()) << "?exported=false wins over the body's true";
  EXPECT_EQ(Load()->GetOr(payment::kLastExportedAt, Timestamp{}), stamped);
  EXPECT_EQ(UpdatedAt(), clock_.Now()) << "unmarking is a change too";
}

TEST_F(PaymentExportTest, ExportImpliesTrueUnlessTheRequestSaysOtherwise) {
  ASSERT_TRUE(exports_.Mark(kPayment, {nullptr, std::nullopt, true, {}}));
  EXPECT_TRUE(Exported());
  ASSERT_TRUE(exports_.Mark(kPayment, {Body(R"({"exported": false})"), std::nullopt, true, {}}));
  EXPECT_FALSE(Exported()) << "the body says false";
  auto null = exports_.Mark(kPayment, {Body(R"({"exported": null})"), std::nullopt, true, {}});
  ASSERT_FALSE(null) << "an explicit null is no boolean, implied or not";
  ASSERT_EQ(null.error().field_errors.size(), 1U);
  EXPECT_EQ(null.error().message, "exported must be true or false");
  EXPECT_FALSE(Exported());
}

TEST_F(PaymentExportTest, MarkingToTheValueItHasWritesNothing) {
  const Timestamp before = UpdatedAt();
  clock_.Advance(std::chrono::seconds(60));
  for (const ExportMark& mark :
       {ExportMark{nullptr, false, std::nullopt, {}},
        ExportMark{Body(R"({"exported": false})"), std::nullopt, std::nullopt, {}}}) {
    storage::testing::FailingStore counting(*store_, storage::testing::FailAt{1});
    ASSERT_TRUE(PaymentExports(counting, catalog_, clock_).Mark(kPayment, mark));
    EXPECT_EQ(counting.writes(), 0) << "not even a commit";
  }
  EXPECT_EQ(UpdatedAt(), before);

  ASSERT_TRUE(exports_.Mark(kPayment, {nullptr, true, std::nullopt, {}}));
  const Timestamp marked = clock_.Now();
  clock_.Advance(std::chrono::seconds(60));
  ASSERT_TRUE(exports_.Mark(kPayment, {nullptr, true, std::nullopt, {}}));
  EXPECT_EQ(UpdatedAt(), marked);
  EXPECT_EQ(Load()->GetOr(payment::kLastExportedAt, Timestamp{}), marked) << "the first export's time stays";
}

// A client that GETs the payment, sets exported and PUTs all of it back.
TEST_F(PaymentExportTest, ThePaymentSentBackAsShownWithExportedSetIsAccepted) {
  for (const Format format : {Format::kXml, Format::kJson}) {
    SCOPED_TRACE(format == Format::kXml ? "xml" : "json");
    std::string body = Shown(format);
    const bool was = Exported();
    const std::string from = format == Format::kXml
                                 ? fmt::format(R"(<exported type="boolean">{}</exported>)", was)
                                 : fmt::format(R"("exported":{})", was);
    const std::string to = format == Format::kXml
                               ? fmt::format(R"(<exported type="boolean">{}</exported>)", !was)
                               : fmt::format(R"("exported":{})", !was);
    const size_t at = body.find(from);
    ASSERT_NE(at, std::string::npos) << body;
    body.replace(at, from.size(), to);
    EXPECT_TRUE(body.find("<issuing-bank>XYZBank</issuing-bank>") != std::string::npos ||
                body.find(R"("issuing-bank":"XYZBank")") != std::string::npos)
        << "the body embeds the partner: " << body;
    auto s = exports_.Mark(kPayment, {Body(body, format), std::nullopt, std::nullopt, {}});
    ASSERT_TRUE(s) << s.error().message;
    EXPECT_EQ(Exported(), !was);
    clock_.Advance(std::chrono::seconds(1));
  }
  ASSERT_TRUE(exports_.Mark(
      kPayment, {Body(R"({"updated-at":"2001-01-01T00:00:00Z","updated-by":{"id":3},"exported":false})"),
                 std::nullopt,
                 std::nullopt,
                 {}}))
      << "the copy's updated-at and updated-by are not changes";
}

TEST_F(PaymentExportTest, RefusesAnythingButExportedNamingEachElementAndWritesNothing) {
  struct Case {
    std::string body;  // empty: none
    std::optional<bool> exported;
    std::vector<std::string> paths;
  };
  const std::string detail = std::to_string(detail_id_);
  const Case cases[] = {
      {R"({"status":"draft","exported":true})", std::nullopt, {"status"}},
      {R"({"status":"draft"})", true, {"status"}},
      {R"({"pay-to-total":"125.51","exported":true})", std::nullopt, {"pay-to-total"}},
      {R"({"error-text":"x","status":"cancelled","exported":true})", std::nullopt, {"error-text", "status"}},
      {R"({"id":11,"exported":true})", std::nullopt, {"id"}},
      {R"({"last-exported-at":"2026-01-01T00:00:00Z","exported":true})", std::nullopt, {"last-exported-at"}},
      {R"({"pay-to-account":{"id":99},"exported":true})", std::nullopt, {"pay-to-account"}},
      {R"({"pay-to-account":{"id":2,"type":"CoupaPay::EmployeePaymentAccount"},"exported":true})",
       std::nullopt,
       {"pay-to-account.type"}},
      {R"({"pay-from-account":{"id":1,"payment-partner":{"id":1,"issuing-bank":"Other"}},"exported":true})",
       std::nullopt,
       {"pay-from-account.payment-partner.issuing-bank"}},
      {R"({"payment-details":[{"id":)" + detail + R"(,"payment-total":"1.00"}],"exported":true})",
       std::nullopt,
       {"payment-details[0].payment-total"}},
      {R"({"payment-details":[],"exported":true})", std::nullopt, {"payment-details"}},
      {R"({"payment-details":[{"id":)" + detail + R"(},{"id":12345}],"exported":true})",
       std::nullopt,
       {"payment-details"}},
      {R"({"exported":null})", std::nullopt, {"exported"}},
      {R"({"exported":null})", true, {"exported"}},
      {R"({"status":"completed_successfully"})", std::nullopt, {"exported"}},
      {"", std::nullopt, {"exported"}},
      {R"({"status":"draft"})", std::nullopt, {"exported", "status"}},
  };
  const Timestamp before = UpdatedAt();
  clock_.Advance(std::chrono::seconds(60));
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    auto s = exports_.Mark(kPayment, {c.body.empty() ? nullptr : Body(c.body), c.exported, std::nullopt, {}});
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    std::vector<std::string> paths;
    for (const auto& [path, message] : s.error().field_errors) {
      paths.push_back(path);
      if (path != "exported") {
        EXPECT_NE(message.find("is read-only: only exported"), std::string::npos) << message;
      }
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> want = c.paths;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(paths, want);
  }
  EXPECT_FALSE(Exported());
  EXPECT_EQ(UpdatedAt(), before);
}

TEST_F(PaymentExportTest, AMissingPaymentIsNotFound) {
  auto s = exports_.Mark(kPayment + 1, {nullptr, true, std::nullopt, {}});
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::kNotFound);
}

TEST_F(PaymentExportTest, AFailedWriteAtAnyPointLeavesThePaymentAsItWas) {
  const Timestamp before = UpdatedAt();
  clock_.Advance(std::chrono::seconds(60));
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    PaymentExports through(failing, catalog_, clock_);
    auto s = through.Mark(kPayment, {Body(R"({"exported": true})"), std::nullopt, std::nullopt, {}});
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    auto now = Load();
    EXPECT_EQ(now->GetOr(payment::kExported, true), false) << "write " << n;
    EXPECT_EQ(now->Get(payment::kLastExportedAt), nullptr) << "write " << n;
    EXPECT_EQ(now->GetTime("updated-at"), before) << "write " << n;
  }
  EXPECT_TRUE(Exported());
}

}  // namespace
}  // namespace apbridge::resources::coupa_pay
