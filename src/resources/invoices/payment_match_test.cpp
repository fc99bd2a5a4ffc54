// MatchApprovedInvoice: by id, or by number and supplier (number first, then
// name) within the invoice date; approved only; exactly one.
#include "resources/invoices/payment_match.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;

class PaymentMatchTest : public ::testing::Test {
 protected:
  // Suppliers 1 "Acme" (number S-1) and 2 "Globex" (S-2), and a second
  // "Acme" (3, S-3); invoices by number, supplier, status and date.
  void SetUp() override {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    for (auto [id, name, number] : {std::tuple{1, "Acme", "S-1"}, {2, "Globex", "S-2"}, {3, "Acme", "S-3"}}) {
      auto s = model::Record::Make(catalog_.Get("supplier"));
      s->Set(model::supplier::kId, int64_t{id});
      s->Set(model::supplier::kName, std::string(name));
      s->Set(model::supplier::kNumber, std::string(number));
      ASSERT_TRUE(uow->Insert(*s));
    }
    Invoice(*uow, 10, "INV-1", 1, "approved", "2026-03-01");
    Invoice(*uow, 11, "INV-1", 2, "approved", "2026-03-01");
    Invoice(*uow, 12, "INV-2", 1, "pending_approval", "2026-03-02");
    Invoice(*uow, 13, "INV-3", 1, "approved", "2026-03-03");
    Invoice(*uow, 14, "INV-3", 3, "approved", "2026-04-03");
    ASSERT_TRUE(uow->Commit());
  }
  void Invoice(storage::UnitOfWork& uow, int64_t id, std::string number, int64_t supplier, std::string status,
               std::string date) {
    auto inv = model::Record::Make(catalog_.Get("invoice-header"));
    inv->Set(header::kId, id);
    inv->Set(header::kInvoiceNumber, std::move(number));
    auto s = model::Record::Make(catalog_.Get("supplier"));
    s->Set(model::supplier::kId, supplier);
    inv->Set(header::kSupplier, s);
    inv->Set(header::kStatus, std::move(status));
    inv->Set(header::kInvoiceDate, *ParseTimestamp(date + "T00:00:00Z"));
    ASSERT_TRUE(uow.Insert(*inv));
  }
  Result<int64_t> Match(const InvoiceKey& key) {
    auto uow = *store_->Begin(storage::Store::Access::kRead);
    return MatchApprovedInvoice(*uow, catalog_, key);
  }
  static Timestamp Day(const std::string& date) { return *ParseTimestamp(date + "T00:00:00Z"); }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
};

TEST_F(PaymentMatchTest, ByNumberAndSupplierNumberOrName) {
  EXPECT_EQ(Match({std::nullopt, "INV-1", "S-2", "", std::nullopt}).value_or(0), 11);
  EXPECT_EQ(Match({std::nullopt, "INV-1", "", "Globex", std::nullopt}).value_or(0), 11);
  EXPECT_EQ(Match({std::nullopt, "inv-1", "", "globex", std::nullopt}).value_or(0), 11)
      << "any case, as Coupa";
  EXPECT_EQ(Match({std::nullopt, "INV-1", "S-9", "Acme", std::nullopt}).value_or(0), 10)
      << "an unknown number falls back to the name";
  EXPECT_EQ(Match({std::nullopt, "INV-1", "S-1", "Globex", std::nullopt}).value_or(0), 10)
      << "the number first";
}

TEST_F(PaymentMatchTest, ByIdAloneOnlyWhenApproved) {
  EXPECT_EQ(Match({13, "", "", "", std::nullopt}).value_or(0), 13);
  auto pending = Match({12, "", "", "", std::nullopt});
  ASSERT_FALSE(pending);
  EXPECT_NE(pending.error().message.find("pending_approval"), std::string::npos) << pending.error().message;
  auto none = Match({99, "", "", "", std::nullopt});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().field_errors.front().first, "id");
}

TEST_F(PaymentMatchTest, TwoMatchesNeedTheDateAndOnlyApprovedOnesCount) {
  auto two = Match({std::nullopt, "INV-3", "", "Acme", std::nullopt});
  ASSERT_FALSE(two);
  EXPECT_NE(two.error().message.find("2 approved invoices match"), std::string::npos) << two.error().message;
  EXPECT_EQ(Match({std::nullopt, "INV-3", "", "Acme", Day("2026-04-03")}).value_or(0), 14);
  auto not_approved = Match({std::nullopt, "INV-2", "S-1", "", std::nullopt});
  ASSERT_FALSE(not_approved);
  EXPECT_NE(not_approved.error().message.find("12 (pending_approval)"), std::string::npos)
      << not_approved.error().message;
}

TEST_F(PaymentMatchTest, AKeyThatNamesNothingSaysWhy) {
  const std::pair<InvoiceKey, std::string> cases[] = {
      {{std::nullopt, "", "S-1", "", std::nullopt}, "invoice-number"},
      {{std::nullopt, "INV-1", "", "", std::nullopt}, "supplier"},
      {{std::nullopt, "INV-1", "S-9", "Nobody", std::nullopt}, "supplier"},
      {{std::nullopt, "INV-9", "S-1", "", std::nullopt}, "invoice-number"},
      {{std::nullopt, "INV-1", "S-1", "", Day("2027-01-01")}, "invoice-number"},
  };
  for (const auto& [key, element] : cases) {
    auto r = Match(key);
    ASSERT_FALSE(r) << element;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    ASSERT_EQ(r.error().field_errors.size(), 1u);
    EXPECT_EQ(r.error().field_errors.front().first, element) << r.error().message;
  }
}

}  // namespace
}  // namespace apbridge::resources::invoices
