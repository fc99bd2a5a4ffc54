// Record values: access by name and index, Absent vs Null, typed reads.
#include "model/record.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>

#include "model/catalog.hpp"
#include "model/fields.hpp"

namespace apbridge::model {
namespace {

using std::chrono::sys_days;
using namespace std::chrono_literals;

constexpr Field kThingFields[] = {
    Int("id", kOut | kIndexed),
    Str("invoice-number", 40, kInOut),
    Bool("exported", kInOut),
    Dec("total", 32, 4, kOut),
    Time("created-at", kOut),
    Ref("supplier", "supplier", kInOut),
    Many("lines", "line", "thing_id", kInOut),
};
const ResourceDef kThing{"thing", "things", "things", kThingFields, {}};

class RecordTest : public testing::Test {
 protected:
  Resource resource_{kThing};
  Record record_{resource_};
};

TEST_F(RecordTest, StartsAbsent) {
  for (int i = 0; i < resource_.field_count(); ++i) {
    EXPECT_FALSE(record_.Has(i)) << i;
    EXPECT_TRUE(std::holds_alternative<Absent>(record_.Get(i))) << i;
  }
  EXPECT_EQ(record_.id(), std::nullopt);
}

TEST_F(RecordTest, SetByNameGetByIndexAndBack) {
  record_.Set("invoice-number", std::string("INV-1"));
  int i = resource_.IndexOf("invoice-number");
  EXPECT_EQ(std::get<std::string>(record_.Get(i)), "INV-1");

  record_.Set(resource_.IndexOf("exported"), true);
  EXPECT_EQ(std::get<bool>(record_.Get("exported")), true);

  record_.Set("id", int64_t{42});
  EXPECT_EQ(record_.id(), 42);
}

TEST_F(RecordTest, NamesResolveWithUnderscoresAndAnyCase) {
  record_.Set("invoice_number", std::string("A"));
  EXPECT_EQ(record_.GetString("Invoice-Number"), "A");
  record_.Set("INVOICE-NUMBER", std::string("B"));
  EXPECT_EQ(record_.GetString("invoice_number"), "B");
}

TEST_F(RecordTest, NullIsNotAbsent) {
  int i = resource_.IndexOf("invoice-number");
  record_.Set(i, Null{});
  EXPECT_TRUE(record_.Has(i));
  EXPECT_TRUE(std::holds_alternative<Null>(record_.Get(i)));
  EXPECT_EQ(record_.GetString("invoice-number"), std::nullopt);

  record_.Set(i, Absent{});
  EXPECT_FALSE(record_.Has(i));
  EXPECT_EQ(record_.GetString("invoice-number"), std::nullopt);
}

TEST_F(RecordTest, TypedGetters) {
  const Decimal total = *Decimal::Parse("567.07");
  const Timestamp created = sys_days{std::chrono::year{2016} / 6 / 23} + 8h;
  auto supplier = Record::Make(Catalog::Coupa().Get("supplier"));
  supplier->Set("id", int64_t{7});

  record_.Set("id", int64_t{5});
  record_.Set("invoice-number", std::string("INV-9"));
  record_.Set("exported", false);
  record_.Set("total", total);
  record_.Set("created-at", created);
  record_.Set("supplier", supplier);
  record_.Set("lines", RecordList{Record::Make(resource_), Record::Make(resource_)});

  EXPECT_EQ(record_.GetInt("id"), 5);
  EXPECT_EQ(record_.GetString("invoice-number"), "INV-9");
  EXPECT_EQ(record_.GetBool("exported"), false);
  EXPECT_EQ(record_.GetDecimal("total"), total);
  EXPECT_EQ(record_.GetTime("created-at"), created);
  ASSERT_NE(record_.GetRecord("supplier"), nullptr);
  EXPECT_EQ(record_.GetRecord("supplier")->id(), 7);
  ASSERT_NE(record_.GetList("lines"), nullptr);
  EXPECT_EQ(record_.GetList("lines")->size(), 2u);
}

TEST_F(RecordTest, TypedGettersTreatOtherTypesAsNone) {
  record_.Set("invoice-number", std::string("12"));
  EXPECT_EQ(record_.GetInt("invoice-number"), std::nullopt);
  EXPECT_EQ(record_.GetBool("invoice-number"), std::nullopt);
  EXPECT_EQ(record_.GetDecimal("invoice-number"), std::nullopt);
  EXPECT_EQ(record_.GetTime("invoice-number"), std::nullopt);
  EXPECT_EQ(record_.GetRecord("invoice-number"), nullptr);
  EXPECT_EQ(record_.GetList("invoice-number"), nullptr);
  EXPECT_EQ(record_.GetRecord("supplier"), nullptr);  // absent
  EXPECT_EQ(record_.GetList("lines"), nullptr);       // absent
}

TEST_F(RecordTest, UnknownNameThrows) {
  EXPECT_THROW((void)record_.Get("no-such-field"), std::logic_error);
  EXPECT_THROW((void)record_.Set("no-such-field", int64_t{1}), std::logic_error);
  EXPECT_THROW((void)record_.GetString("no-such-field"), std::logic_error);
  EXPECT_THROW((void)record_.GetInt("nope"), std::logic_error);
}

TEST(RecordCatalogTest, WorksOnCatalogResources) {
  auto invoice = Record::Make(Catalog::Coupa().Get("invoice-header"));
  EXPECT_EQ(&invoice->resource(), &Catalog::Coupa().Get("invoice-header"));
  invoice->Set("exported?", true);
  EXPECT_EQ(invoice->GetBool("exported"), true);
  invoice->Set("supplier_api_id", std::string("680fa552-3ef1-576c-b531-b743ca208134"));
  EXPECT_EQ(invoice->GetString("supplier-api-id"), "680fa552-3ef1-576c-b531-b743ca208134");
  EXPECT_THROW(invoice->Set("payment-batch", int64_t{1}), std::logic_error);
}

TEST(RecordCatalogTest, CompileTimeHandlesReadAndWriteTheirField) {
  const Resource& api_key = Catalog::Coupa().Get("api-key");
  auto key = Record::Make(api_key);
  key->Set(api_key::kName, "ERP");
  key->Set(api_key::kActive, true);
  EXPECT_EQ(key->GetString("name"), "ERP") << "the same slot as by name";
  ASSERT_NE(key->Get(api_key::kActive), nullptr);
  EXPECT_TRUE(*key->Get(api_key::kActive));
  EXPECT_EQ(key->Get(api_key::kKeyHash), nullptr) << "absent";
  EXPECT_EQ(key->GetOr(api_key::kKeyHash, "none"), "none");
  key->SetNull(api_key::kName);
  EXPECT_TRUE(std::holds_alternative<Null>(key->Get("name")));

  auto filter = Record::Make(Catalog::Coupa().Get("response-filter"));
  EXPECT_THROW(filter->Set(api_key::kName, "x"), std::logic_error) << "a handle of another resource";
  EXPECT_THROW((void)filter->Get(api_key::kActive), std::logic_error);
}

}  // namespace
}  // namespace apbridge::model
