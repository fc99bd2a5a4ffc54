// ResponseFilters: name, resource and fields validation, uniqueness, list,
// remove, and the look-up `filter=<name>` uses.
#include "resources/response_filters.hpp"

#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources {
namespace {

constexpr const char* kSummary = R"(["id","invoice-number",{"supplier":["name","number"]}])";

class ResponseFiltersTest : public ::testing::Test {
 protected:
  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-01-01T00:00:00Z")};
  ResponseFilters filters_{*store_, catalog_, clock_, codec::ParseFieldSelection};
};

TEST_F(ResponseFiltersTest, CreatesValidFilters) {
  struct Case {
    NewResponseFilter input;
    std::string stored_resource;
  };
  const Case cases[] = {
      {{"erp", "invoices", kSummary, "for the ERP"}, "invoices"},
      {{"ERP_Invoices-2", "Invoices", R"(["invoice_number","gross_total"])", ""}, "invoices"},
      {{"payments", "coupa_pay/payments", R"(["id","status",{"payment-details":["payment-total"]}])", ""},
       "coupa_pay/payments"},
      {{"copied-endpoint", "/api/coupa_pay/payments/", R"(["id"])", ""}, "coupa_pay/payments"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input.name);
    auto created = filters_.Create(c.input);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->name, c.input.name);
    EXPECT_EQ(created->resource, c.stored_resource);
    EXPECT_EQ(created->fields, c.input.fields) << "fields are stored as given";
    EXPECT_EQ(created->description, c.input.description);
    EXPECT_EQ(created->created_at, clock_.Now());
  }
}

TEST_F(ResponseFiltersTest, RejectsInvalidInputNamingTheProblem) {
  struct Case {
    NewResponseFilter input;
    std::string message;
  };
  const Case cases[] = {
      {{"", "invoices", kSummary, ""}, "name"},
      {{"has space", "invoices", kSummary, ""}, "'has space' is not a valid filter name"},
      {{"dot.name", "invoices", kSummary, ""}, "not a valid filter name"},
      {{"semi;colon", "invoices", kSummary, ""}, "not a valid filter name"},
      {{"caf\xc3\xa9", "invoices", kSummary, ""}, "not a valid filter name"},
      {{std::string(256, 'a'), "invoices", kSummary, ""}, "not a valid filter name"},
      {{"x", "suppliers", kSummary, ""}, "'suppliers' is not a resource filters apply to (one of invoices"},
      {{"x", "invoice-header", kSummary, ""}, "resource"},
      {{"x", "", kSummary, ""}, "resource"},
      {{"x", "invoices", "not-json", ""}, "fields: not valid JSON"},
      {{"x", "invoices", R"({"id":1})", ""}, "fields: not an array"},
      {{"x", "invoices", "[]", ""}, "fields: the selection must name at least one field"},
      {{"x", "invoices", "", ""}, "fields"},
      {{"x", "invoices", R"(["no-such-field"])", ""},
       "fields: 'no-such-field' is not a field of invoice-header"},
      {{"x", "invoices", R"([{"supplier":["nope"]}])", ""}, "'nope' is not a field of supplier"},
      {{"x", "invoices", R"([{"status":["x"]}])", ""}, "'status' has no fields to select"},
      {{"x", "invoices", R"(["supplier-api-id"])", ""}, "'supplier-api-id' is not a field"},  // not API-out
      {{"x", "coupa_pay/payments", R"(["invoice-number"])", ""}, "not a field of coupa-pay-payment"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input.name + " " + c.input.resource + " " + c.input.fields);
    auto created = filters_.Create(c.input);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(created.error().message.find(c.message), std::string::npos) << created.error().message;
  }
  EXPECT_TRUE(filters_.List()->empty()) << "nothing is stored on a rejected create";
}

