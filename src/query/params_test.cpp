// Query parameters -> Query: an accept table and a reject table over the real catalog.
#include "query/params.hpp"

#include <gtest/gtest.h>

#include "model/catalog.hpp"

namespace apbridge::query {
namespace {

const model::Resource& Invoice() { return model::Catalog::Coupa().Get("invoice-header"); }
const model::Resource& Payment() { return model::Catalog::Coupa().Get("coupa-pay-payment"); }

std::string PathText(const FieldPath& path) {
  std::string out;
  for (const auto& step : path) out += (out.empty() ? "" : ".") + std::string(step.field().name);
  return out;
}

std::string ValueText(const model::Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (const auto* d = std::get_if<Decimal>(&v)) return d->ToString();
  if (const auto* t = std::get_if<Timestamp>(&v)) return FormatUtcZ(*t);
  if (std::holds_alternative<model::Null>(v)) return "null";
  return "?";
}

// "path op value,value" for the single condition the parameter produced.
std::string Describe(const Query& q) {
  if (q.conditions.size() != 1) return "conditions: " + std::to_string(q.conditions.size());
  const Condition& c = q.conditions[0];
  static const char* kOps[] = {"eq", "not_eq", "contains", "starts_with", "ends_with", "gt",
                               "lt", "gt_or_eq", "lt_or_eq", "in", "not_in", "blank"};
  std::string values;
  for (const auto& v : c.values) values += (values.empty() ? "" : ",") + ValueText(v);
  return PathText(c.path) + " " + kOps[static_cast<int>(c.op)] + " " + values;
}

struct Accept {
  const model::Resource& (*resource)();
  const char* key;
  const char* value;
  const char* want;
};

TEST(ParamsTest, AcceptsCoupaQueries) {
  const Accept cases[] = {
      {Invoice, "invoice-number", "test1234536", "invoice-number eq test1234536"},
      {Invoice, "invoice_number", "X", "invoice-number eq X"},
      {Invoice, "supplier[name]", "12345", "supplier.name eq 12345"},
      {Invoice, "supplier[name[", "12345", "supplier.name eq 12345"},
      {Invoice, "supplier[name][contains]", "acme", "supplier.name contains acme"},
      {Invoice, "supplier_id", "5", "supplier.id eq 5"},
      {Invoice, "supplier", "5", "supplier.id eq 5"},
      {Invoice, "invoice-lines[account][code]", "100-2000", "invoice-lines.account.code eq 100-2000"},
      {Invoice, "status", "Disputed", "status eq disputed"},
      {Invoice, "status[in]", "approved,Pending_Approval", "status in approved,pending_approval"},
      {Invoice, "exported", "false", "exported eq false"},
      {Invoice, "paid", "1", "paid eq true"},
      {Invoice, "updated-at[gt]", "2019-07-18T13:33:00 07:00", "updated-at gt 2019-07-18T06:33:00Z"},
      {Invoice, "updated_at[gt_or_eq]", "2014-1-5", "updated-at gt_or_eq 2014-01-05T00:00:00Z"},
      {Invoice, "id[lt]", "100", "id lt 100"},
      {Invoice, "id[not_in]", "1,2,", "id not_in 1,2"},
      {Invoice, "comments[blank]", "true", "comments blank true"},
      {Invoice, "handling-amount[gt]", "10.5", "handling-amount gt 10.5"},
      {Invoice, "currency[code]", "EUR", "currency.code eq EUR"},
      {Invoice, "last-exported-at", "", "last-exported-at eq null"},
      {Payment, "payment-partner[issuing-bank]", "XYZBank",
       "pay-from-account.payment-partner.issuing-bank eq XYZBank"},
      {Payment, "pay-from-account[payment-partner][issuing-bank]", "XYZBank",
       "pay-from-account.payment-partner.issuing-bank eq XYZBank"},
      {Payment, "pay_to_account[type]", "CoupaPay::SupplierPaymentAccount",
       "pay-to-account.type eq CoupaPay::SupplierPaymentAccount"},
      {Payment, "status[in]", "completed_successfully,completed_with_errors",
       "status in completed_successfully,completed_with_errors"},
  };
  for (const auto& c : cases) {
    RawParam p{c.key, c.value, true};
    auto q = ParseIndexQuery(c.resource(), std::span(&p, 1), {});
    ASSERT_TRUE(q) << c.key << ": " << q.error().message;
    EXPECT_EQ(Describe(*q), c.want) << c.key;
  }
}

TEST(ParamsTest, RejectsWithTheParameterNamed) {
  const std::pair<const char*, const char*> cases[] = {
      {"no-such-field", "1"},        {"supplier[no-such]", "x"},    {"status[like]", "x"},
      {"status", "not-a-status"},    {"id", "abc"},                 {"paid", "maybe"},
      {"updated-at[gt]", "yesterday"}, {"updated-at[contains]", "2019"}, {"handling-amount", "1.2.3"},
      {"handling-amount", "1.123456789012"}, {"invoice-lines", "1"}, {"limit", "-1"},
      {"offset", "x"},               {"dir", "sideways"},           {"order_by", "nope"},
      {"supplier-api-id", "x"},      {"updated-at[gt]", ""},
  };
  for (const auto& [key, value] : cases) {
    RawParam p{key, value, true};
    auto q = ParseIndexQuery(Invoice(), std::span(&p, 1), {});
    ASSERT_FALSE(q) << key << "=" << value;
    EXPECT_EQ(q.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(q.error().message.find(key), std::string::npos) << q.error().message;
  }
}

TEST(ParamsTest, PagingOrderAndQuirks) {
  std::vector<RawParam> params = {{"limit", "500", true},     {"offset", "100", true}, {"order_by", "invoice_date", true},
                                  {"dir", "DESC", true},      {"null", "", false},     {"status", "draft", true},
                                  {"status", "approved", true}, {"return_object", "limited", true}};
  auto q = ParseIndexQuery(Invoice(), params, {});
  ASSERT_TRUE(q) << q.error().message;
  EXPECT_EQ(q->page.limit, kMaxPageSize);
  EXPECT_EQ(q->page.offset, 100);
  EXPECT_TRUE(q->order.descending);
  EXPECT_EQ(PathText(q->order.path), "invoice-date");
  EXPECT_EQ(Describe(*q), "status eq approved");  // repeated key: last wins
  RawParam unknown{"frobnicate", "1", true};
  EXPECT_TRUE(ParseIndexQuery(Invoice(), std::span(&unknown, 1), ParseOptions{true}));
}

}  // namespace
}  // namespace apbridge::query
