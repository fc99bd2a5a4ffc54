// Checks the resource catalog against the spec documents' element tables and
// against the invariants the storage, codecs and query binder rely on.
#include "model/catalog.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/text.hpp"
#include "model/testing/spec_tables.hpp"

namespace apbridge::model {
namespace {

using FT = FieldType;
using testing::kInvoicesApiRows;
using testing::kPaymentsApiRows;
using testing::SpecRow;

const Catalog& Coupa() { return Catalog::Coupa(); }

class SpecRowTest : public ::testing::TestWithParam<SpecRow> {};

TEST_P(SpecRowTest, MapsToAFieldOfTheRightKind) {
  const SpecRow& row = GetParam();
  const Resource& r = Coupa().Get(row.resource);
  std::string_view name = row.field.empty() ? row.name : row.field;
  const Field* f = r.Find(name);
  ASSERT_NE(f, nullptr) << row.resource << " lacks " << name;
  EXPECT_EQ(f->type, row.type) << name;
  EXPECT_EQ(f->Has(kIn), row.in) << name << ": API In";
  EXPECT_EQ(f->Has(kOut), row.out) << name << ": API Out";
}

std::string RowName(const ::testing::TestParamInfo<SpecRow>& info) {
  std::string s = std::string(info.param.resource) + "_" + std::string(info.param.name);
  for (char& c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return s + "_" + std::to_string(info.index);
}

INSTANTIATE_TEST_SUITE_P(InvoicesApi, SpecRowTest, ::testing::ValuesIn(kInvoicesApiRows), RowName);
INSTANTIATE_TEST_SUITE_P(PaymentsApi, SpecRowTest, ::testing::ValuesIn(kPaymentsApiRows), RowName);

TEST(CatalogTest, BuildsWithoutThrowing) {
  EXPECT_NO_THROW(Catalog::Coupa());
  EXPECT_NO_THROW({ Catalog own{CoupaResourceDefs()}; });
  EXPECT_GE(Coupa().resources().size(), CoupaResourceDefs().size());
}

TEST(CatalogTest, DeclaresTheServedResources) {
  struct Want {
    std::string_view name, plural, table;
  };
  const Want wants[] = {
      {"invoice-header", "invoice-headers", "invoice_headers"},
      {"invoice-line", "invoice-lines", "invoice_lines"},
      {"tax-line", "tax-lines", "tax_lines"},
      {"payment", "payments", "payments"},
      {"attachment", "attachments", "attachments"},
      {"integration-history-record", "integration-history-records", "integration_history_records"},
      {"integration-record-response", "integration-record-responses", "integration_record_responses"},
      {"coupa-pay-payment", "coupa-pay-payments", "coupa_pay_payments"},
      {"coupa-pay-payment-detail", "coupa-pay-payment-details", "coupa_pay_payment_details"},
      {"coupa-pay-company-payment-account", "coupa-pay-company-payment-accounts",
       "coupa_pay_company_payment_accounts"},
      {"coupa-pay-payment-account", "coupa-pay-payment-accounts", "coupa_pay_payment_accounts"},
      {"coupa-pay-payment-partner", "coupa-pay-payment-partners", "coupa_pay_payment_partners"},
      {"coupa-pay-payee", "coupa-pay-payees", "coupa_pay_payees"},
      {"coupa-pay-payment-batch", "coupa-pay-payment-batches", "coupa_pay_payment_batches"},
      {"supplier", "suppliers", "suppliers"},
      {"currency", "currencies", "currencies"},
      {"user", "users", "users"},
      {"account", "accounts", "accounts"},
      {"address", "addresses", "addresses"},
  };
  for (const Want& w : wants) {
    const Resource* r = Coupa().Find(w.name);
    ASSERT_NE(r, nullptr) << w.name;
    EXPECT_EQ(r->plural(), w.plural);
    EXPECT_EQ(r->table(), w.table);
  }
}

TEST(CatalogTest, InvoiceHeaderRequiredLengthsAndScales) {
  const Resource& r = Coupa().Get("invoice-header");
  for (std::string_view n : {"bill-to-address", "invoice-date", "invoice-number"}) {
    EXPECT_TRUE(r.Find(n)->Has(kRequired)) << n;
  }
  EXPECT_EQ(r.Find("invoice-number")->length, 40u);
  EXPECT_EQ(r.Find("comments")->length, 255u);
  for (std::string_view n : {"handling-amount", "misc-amount", "shipping-amount"}) {
    EXPECT_EQ(r.Find(n)->precision, 30) << n;
    EXPECT_EQ(r.Find(n)->scale, 2) << n;
  }
  EXPECT_EQ(r.Find("exchange-rate")->scale, 9);
  EXPECT_FALSE(r.Find("paid")->Has(kRequired));
}

TEST(CatalogTest, StatusesAreEnums) {
  auto values = [](const Field& f) {
    return std::vector<std::string_view>(f.allowed.begin(), f.allowed.end());
  };
  EXPECT_EQ(values(*Coupa().Get("invoice-header").Find("status")),
            (std::vector<std::string_view>{"new", "draft", "pending_receipt", "pending_approval",
                                           "pending_action", "approved", "on_hold", "ap_hold", "booking_hold",
                                           "disputed", "abandoned", "rejected", "voided", "processing",
                                           "invalid", "payable_adjustment"}));
  EXPECT_EQ(values(*Coupa().Get("coupa-pay-payment").Find("status")),
            (std::vector<std::string_view>{"draft", "approved", "payment_initiated", "payment_in_progress",
                                           "completed_successfully", "completed_with_errors", "cancelled"}));
}

TEST(CatalogTest, PaymentBatchIdIsThePaymentBatchReferencesColumn) {
  const Resource& r = Coupa().Get("coupa-pay-payment");
  const Field* batch = r.Find("payment-batch");
  ASSERT_NE(batch, nullptr);
  EXPECT_EQ(batch->Column(), "payment_batch_id");
  EXPECT_EQ(batch->target, "coupa-pay-payment-batch");
  const Field* batch_id = r.Find("payment-batch-id");
  ASSERT_NE(batch_id, nullptr) << "Coupa renders it beside the batch";
  EXPECT_TRUE(batch_id->IsAlias());
  EXPECT_EQ(batch_id->type, FT::kInteger);
  EXPECT_EQ(batch_id->Column(), batch->Column()) << "read from the reference's column, never written";
}

TEST(CatalogTest, CoupaPayShape) {
  const Resource& p = Coupa().Get("coupa-pay-payment");
  EXPECT_EQ(p.Find("pay-from-account")->target, "coupa-pay-company-payment-account");
  EXPECT_EQ(p.Find("pay-to-account")->target, "coupa-pay-payment-account");
  EXPECT_EQ(p.Find("payee")->target, "coupa-pay-payee");
  const Resource& detail = Coupa().Get("coupa-pay-payment-detail");
  EXPECT_EQ(detail.Find("currency")->type, FT::kReference);
  EXPECT_EQ(detail.Find("currency")->target, "currency");
  EXPECT_EQ(detail.Find("source-transaction-id")->type, FT::kInteger);
  EXPECT_EQ(detail.Find("source-transaction-reference")->type, FT::kString);
  const Resource& from = Coupa().Get("coupa-pay-company-payment-account");
  EXPECT_EQ(from.Find("payment-partner")->target, "coupa-pay-payment-partner");
  EXPECT_NE(Coupa().Get("coupa-pay-payment-partner").Find("issuing-bank"), nullptr);
  EXPECT_NE(Coupa().Get("coupa-pay-payment-account").Find("type"), nullptr);
  for (std::string_view n :
       {"type", "name", "number", "display-name", "email", "login", "firstname", "lastname"}) {
    EXPECT_NE(Coupa().Get("coupa-pay-payee").Find(n), nullptr) << n;
  }
}

TEST(CatalogTest, IntegrationsFilterOnIndexedFields) {
  const std::map<std::string_view, std::vector<std::string_view>> indexed = {
      {"invoice-header",
       {"invoice-number", "status", "exported", "updated-at", "created-at", "invoice-date", "supplier",
        "last-exported-at", "paid"}},
      {"coupa-pay-payment",
       {"status", "exported", "updated-at", "pay-from-account", "pay-to-account", "payment-batch"}},
      {"supplier", {"name", "number"}},
      {"currency", {"code"}},
      {"user", {"login"}},
      {"account", {"code"}},
      {"coupa-pay-payment-partner", {"issuing-bank"}},
      {"coupa-pay-payment-account", {"type"}},
  };
  for (const auto& [res, names] : indexed) {
    for (std::string_view n : names) {
      const Field* f = Coupa().Get(res).Find(n);
      ASSERT_NE(f, nullptr) << res << "." << n;
      EXPECT_TRUE(f->Has(kIndexed)) << res << "." << n;
    }
  }
}

TEST(CatalogTest, SupplierApiIdsAreInternal) {
  const Field* h = Coupa().Get("invoice-header").Find("supplier-api-id");
  ASSERT_NE(h, nullptr);
  EXPECT_FALSE(h->Has(kIn) || h->Has(kOut));
  EXPECT_TRUE(h->Has(kIndexed));
  EXPECT_EQ(h->length, 36u);
  const Field* l = Coupa().Get("invoice-line").Find("supplier-api-id");
  ASSERT_NE(l, nullptr);
  EXPECT_FALSE(l->Has(kIn) || l->Has(kOut));
}

TEST(CatalogTest, ExactlyTheApiOutFieldsAreQueryable) {
  for (const auto& r : Coupa().resources()) {
    for (const Field& f : r->fields()) {
      EXPECT_EQ(f.Has(kQueryable), f.Has(kOut)) << r->name() << "." << f.name;
    }
  }
  EXPECT_FALSE(Coupa().Get("api-key").Find("key-hash")->Has(kQueryable))
      << "internal: never filtered through the API";
}

TEST(CatalogTest, NamesResolveWithDashesUnderscoresAndAnyCase) {
  const Resource& r = Coupa().Get("invoice-header");
  int i = r.IndexOf("invoice-number");
  ASSERT_GE(i, 0);
  for (std::string_view n : {"invoice_number", "Invoice-Number", "INVOICE_NUMBER", "invoice-Number"}) {
    EXPECT_EQ(r.IndexOf(n), i) << n;
  }
  EXPECT_EQ(r.IndexOf("exported?"), r.IndexOf("exported"));
  EXPECT_EQ(r.IndexOf("show_tax_information"), r.IndexOf("show-tax-information?"));
  EXPECT_GE(r.IndexOf("show_tax_information"), 0);
  EXPECT_EQ(r.IndexOf("no-such-field"), -1);
  EXPECT_EQ(r.Find("no_such_field"), nullptr);

  EXPECT_EQ(Coupa().Find("invoice_header"), &r);
  EXPECT_EQ(Coupa().Find("Invoice-Header"), &r);
  EXPECT_EQ(Coupa().Find("COUPA_PAY_PAYMENT"), &Coupa().Get("coupa-pay-payment"));
  EXPECT_EQ(Coupa().Find("invoice-headers"), nullptr);
  EXPECT_THROW((void)Coupa().Get("no-such-resource"), std::logic_error);
}

TEST(CatalogTest, EveryResourceDeclaresIdFirst) {
  for (const auto& r : Coupa().resources()) {
    ASSERT_GT(r->field_count(), 0) << r->name();
    const Field& id = r->field(0);
    EXPECT_EQ(id.name, "id") << r->name();
    EXPECT_EQ(id.type, FT::kInteger) << r->name();
    EXPECT_TRUE(id.Has(kOut) && id.Has(kIndexed)) << r->name();
    EXPECT_FALSE(id.Has(kIn)) << r->name();
  }
}

TEST(CatalogTest, TimestampsFollowIdAndAreOutOnly) {
  for (const auto& r : Coupa().resources()) {
    int created = r->IndexOf("created-at");
    int updated = r->IndexOf("updated-at");
    if (created >= 0) {
      EXPECT_EQ(created, 1) << r->name();
    }
    if (updated >= 0) {
      EXPECT_EQ(updated, created >= 0 ? 2 : 1) << r->name();
    }
    for (int i : {created, updated}) {
      if (i < 0) continue;
      EXPECT_EQ(r->field(i).type, FT::kDateTime) << r->name();
      EXPECT_TRUE(r->field(i).Has(kOut)) << r->name();
      EXPECT_FALSE(r->field(i).Has(kIn)) << r->name();
    }
  }
}

TEST(CatalogTest, TablesAreTheSnakePlural) {
  std::set<std::string_view> tables;
  for (const auto& r : Coupa().resources()) {
    EXPECT_EQ(r->name(), WireName(r->name())) << "names are lowercase and dashed";
    if (r->table().empty()) continue;  // an action's input, never stored
    EXPECT_EQ(r->table(), SnakeName(r->plural())) << r->name();
    EXPECT_TRUE(tables.insert(r->table()).second) << r->table();
  }
}

TEST(CatalogTest, NoTwoFieldsShareAColumn) {
  for (const auto& r : Coupa().resources()) {
    std::map<std::string, std::string_view> columns;
    for (const Field& f : r->fields()) {
      if (f.type == FT::kCollection || f.IsAlias()) continue;  // an alias shares its reference's column
      auto [it, fresh] = columns.emplace(f.Column(), f.name);
      EXPECT_TRUE(fresh) << r->name() << ": " << f.name << " and " << it->second << " share " << it->first;
    }
    for (const std::string& owner : r->owner_columns()) {
      EXPECT_EQ(columns.count(owner), 0u)
          << r->name() << ": owner column " << owner << " is also a field's column";
    }
  }
}

TEST(CatalogTest, CollectionOwnerColumnsAreRegisteredOnTargets) {
  int collections = 0;
  for (const auto& r : Coupa().resources()) {
    for (int i = 0; i < r->field_count(); ++i) {
      const Field& f = r->field(i);
      if (f.IsScalar() || f.IsCustomFields()) {
        EXPECT_EQ(r->Target(i), nullptr);
        continue;
      }
      const Resource* t = r->Target(i);
      ASSERT_NE(t, nullptr) << r->name() << "." << f.name;
      EXPECT_EQ(t->name(), f.target);
      if (!f.IsOwned()) continue;  // Links have a join table of their own
      ++collections;
      EXPECT_EQ(f.via, SnakeName(r->name()) + "_id") << r->name() << "." << f.name;
      const auto& owners = t->owner_columns();
      EXPECT_NE(std::find(owners.begin(), owners.end(), f.via), owners.end())
          << f.via << " not registered on " << t->name();
    }
  }
  EXPECT_GT(collections, 10);
  const auto& tax_owners = Coupa().Get("tax-line").owner_columns();
  for (std::string_view c : {"invoice_header_id", "invoice_line_id"}) {
    EXPECT_NE(std::find(tax_owners.begin(), tax_owners.end(), c), tax_owners.end()) << c;
  }
}

TEST(CatalogTest, FieldDeclarationsAreWellFormed) {
  for (const auto& r : Coupa().resources()) {
    for (const Field& f : r->fields()) {
      std::string where = std::string(r->name()) + "." + std::string(f.name);
      EXPECT_EQ(std::string(f.name), WireName(f.name)) << where;
      if (f.Has(kRequired)) {
        EXPECT_TRUE(f.Has(kIn)) << where << ": required but not writable";
      }
      switch (f.type) {
        case FT::kString:
          EXPECT_GT(f.length, 0u) << where;
          break;
        case FT::kDecimal:
        case FT::kFloat:
          EXPECT_LE(f.scale, 9) << where << ": stored as a scaled 64-bit integer";
          EXPECT_LE(f.scale, f.precision) << where;
          break;
        case FT::kEnum:
          EXPECT_FALSE(f.allowed.empty()) << where;
          break;
        case FT::kReference:
          EXPECT_FALSE(f.target.empty()) << where;
          break;
        case FT::kCollection:
          EXPECT_FALSE(f.via.empty()) << where;
          break;
        default:
          break;
      }
    }
    for (std::string_view key : r->natural_keys()) {
      const Field* f = r->Find(key);
      ASSERT_NE(f, nullptr) << r->name() << " natural key " << key;
      EXPECT_TRUE(f->IsScalar()) << r->name() << " natural key " << key;
    }
  }
}

TEST(CatalogTest, UserSimpleReferencesPointToUser) {
  for (std::string_view res : {"invoice-header", "invoice-line", "payment", "coupa-pay-payment"}) {
    for (std::string_view n : {"created-by", "updated-by"}) {
      const Field* f = Coupa().Get(res).Find(n);
      ASSERT_NE(f, nullptr) << res << "." << n;
      EXPECT_EQ(f->target, "user");
      EXPECT_FALSE(f->Has(kIn)) << res << "." << n;
    }
  }
  const Resource& user = Coupa().Get("user");
  for (std::string_view n : {"login", "email", "firstname", "lastname", "fullname", "employee-number"}) {
    EXPECT_NE(user.Find(n), nullptr) << n;
  }
}

TEST(CatalogTest, NaturalKeys) {
  auto keys = [](std::string_view res) {
    auto k = Coupa().Get(res).natural_keys();
    return std::vector<std::string_view>(k.begin(), k.end());
  };
  using V = std::vector<std::string_view>;
  EXPECT_EQ(keys("supplier"), (V{"name", "number"}));
  EXPECT_EQ(keys("currency"), (V{"code"}));
  EXPECT_EQ(keys("user"), (V{"login", "email"}));
  EXPECT_EQ(keys("account"), (V{"code"}));
  EXPECT_EQ(keys("account-type"), (V{"name"}));
  EXPECT_EQ(keys("payment-term"), (V{"code"}));
  EXPECT_EQ(keys("tax-code"), (V{"code"}));
  EXPECT_EQ(keys("contract"), (V{"number", "name"}));
  EXPECT_EQ(keys("country"), (V{"code"}));
  EXPECT_EQ(keys("uom"), (V{"code"}));
  EXPECT_EQ(keys("coupa-pay-payment-partner"), (V{"name"}));
}

TEST(CatalogTest, ColumnsAreNotSqlKeywords) {
  const std::set<std::string> keywords = {
      "add",    "all",       "alter",    "and",    "as",         "asc",    "between", "by",
      "case",   "check",     "collate",  "column", "constraint", "create", "current", "default",
      "delete", "desc",      "distinct", "drop",   "else",       "end",    "escape",  "except",
      "exists", "filter",    "foreign",  "from",   "group",      "having", "in",      "index",
      "insert", "intersect", "into",     "is",     "join",       "key",    "like",    "limit",
      "not",    "null",      "offset",   "on",     "or",         "order",  "primary", "references",
      "select", "set",       "table",    "then",   "to",         "union",  "unique",  "update",
      "using",  "values",    "when",     "where",  "window",     "with"};
  for (const auto& r : Coupa().resources()) {
    if (r->table().empty()) continue;  // a request body only (pay-run's `all`): no column in any SQL
    EXPECT_EQ(keywords.count(std::string(r->table())), 0u) << r->table();
    for (const Field& f : r->fields()) {
      if (f.type == FT::kCollection) continue;
      EXPECT_EQ(keywords.count(f.Column()), 0u) << r->name() << "." << f.name;
    }
  }
}

}  // namespace
}  // namespace apbridge::model
