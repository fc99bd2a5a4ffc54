// The route table names catalog resources, once each, and looks them up leniently.
#include "model/api_resources.hpp"

#include <gtest/gtest.h>

#include <set>

#include "model/catalog.hpp"

namespace apbridge::model {
namespace {

TEST(ApiResourcesTest, EachServesACatalogResourceOnceUnderItsOwnPath) {
  std::set<std::string_view> names, paths, resources;
  for (const ApiResource& r : ApiResources()) {
    EXPECT_NE(Catalog::Coupa().Find(r.resource), nullptr) << r.resource;
    EXPECT_TRUE(r.path.starts_with("/api/")) << r.path;
    EXPECT_TRUE(names.insert(r.name).second) << r.name;
    EXPECT_TRUE(paths.insert(r.path).second) << r.path;
    EXPECT_TRUE(resources.insert(r.resource).second) << r.resource;
    EXPECT_EQ(ApiResourceServing(r.resource), &r);
  }
  EXPECT_NE(ApiResourceNames().find("coupa_pay/payments"), std::string::npos);
}

TEST(ApiResourcesTest, NamedAcceptsCopiedEndpoints) {
  for (std::string_view name : {"invoices", "Invoices", "/api/invoices/", " api/invoices"}) {
    ASSERT_NE(ApiResourceNamed(name), nullptr) << name;
    EXPECT_EQ(ApiResourceNamed(name)->resource, "invoice-header");
  }
  EXPECT_EQ(ApiResourceNamed("suppliers"), nullptr);
  EXPECT_EQ(ApiResourceServing("supplier"), nullptr);
}

}  // namespace
}  // namespace apbridge::model
