// ApiKeys: issue, authenticate, bootstrap key, permissions.
#include "resources/api_keys.hpp"

#include <gtest/gtest.h>

#include "storage/testing/temp_store.hpp"

namespace apbridge::resources {
namespace {

class ApiKeysTest : public ::testing::Test {
 protected:
  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-01-01T00:00:00Z")};
  ApiKeys keys_{*store_, catalog_, clock_};
};

TEST_F(ApiKeysTest, IssuedKeyAuthenticatesAndIsStoredHashed) {
  auto issued = keys_.Issue("erp", "invoices:index invoices:show");
  ASSERT_TRUE(issued) << issued.error().details;
  EXPECT_EQ(issued->key.size(), 40u);
  auto who = keys_.Authenticate(issued->key);
  ASSERT_TRUE(who);
  EXPECT_EQ(who->name, "erp");
  EXPECT_TRUE(who->Allows("invoices", "show"));
  EXPECT_FALSE(who->Allows("invoices", "update"));
  EXPECT_FALSE(who->Allows("coupa_pay/payments", "index"));
  // The stored row holds no trace of the secret beyond its prefix.
  auto uow = *store_->Begin(storage::Store::Access::kRead);
  auto row = *uow->Get(issued->id, *catalog_.Get("api-key").projection(model::Shape::kStored));
  EXPECT_NE(row->GetString("key-hash"), issued->key);
  EXPECT_EQ(row->GetString("key-hash")->size(), 64u);
}

TEST_F(ApiKeysTest, RejectsWrongMissingAndAlmostRightKeys) {
  auto issued = *keys_.Issue("erp", "*");
  std::string almost = issued.key;
  almost.back() = almost.back() == 'a' ? 'b' : 'a';
  std::string lower = issued.key;
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  for (const std::string& bad : {std::string(), almost, std::string(300, 'x'), issued.key + " "}) {
    auto r = keys_.Authenticate(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kUnauthenticated);
  }
  if (lower != issued.key) {
    EXPECT_FALSE(keys_.Authenticate(lower)) << "keys are case-sensitive";
  }
}

TEST_F(ApiKeysTest, EnsureIsIdempotentAndValidates) {
  const std::string admin = "admin-bootstrap-key-0123456789";
  ASSERT_TRUE(keys_.Ensure(admin, "admin", "*"));
  ASSERT_TRUE(keys_.Ensure(admin, "admin", "*"));
  auto who = keys_.Authenticate(admin);
  ASSERT_TRUE(who);
  EXPECT_TRUE(who->Allows("anything", "at-all"));
  auto uow = *store_->Begin(storage::Store::Access::kRead);
  query::Query all;
  all.resource = &catalog_.Get("api-key");
  EXPECT_EQ(*uow->Count(all), 1);
  EXPECT_EQ(keys_.Ensure("short", "admin", "*").error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace apbridge::resources
