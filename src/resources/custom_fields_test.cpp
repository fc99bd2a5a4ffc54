// CustomFields: definitions, their rules, removal that keeps values, and the
// catalog built from them.
#include "resources/custom_fields.hpp"

#include <gtest/gtest.h>

#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources {
namespace {

using model::CustomFieldDef;
using model::CustomFieldType;

class CustomFieldsTest : public ::testing::Test {
 protected:
  std::vector<std::string> Names() {
    auto active = fields_.Active();
    EXPECT_TRUE(active) << active.error().message;
    std::vector<std::string> out;
    for (const CustomFieldDef& d : *active) out.push_back(d.resource + "." + d.name);
    return out;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-01-01T00:00:00Z")};
  CustomFields fields_{*store_, catalog_, clock_};
};

TEST_F(CustomFieldsTest, AddsFieldsWithWireNamesInTheOrderOfTheirResource) {
  ASSERT_TRUE(fields_.Add({"invoice_line", "cost_type", CustomFieldType::kString, {"capex", " opex"}}));
  ASSERT_TRUE(fields_.Add({"invoice-header", "erp-document-number", CustomFieldType::kString, {}}));
  ASSERT_TRUE(fields_.Add({"Invoice-Header", "ERP_Posted", CustomFieldType::kBoolean, {}}));
  EXPECT_EQ(Names(), (std::vector<std::string>{"invoice-header.erp-document-number",
                                               "invoice-header.erp-posted", "invoice-line.cost-type"}));
  auto active = fields_.Active();
  ASSERT_TRUE(active);
  EXPECT_EQ(active->back().values, (std::vector<std::string>{"capex", "opex"})) << "values are trimmed";
  EXPECT_EQ((*active)[1].type, CustomFieldType::kBoolean);
}

TEST_F(CustomFieldsTest, RefusesWhatBreaksARuleAndStoresNothing) {
  struct Case {
    CustomFieldDef def;
    ErrorCode code;
    std::string message;
  };
  const Case cases[] = {
      {{"supplier", "x", CustomFieldType::kString, {}},
       ErrorCode::kInvalidArgument,
       "takes no custom fields"},
      {{"no-such", "x", CustomFieldType::kString, {}}, ErrorCode::kInvalidArgument, "takes no custom fields"},
      {{"invoice-header", "", CustomFieldType::kString, {}},
       ErrorCode::kInvalidArgument,
       "custom field name"},
      {{"invoice-header", "1st", CustomFieldType::kString, {}},
       ErrorCode::kInvalidArgument,
       "custom field name"},
      {{"invoice-header", "has space", CustomFieldType::kString, {}}, ErrorCode::kInvalidArgument, "name"},
      {{"invoice-header", "caf\xc3\xa9", CustomFieldType::kString, {}}, ErrorCode::kInvalidArgument, "name"},
      {{"invoice-header", std::string(65, 'a'), CustomFieldType::kString, {}},
       ErrorCode::kInvalidArgument,
       "64 at most"},
      {{"invoice-header", "flag", CustomFieldType::kBoolean, {"yes"}},
       ErrorCode::kInvalidArgument,
       "only string custom fields take a list of values"},
      {{"invoice-header", "kind", CustomFieldType::kString, {"a", " "}},
       ErrorCode::kInvalidArgument,
       "blank"},
      {{"invoice-header", "kind", CustomFieldType::kString, {"a\nb"}},
       ErrorCode::kInvalidArgument,
       "line break"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.def.name);
    auto added = fields_.Add(c.def);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, c.code);
    EXPECT_NE(added.error().message.find(c.message), std::string::npos) << added.error().message;
  }
  EXPECT_TRUE(Names().empty());
}

TEST_F(CustomFieldsTest, ANameIsDefinedOncePerResource) {
  ASSERT_TRUE(fields_.Add({"invoice-header", "erp-number", CustomFieldType::kString, {}}));
  auto again = fields_.Add({"invoice-header", "erp_number", CustomFieldType::kInteger, {}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  ASSERT_TRUE(fields_.Ensure({"invoice-header", "erp-number", CustomFieldType::kString, {}}));
  ASSERT_TRUE(fields_.Add({"invoice-line", "erp-number", CustomFieldType::kString, {}}))
      << "another resource";
  EXPECT_EQ(Names().size(), 2U);
}

TEST_F(CustomFieldsTest, ARemovedFieldComesBackOnlyWithItsType) {
  ASSERT_TRUE(fields_.Add({"invoice-header", "erp-number", CustomFieldType::kString, {}}));
  ASSERT_TRUE(fields_.Remove("invoice_header", "erp_number"));
  EXPECT_TRUE(Names().empty());
  auto again = fields_.Remove("invoice-header", "erp-number");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kNotFound);

  auto retyped = fields_.Add({"invoice-header", "erp-number", CustomFieldType::kDecimal, {}});
  ASSERT_FALSE(retyped);
  EXPECT_NE(retyped.error().message.find("add it again as string"), std::string::npos)
      << retyped.error().message;
  ASSERT_TRUE(fields_.Add({"invoice-header", "erp-number", CustomFieldType::kString, {}}));
  EXPECT_EQ(Names(), (std::vector<std::string>{"invoice-header.erp-number"}));
}

TEST_F(CustomFieldsTest, AFailedWriteLeavesTheDefinitionsAsTheyWere) {
  ASSERT_TRUE(fields_.Add({"invoice-header", "kept", CustomFieldType::kString, {}}));
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    CustomFields through(failing, catalog_, clock_);
    auto added = through.Add({"invoice-header", "erp-number", CustomFieldType::kString, {}});
    if (!failing.failed()) {
      ASSERT_TRUE(added);
      break;
    }
    ASSERT_FALSE(added);
    EXPECT_EQ(Names(), (std::vector<std::string>{"invoice-header.kept"})) << "failed at write " << n;
  }
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    CustomFields through(failing, catalog_, clock_);
    auto removed = through.Remove("invoice-header", "kept");
    if (!failing.failed()) {
      ASSERT_TRUE(removed);
      break;
    }
    ASSERT_FALSE(removed);
    EXPECT_EQ(Names().size(), 2U) << "failed at write " << n;
  }
  EXPECT_EQ(Names(), (std::vector<std::string>{"invoice-header.erp-number"}));
}

