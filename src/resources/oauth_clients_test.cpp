// OAuthClients: registering, token requests (grant, client, scopes), bearer
// authentication, expiry, revocation, and token requests that fail write nothing.
#include "resources/oauth_clients.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources {
namespace {

class OAuthClientsTest : public ::testing::Test {
 protected:
  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-01-01T00:00:00Z")};
  OAuthClients clients_{*store_, catalog_, clock_};

  IssuedClient Register(std::string scopes = "core.invoice.read core.invoice.write") {
    auto issued = clients_.Register({"erp", std::move(scopes), ""});
    EXPECT_TRUE(issued) << issued.error().message;
    return *issued;
  }
  Result<AccessToken> Token(const IssuedClient& c, std::optional<std::string> scope = std::nullopt) {
    return clients_.IssueToken({"client_credentials", c.client_id, c.client_secret, std::move(scope)});
  }
  int64_t Tokens() {
    auto uow = *store_->Begin(storage::Store::Access::kRead);
    query::Query all;
    all.resource = &catalog_.Get("oauth-token");
    return *uow->Count(all);
  }
};

TEST_F(OAuthClientsTest, TokenActsWithTheGrantedScopesOnly) {
  IssuedClient c = Register();
  EXPECT_EQ(c.client_secret.size(), 48u);
  auto token = Token(c, "core.invoice.read");
  ASSERT_TRUE(token) << token.error().message;
  EXPECT_EQ(token->expires_in, 86399);
  EXPECT_EQ(token->scope, "core.invoice.read");
  auto who = clients_.Authenticate(token->token);
  ASSERT_TRUE(who) << who.error().message;
  EXPECT_EQ(who->credential, Principal::Credential::kBearerToken);
  EXPECT_EQ(who->name, "erp");
  EXPECT_TRUE(who->Allows("invoices", "index"));
  EXPECT_TRUE(who->Allows("invoices", "show"));
  EXPECT_FALSE(who->Allows("invoices", "update")) << "core.invoice.write was not asked for";
  EXPECT_FALSE(who->Allows("invoices", "submit"));
  EXPECT_FALSE(who->Allows("coupa_pay/payments", "index"));
}

TEST_F(OAuthClientsTest, ScopesAreTheIntersectionAndUnknownOnesAreIgnored) {
  IssuedClient c = Register();
  auto token =
      Token(c, "openid core.invoice.write core.po.read made.up core.invoice.write core.invoice.read");
  ASSERT_TRUE(token);
  EXPECT_EQ(token->scope, "core.invoice.write core.invoice.read");
  auto all = Token(c);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->scope, "core.invoice.read core.invoice.write")
      << "no scope asked: every scope of the client";
  auto none = Token(c, "core.pay.payments.read made.up");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().oauth_error, "invalid_scope");
  EXPECT_EQ(none.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(OAuthClientsTest, BadRequestsGetTheirOAuthCodeAndWriteNothing) {
  IssuedClient c = Register();
  struct Case {
    TokenRequest request;
    ErrorCode code;
    std::string oauth;
  };
  std::string wrong = c.client_secret;
  wrong.back() = wrong.back() == 'a' ? 'b' : 'a';
  std::string upper = c.client_id;
  for (char& ch : upper) ch = static_cast<char>(std::toupper(ch));
  const Case cases[] = {
      {{"", c.client_id, c.client_secret, {}}, ErrorCode::kInvalidArgument, "invalid_request"},
      {{"password", c.client_id, c.client_secret, {}}, ErrorCode::kInvalidArgument, "unsupported_grant_type"},
      {{"client_credentials", c.client_id, wrong, {}}, ErrorCode::kUnauthenticated, "invalid_client"},
      {{"client_credentials", "", "", {}}, ErrorCode::kUnauthenticated, "invalid_client"},
      {{"client_credentials", "nobody", c.client_secret, {}}, ErrorCode::kUnauthenticated, "invalid_client"},
  };
  for (const Case& k : cases) {
    auto r = clients_.IssueToken(k.request);
    ASSERT_FALSE(r) << k.oauth;
    EXPECT_EQ(r.error().code, k.code) << k.oauth;
    EXPECT_EQ(r.error().oauth_error, k.oauth);
  }
  if (upper != c.client_id) {
    EXPECT_FALSE(clients_.IssueToken({"client_credentials", upper, c.client_secret, {}})) << "ids are exact";
  }
  EXPECT_EQ(Tokens(), 0);
}

TEST_F(OAuthClientsTest, TokensExpireAndAreDeletedByALaterRequest) {
  IssuedClient c = Register();
  auto first = *Token(c);
  clock_.Advance(std::chrono::seconds(86398));
  EXPECT_TRUE(clients_.Authenticate(first.token));
  clock_.Advance(std::chrono::seconds(1));
  auto expired = clients_.Authenticate(first.token);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(Tokens(), 1);
  ASSERT_TRUE(Token(c));
  EXPECT_EQ(Tokens(), 1) << "the expired token went";
}

TEST_F(OAuthClientsTest, RevokingTheClientRefusesItsTokensAndNewOnes) {
  IssuedClient c = Register();
  auto token = *Token(c);
  ASSERT_TRUE(clients_.Revoke("erp"));
  EXPECT_FALSE(clients_.Authenticate(token.token));
  auto again = Token(c);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().oauth_error, "invalid_client");
  EXPECT_EQ(clients_.Revoke("nobody").error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(clients_.Revoke(c.client_id)) << "by client id too, twice is fine";
}

TEST_F(OAuthClientsTest, RegisterValidatesAndStoresOnlyHashes) {
  EXPECT_EQ(clients_.Register({"", "core.invoice.read", ""}).error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(clients_.Register({"x", "", ""}).error().code, ErrorCode::kInvalidArgument);
  auto typo = clients_.Register({"x", "core.invoice.raed", ""});
  ASSERT_FALSE(typo);
  EXPECT_NE(typo.error().message.find("core.invoice.raed"), std::string::npos);
  EXPECT_EQ(clients_.Register({"x", "core.invoice.read", "no-such-user"}).error().code,
            ErrorCode::kInvalidArgument);
  IssuedClient c = Register();
  EXPECT_EQ(clients_.Register({"ERP", "core.invoice.read", ""}).error().code, ErrorCode::kConflict);
  auto token = *Token(c);
  auto uow = *store_->Begin(storage::Store::Access::kRead);
  auto client = *uow->Get(c.id, *catalog_.Get("oauth-client").projection(model::Shape::kStored));
  EXPECT_NE(client->GetOr(model::oauth_client::kSecretHash, ""), c.client_secret);
  query::Query all;
  all.resource = &catalog_.Get("oauth-token");
  auto rows = *uow->Find(all, *catalog_.Get("oauth-token").projection(model::Shape::kStored));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(rows[0]->GetOr(model::oauth_token::kTokenHash, ""), token.token);
  auto listed = *clients_.List();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].client_id, c.client_id);
  EXPECT_TRUE(listed[0].active);
}