TEST_F(ResponseFiltersTest, NamesAreUniqueCaseInsensitively) {
  ASSERT_TRUE(filters_.Create({"erp", "invoices", kSummary, ""}));
  for (const char* name : {"erp", "ERP"}) {
    auto again = filters_.Create({name, "coupa_pay/payments", R"(["id"])", ""});
    ASSERT_FALSE(again) << name;
    EXPECT_EQ(again.error().code, ErrorCode::kConflict);
    EXPECT_NE(again.error().message.find("'erp' already exists"), std::string::npos) << again.error().message;
  }
  EXPECT_EQ(filters_.List()->size(), 1u);
}

TEST_F(ResponseFiltersTest, ListsByNameFindsAndRemoves) {
  for (const char* name : {"zeta", "alpha", "Mid"})
    ASSERT_TRUE(filters_.Create({name, "invoices", kSummary, ""}));
  auto all = filters_.List();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].name, "alpha");
  EXPECT_EQ((*all)[1].name, "Mid");
  EXPECT_EQ((*all)[2].name, "zeta");

  auto found = filters_.Find("MID");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->name, "Mid");
  EXPECT_EQ(found->fields, kSummary);

  ASSERT_TRUE(filters_.Remove("alpha"));
  EXPECT_EQ(filters_.List()->size(), 2u);
  for (const char* name : {"alpha", "nothing", "bad name", ""}) {
    auto removed = filters_.Remove(name);
    ASSERT_FALSE(removed) << name;
    EXPECT_EQ(removed.error().code, ErrorCode::kNotFound) << name;
    EXPECT_EQ(filters_.Find(name).error().code, ErrorCode::kNotFound) << name;
  }
}

TEST_F(ResponseFiltersTest, SelectionForBindsToTheFiltersResourceOnly) {
  ASSERT_TRUE(filters_.Create({"erp", "invoices", R"(["invoice_number",{"supplier":["name"]}])", ""}));
  const model::Resource& invoice = catalog_.Get("invoice-header");
  auto selection = filters_.SelectionFor("erp", invoice);
  ASSERT_TRUE(selection) << selection.error().message;
  ASSERT_EQ(selection->children.size(), 2u);
  EXPECT_EQ(selection->children.count("invoice-number"), 1u) << "bound to wire names";
  EXPECT_EQ(selection->children.at("supplier").children.count("name"), 1u);

  struct Case {
    std::string name;
    std::string resource;
    ErrorCode code;
    std::string message;
  };
  const Case cases[] = {
      {"nope", "invoice-header", ErrorCode::kNotFound, "no response filter named 'nope'"},
      {"", "invoice-header", ErrorCode::kNotFound, "no response filter"},
      {"erp", "coupa-pay-payment", ErrorCode::kInvalidArgument,
       "response filter 'erp' is defined for invoices, not coupa_pay/payments"},
      {"erp", "supplier", ErrorCode::kInvalidArgument, "response filters do not apply to supplier"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name + " on " + c.resource);
    auto r = filters_.SelectionFor(c.name, catalog_.Get(c.resource));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, c.code);
    EXPECT_NE(r.error().message.find(c.message), std::string::npos) << r.error().message;
  }
}

TEST_F(ResponseFiltersTest, EnsureKeepsAnExistingFilter) {
  const NewResponseFilter summary{"erp_invoice_summary", "invoices",
                                  R"(["id","invoice-number",{"supplier":["name","number"]}])", "first"};
  ASSERT_TRUE(filters_.Ensure(summary));
  ASSERT_TRUE(filters_.Ensure(summary));
  auto all = filters_.List();
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ((*all)[0].name, "erp_invoice_summary");
  EXPECT_TRUE(filters_.SelectionFor("erp_invoice_summary", catalog_.Get("invoice-header")));

  ASSERT_TRUE(filters_.Ensure({"erp_invoice_summary", "invoices", R"(["id"])", "changed"}));
  EXPECT_EQ(filters_.Find("erp_invoice_summary")->description, (*all)[0].description) << "kept as it was";
  EXPECT_EQ(filters_.Ensure({"bad name", "invoices", R"(["id"])", ""}).error().code,
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace apbridge::resources