TEST_F(CustomFieldsTest, TheActiveFieldsBuildTheInstanceCatalog) {
  ASSERT_TRUE(fields_.Add({"invoice-header", "erp-number", CustomFieldType::kString, {}}));
  ASSERT_TRUE(fields_.Add({"invoice-line", "cost-type", CustomFieldType::kString, {"capex", "opex"}}));
  auto active = fields_.Active();
  ASSERT_TRUE(active);
  auto catalog = model::Catalog::CoupaWith(*active);
  ASSERT_TRUE(catalog) << catalog.error().message;
  const model::Resource& header = (*catalog)->Get("invoice-header");
  const int erp = header.CustomIndexOf("erp_number");
  ASSERT_GE(erp, 0);
  EXPECT_TRUE(header.field(erp).Has(model::kCustom));
  EXPECT_EQ(header.field(erp).Column(), "custom_erp_number");
  EXPECT_EQ(header.IndexOf("erp-number"), -1) << "found under custom-fields only";
  const model::Resource& line = (*catalog)->Get("invoice-line");
  const model::Field& cost_type = line.field(line.CustomIndexOf("cost-type"));
  EXPECT_EQ(cost_type.type, model::FieldType::kEnum);
  ASSERT_EQ(cost_type.allowed.size(), 2U);
  EXPECT_EQ(cost_type.allowed[1], "opex");
  EXPECT_EQ(model::Catalog::Coupa().Get("invoice-header").CustomIndexOf("erp-number"), -1)
      << "Coupa's own catalog stays as declared";
}

}  // namespace
}  // namespace apbridge::resources
