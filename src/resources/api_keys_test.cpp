// ApiKeys: issue, authenticate, bootstrap key, permissions.
#include "resources/api_keys.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
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
  auto issued = keys_.Issue({"erp", "invoices:index invoices:show", ""});
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
  auto issued = *keys_.Issue({"erp", "*", ""});
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

TEST(CheckPermissionsTest, AcceptsGrantsOfTheRouteTable) {
  for (std::string_view ok :
       {"*", "invoices:index", "invoices:index invoices:show", "coupa_pay/payments:*", "*:index",
        "invoices:submit approvals:approve", "admin:pay_runs", "admin:*", "  invoices:show  "}) {
    EXPECT_TRUE(CheckPermissions(ok)) << ok;
  }
}

TEST(CheckPermissionsTest, RejectsWhatNoRouteServesNamingTheGrant) {
  struct Case {
    std::string_view permissions;
    std::string_view named;
  };
  for (const Case& c : {Case{"", "needs permissions"}, Case{"invoice:index", "'invoice:index'"},
                        Case{"invoices:index invoices:shw", "'invoices:shw'"}, Case{"invoices", "invoices"},
                        Case{"invoices:", "'invoices:'"}, Case{"*:", "names no action"},
                        Case{"coupa_pay/payments:submit", "submit"}, Case{"admin:reset", "reset"}}) {
    Status s = CheckPermissions(c.permissions);
    ASSERT_FALSE(s) << c.permissions;
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(s.error().message.find(c.named), std::string::npos) << s.error().message;
  }
}

TEST_F(ApiKeysTest, IssueRefusesBadPermissionsATakenNameAndAnUnknownUser) {
  EXPECT_EQ(keys_.Issue({"erp", "invoice:index", ""}).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(keys_.Issue({" ", "*", ""}).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(keys_.Issue({"erp", "*", "nobody"}).error().code, ErrorCode::kInvalidArgument);
  ASSERT_TRUE(keys_.Issue({"erp", "*", ""}));
  EXPECT_EQ(keys_.Issue({"erp", "invoices:index", ""}).error().code, ErrorCode::kConflict);
  EXPECT_EQ(keys_.List()->size(), 1u) << "nothing was stored by the refused ones";
}

TEST_F(ApiKeysTest, AKeyActsAsTheUserNamedByLoginOrId) {
  auto user = model::Record::Make(catalog_.Get("user"));
  user->Set(model::user::kLogin, std::string("erp-integration"));
  int64_t user_id = 0;
  {
    auto uow = *store_->Begin(storage::Store::Access::kWrite);
    user_id = *uow->Insert(*user);
    ASSERT_TRUE(uow->Commit());
  }
  auto by_login = *keys_.Issue({"erp", "invoices:update", "erp-integration"});
  auto by_id = *keys_.Issue({"erp2", "invoices:update", std::to_string(user_id)});
  EXPECT_EQ(keys_.Authenticate(by_login.key)->actor.user_id, user_id);
  EXPECT_EQ(keys_.Authenticate(by_id.key)->actor.user_id, user_id);
  EXPECT_EQ(keys_.List()->front().user, "erp-integration");
}

TEST_F(ApiKeysTest, ListShowsNoSecretAndRevokeEndsAKeyByIdOrName) {
  auto first = *keys_.Issue({"first", "invoices:index", ""});
  auto second = *keys_.Issue({"second", "*", ""});
  auto listed = *keys_.List();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].name, "first");
  EXPECT_EQ(listed[0].prefix, first.key.substr(0, 4));
  EXPECT_EQ(listed[0].permissions, "invoices:index");
  EXPECT_TRUE(listed[0].active);

  ASSERT_TRUE(keys_.Revoke("first"));
  ASSERT_TRUE(keys_.Revoke(std::to_string(second.id)));
  ASSERT_TRUE(keys_.Revoke("first")) << "revoking twice is fine";
  EXPECT_EQ(keys_.Authenticate(first.key).error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(keys_.Authenticate(second.key).error().code, ErrorCode::kUnauthenticated);
  EXPECT_FALSE(keys_.List()->front().active);
  EXPECT_EQ(keys_.Revoke("nobody").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(keys_.Revoke("999").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace apbridge::resources