TEST_F(OAuthClientsTest, AFailedTokenRequestLeavesNoToken) {
  IssuedClient c = Register();
  auto old = *Token(c);
  clock_.Advance(std::chrono::seconds(90000));  // `old` expired: the request also deletes it
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    OAuthClients through(failing, catalog_, clock_);
    auto r = through.IssueToken({"client_credentials", c.client_id, c.client_secret, {}});
    if (!failing.failed()) {
      ASSERT_TRUE(r);
      break;
    }
    ASSERT_FALSE(r);
    EXPECT_EQ(Tokens(), 1) << "write " << n << ": the expired token stays, no new one";
  }
  EXPECT_EQ(Tokens(), 1);
  EXPECT_FALSE(clients_.Authenticate(old.token));
}

TEST_F(OAuthClientsTest, EnsureKeepsTheDemoClientAsGiven) {
  const std::string id = "demo-core-client", secret = "demo-secret-0123456789";
  ASSERT_TRUE(clients_.Ensure(id, secret, "demo", "core.invoice.read", {}));
  ASSERT_TRUE(clients_.Ensure(id, secret, "demo", "core.invoice.read core.pay.payments.read", {}));
  EXPECT_EQ(clients_.List()->size(), 1u);
  auto token = clients_.IssueToken({"client_credentials", id, secret, {}});
  ASSERT_TRUE(token);
  EXPECT_EQ(token->scope, "core.invoice.read core.pay.payments.read");
}

}  // namespace
}  // namespace apbridge::resources
