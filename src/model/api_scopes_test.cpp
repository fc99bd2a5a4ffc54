// Every action of the route table has a known scope; reads and changes differ.
#include "model/api_scopes.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "model/api_resources.hpp"

namespace apbridge::model {
namespace {

bool Known(std::string_view scope) {
  auto known = KnownScopes();
  return std::find(known.begin(), known.end(), scope) != known.end();
}

TEST(ApiScopesTest, EveryGrantableActionNeedsAKnownScope) {
  std::vector<std::string_view> names{kAdminResource};
  for (const ApiResource& r : ApiResources()) names.push_back(r.name);
  for (std::string_view name : names) {
    for (std::string_view action : ActionsOf(name)) {
      std::string_view scope = ScopeFor(name, action);
      EXPECT_FALSE(scope.empty()) << name << ":" << action;
      EXPECT_TRUE(Known(scope)) << scope;
    }
  }
}

TEST(ApiScopesTest, ReadsNeedReadScopesAndChangesTheirOwn) {
  EXPECT_EQ(ScopeFor("invoices", "index"), "core.invoice.read");
  EXPECT_EQ(ScopeFor("invoices", "show"), "core.invoice.read");
  EXPECT_EQ(ScopeFor("invoices", "retrieve_image_scan"), "core.invoice.read");
  EXPECT_EQ(ScopeFor("invoices", "update"), "core.invoice.write");
  EXPECT_EQ(ScopeFor("invoices", "submit"), "core.invoice.write");
  EXPECT_EQ(ScopeFor("invoices", "create"), "core.invoice.create");
  EXPECT_EQ(ScopeFor("invoices", "destroy"), "core.invoice.delete");
  EXPECT_EQ(ScopeFor("invoices", "bypass_approvals"), "core.invoice.approval.bypass");
  EXPECT_EQ(ScopeFor("coupa_pay/payments", "index"), "core.pay.payments.read");
  EXPECT_EQ(ScopeFor("coupa_pay/payments", "update"), "core.pay.payments.write");
  EXPECT_EQ(ScopeFor("approvals", "approve"), "core.approval.write");
}

TEST(ApiScopesTest, UnknownPairsHaveNoScope) {
  EXPECT_EQ(ScopeFor("invoices", "approve"), "");
  EXPECT_EQ(ScopeFor("suppliers", "index"), "");
  EXPECT_TRUE(Known(kSupplierInvoicesRead));
}

}  // namespace
}  // namespace apbridge::model
