// Custom fields on the wire: rendered under custom-fields (in XML and JSON,
// typed, in definition order, empty when none are set), read back from the
// same shapes, and selected by fields=.
#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "model/catalog.hpp"

namespace apbridge::codec {
namespace {

using model::CustomFieldType;

const model::Catalog& InstanceCatalog() {
  static const auto catalog = [] {
    const model::CustomFieldDef defs[] = {
        {"invoice-header", "erp-document-number", CustomFieldType::kString, {}},
        {"invoice-header", "erp-posted", CustomFieldType::kBoolean, {}},
        {"invoice-header", "posted-on", CustomFieldType::kDate, {}},
        {"invoice-header", "fx-rate", CustomFieldType::kDecimal, {}},
        {"invoice-line", "cost-type", CustomFieldType::kString, {"capex", "opex"}},
    };
    return std::move(*model::Catalog::CoupaWith(defs));
  }();
  return *catalog;
}

const model::Resource& Header() { return InstanceCatalog().Get("invoice-header"); }

WriteOptions Utc() { return WriteOptions{*TimeZone::Named("UTC")}; }

// Invoice 7 with an invoice number, a supplier and the given custom values.
model::RecordPtr Invoice(bool with_custom_values) {
  const model::Resource& r = Header();
  auto invoice = model::Record::Make(r);
  invoice->Set("id", int64_t{7});
  invoice->Set("invoice-number", std::string("INV-7"));
  auto supplier = model::Record::Make(InstanceCatalog().Get("supplier"));
  supplier->Set("id", int64_t{5});
  invoice->Set("supplier", supplier);
  if (with_custom_values) {
    invoice->Set(r.CustomIndexOf("erp-document-number"), std::string("ERP <1>"));
    invoice->Set(r.CustomIndexOf("erp-posted"), true);
    invoice->Set(r.CustomIndexOf("posted-on"), *ParseTimestamp("2026-11-30T00:00:00Z"));
    invoice->Set(r.CustomIndexOf("fx-rate"), Decimal::FromScaled(10825, 4));
  }
  return invoice;
}

std::string Write(const model::Record& record, const model::Projection& projection, Format format) {
  std::string out;
  WriteRecord(record, projection, format, Utc(), &out);
  return out;
}

const model::Projection& Full() { return *Header().projection(model::Shape::kFull); }

TEST(CustomFieldsWireTest, XmlNestsThemTypedInDefinitionOrderBeforeTheAssociations) {
  const std::string xml = Write(*Invoice(true), Full(), Format::kXml);
  EXPECT_NE(xml.find("  <invoice-number>INV-7</invoice-number>\n"
                     "  <custom-fields>\n"
                     "    <erp-document-number>ERP &lt;1&gt;</erp-document-number>\n"
                     "    <erp-posted type=\"boolean\">true</erp-posted>\n"
                     "    <posted-on type=\"dateTime\">2026-11-30T00:00:00Z</posted-on>\n"
                     "    <fx-rate type=\"decimal\">1.0825</fx-rate>\n"
                     "  </custom-fields>\n"
                     "  <supplier>\n"),
            std::string::npos)
      << xml;
}

TEST(CustomFieldsWireTest, JsonNestsThemInAnObject) {
  const std::string json = Write(*Invoice(true), Full(), Format::kJson);
  EXPECT_NE(json.find(R"("invoice-number":"INV-7","custom-fields":{"erp-document-number":"ERP <1>",)"
                      R"("erp-posted":true,"posted-on":"2026-11-30T00:00:00Z","fx-rate":"1.0825"},)"
                      R"("supplier":{)"),
            std::string::npos)
      << json;
}

TEST(CustomFieldsWireTest, TheElementIsWrittenEvenWithNoValues) {
  const std::string xml = Write(*Invoice(false), Full(), Format::kXml);
  EXPECT_NE(xml.find("  <custom-fields>\n  </custom-fields>\n"), std::string::npos) << xml;
  const std::string json = Write(*Invoice(false), Full(), Format::kJson);
  EXPECT_NE(json.find(R"("custom-fields":{})"), std::string::npos) << json;
  const model::Resource& coupa = model::Catalog::Coupa().Get("invoice-header");
  auto plain = model::Record::Make(coupa);
  plain->Set("id", int64_t{1});
  EXPECT_EQ(Write(*plain, *coupa.projection(model::Shape::kFull), Format::kJson),
            R"({"id":1,"custom-fields":{}})")
      << "an instance without custom fields";
}

TEST(CustomFieldsWireTest, WhatIsWrittenReadsBackInBothFormats) {
  const auto invoice = Invoice(true);
  for (Format format : {Format::kXml, Format::kJson}) {
    SCOPED_TRACE(format == Format::kXml ? "xml" : "json");
    const std::string text = Write(*invoice, Full(), format);
    auto read = ReadRecord(text, format, Header(), ReadOptions{});
    ASSERT_TRUE(read) << read.error().message;
    for (std::string_view name : {"erp-document-number", "erp-posted", "posted-on", "fx-rate"}) {
      const int i = Header().CustomIndexOf(name);
      EXPECT_EQ((*read)->Get(i), invoice->Get(i)) << name;
    }
  }
}

TEST(CustomFieldsWireTest, ReadersNameTheCustomFieldAtFault) {
  struct Case {
    Format format;
    std::string_view body;
    std::string_view path;
    std::string_view message;
  };
  const Case cases[] = {
      {Format::kXml, "<invoice-header><custom-fields><nope>1</nope></custom-fields></invoice-header>",
       "custom-fields.nope", "Unknown custom field 'nope' for invoice-header"},
      {Format::kXml,
       "<invoice-header><custom-fields><erp-posted>maybe</erp-posted></custom-fields></invoice-header>",
       "custom-fields.erp-posted", "boolean"},
      {Format::kXml, "<invoice-header><custom-fields>text</custom-fields></invoice-header>", "custom-fields",
       "expected custom field elements"},
      {Format::kJson, R"({"custom-fields":{"nope":1}})", "custom-fields.nope", "Unknown custom field 'nope'"},
      {Format::kJson, R"({"custom-fields":{"fx-rate":"1.00001"}})", "custom-fields.fx-rate", "fx-rate"},
      {Format::kJson, R"({"custom-fields":["x"]})", "custom-fields", "expected an object of custom fields"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    auto read = ReadRecord(c.body, c.format, Header(), ReadOptions{});
    ASSERT_FALSE(read);
    ASSERT_EQ(read.error().field_errors.size(), 1U);
    EXPECT_EQ(read.error().field_errors[0].first, c.path);
    EXPECT_NE(read.error().field_errors[0].second.find(c.message), std::string::npos)
        << read.error().field_errors[0].second;
  }
  ReadOptions lenient;
  lenient.ignore_unknown = true;
  EXPECT_TRUE(ReadRecord(R"({"custom-fields":{"nope":1}})", Format::kJson, Header(), lenient));
  auto line = ReadRecord(R"({"custom-fields":{"cost-type":"travel"}})", Format::kJson,
                         InstanceCatalog().Get("invoice-line"), ReadOptions{});
  EXPECT_FALSE(line) << "a value outside the field's values";
}

TEST(CustomFieldsWireTest, FieldsSelectsAllOrSomeOfThem) {
  const auto invoice = Invoice(true);
  auto select = [&](std::string_view fields) {
    auto raw = ParseFieldSelection(fields);
    EXPECT_TRUE(raw);
    auto bound = model::BindSelection(*raw, Header());
    EXPECT_TRUE(bound) << bound.error().message;
    return Write(*invoice, *model::Select(Full(), *bound), Format::kJson);
  };
  EXPECT_EQ(select(R"(["id",{"custom_fields":["erp_posted"]}])"),
            R"({"id":7,"custom-fields":{"erp-posted":true}})");
  EXPECT_EQ(select(R"(["custom-fields"])"),
            R"({"id":7,"custom-fields":{"erp-document-number":"ERP <1>","erp-posted":true,)"
            R"("posted-on":"2026-11-30T00:00:00Z","fx-rate":"1.0825"}})");
  EXPECT_EQ(select(R"(["id","invoice-number"])"), R"({"id":7,"invoice-number":"INV-7"})");
  auto unknown = model::BindSelection(*ParseFieldSelection(R"([{"custom_fields":["nope"]}])"), Header());
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("'nope' is not a custom field of invoice-header"),
            std::string::npos);
}

}  // namespace
}  // namespace apbridge::codec
