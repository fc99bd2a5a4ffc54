// A read's query string -> ReadRequest: an accept table and a reject table
// over the real catalog, and the shape parameters read in the same pass.
#include "query/read_request.hpp"

#include <gtest/gtest.h>

#include "codec/codec.hpp"
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
  static const char* kOps[] = {"eq", "not_eq",   "contains", "starts_with", "ends_with", "gt",
                               "lt", "gt_or_eq", "lt_or_eq", "in",          "not_in",    "blank"};
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

TEST(ReadRequestTest, AcceptsCoupaQueries) {
  const std::string kLongNumber(41, 'x');
  const std::string kLongNumberWant = "invoice-number eq " + kLongNumber;
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
      // Outside the enum: kept as written, so it matches nothing (as in Coupa's database).
      {Invoice, "status", "approve", "status eq approve"},
      {Invoice, "exported", "false", "exported eq false"},
      {Invoice, "paid", "1", "paid eq true"},
      {Invoice, "updated-at[gt]", "2019-07-18T13:33:00 07:00", "updated-at gt 2019-07-18T06:33:00Z"},
      {Invoice, "updated_at[gt_or_eq]", "2014-1-5", "updated-at gt_or_eq 2014-01-05T00:00:00Z"},
      {Invoice, "id[lt]", "100", "id lt 100"},
      {Invoice, "id[not_in]", "1,2,", "id not_in 1,2"},
      {Invoice, "comments[blank]", "true", "comments blank true"},
      {Invoice, "handling-amount[gt]", "10.5", "handling-amount gt 10.5"},
      // The same text rules as a request body: an exponent is applied exactly.
      {Invoice, "handling-amount[gt]", "1e3", "handling-amount gt 1000"},
      // Longer than invoice-number may be stored: it simply matches nothing.
      {Invoice, "invoice-number", kLongNumber.c_str(), kLongNumberWant.c_str()},
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
    QueryParam p{c.key, c.value, true};
    auto r = ParseReadRequest(c.resource(), std::span(&p, 1), Route::kIndex, {});
    ASSERT_TRUE(r) << c.key << ": " << r.error().message;
    EXPECT_EQ(Describe(r->query), c.want) << c.key;
  }
}

TEST(ReadRequestTest, RejectsWithTheParameterNamed) {
  const std::pair<const char*, const char*> cases[] = {
      {"no-such-field", "1"},
      {"supplier[no-such]", "x"},
      {"status[like]", "x"},
      {"id", "abc"},
      {"paid", "maybe"},
      {"updated-at[gt]", "yesterday"},
      {"updated-at[contains]", "2019"},
      {"handling-amount", "1.2.3"},
      {"handling-amount", "1.123456789012"},
      {"invoice-lines", "1"},
      {"limit", "-1"},
      {"offset", "x"},
      {"dir", "sideways"},
      {"order_by", "nope"},
      {"supplier-api-id", "x"},
      {"updated-at[gt]", ""},
  };
  for (const auto& [key, value] : cases) {
    QueryParam p{key, value, true};
    auto r = ParseReadRequest(Invoice(), std::span(&p, 1), Route::kIndex, {});
    ASSERT_FALSE(r) << key << "=" << value;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(r.error().message.find(key), std::string::npos) << r.error().message;
    ASSERT_EQ(r.error().field_errors.size(), 1u);
    EXPECT_EQ(r.error().field_errors[0].first, key);
  }
}

TEST(ReadRequestTest, PagingOrderAndQuirks) {
  std::vector<QueryParam> params = {{"limit", "500", true},
                                    {"offset", "100", true},
                                    {"order_by", "invoice_date", true},
                                    {"dir", "DESC", true},
                                    {"null", "", false},
                                    {"status", "draft", true},
                                    {"status", "approved", true},
                                    {"return_object", "limited", true}};
  auto r = ParseReadRequest(Invoice(), params, Route::kIndex, {});
  ASSERT_TRUE(r) << r.error().message;
  const Query& q = r->query;
  EXPECT_EQ(q.page.limit, kMaxPageSize);
  EXPECT_EQ(q.page.offset, 100);
  EXPECT_TRUE(q.order.descending);
  EXPECT_EQ(PathText(q.order.path), "invoice-date");
  EXPECT_EQ(Describe(q), "status eq approved");  // repeated key: last wins
  EXPECT_EQ(r->shape, model::Shape::kLimited);
  QueryParam unknown{"frobnicate", "1", true};
  EXPECT_TRUE(ParseReadRequest(Invoice(), std::span(&unknown, 1), Route::kIndex, ParseOptions{true, {}}));
}

ParseOptions WithFieldsParser() { return ParseOptions{false, codec::ParseFieldSelection}; }

TEST(ReadRequestTest, ShapeFieldsAndFilterInTheSamePass) {
  std::vector<QueryParam> params = {{"status", "approved", true},
                                    {"return_object", "shallow", true},
                                    {"fields", R"(["invoice_number",{"supplier":["name"]}])", true}};
  auto r = ParseReadRequest(Invoice(), params, Route::kIndex, WithFieldsParser());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(Describe(r->query), "status eq approved");
  EXPECT_EQ(r->shape, model::Shape::kShallow);
  ASSERT_EQ(r->selection.children.size(), 2u);
  EXPECT_TRUE(r->selection.children.count("invoice-number")) << "bound to the wire name";
  EXPECT_TRUE(r->selection.children.at("supplier").children.count("name"));
  EXPECT_TRUE(r->filter.empty());

  std::vector<QueryParam> named = {{"filter", "erp", true}, {"return_object", "none", true}};
  r = ParseReadRequest(Invoice(), named, Route::kIndex, WithFieldsParser());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->filter, "erp");
  EXPECT_TRUE(r->empty_body);
  EXPECT_TRUE(r->selection.empty());
}

TEST(ReadRequestTest, ShowReadsOnlyTheShape) {
  std::vector<QueryParam> params = {
      {"status", "no-such-status", true}, {"limit", "x", true}, {"fields", R"(["id"])", true}};
  auto r = ParseReadRequest(Invoice(), params, Route::kShow, WithFieldsParser());
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_TRUE(r->query.conditions.empty());
  EXPECT_EQ(r->selection.children.size(), 1u);
}

TEST(ReadRequestTest, RejectsBadShapesNamingTheParameter) {
  const std::vector<std::vector<QueryParam>> cases = {
      {{"return_object", "everything", true}},
      {{"fields", "not json", true}},
      {{"fields", R"(["no-such-field"])", true}},
      {{"fields", R"(["id"])", true}, {"filter", "erp", true}},
  };
  const char* named[] = {"return_object", "fields", "fields", "filter"};
  for (size_t i = 0; i < cases.size(); ++i) {
    auto r = ParseReadRequest(Invoice(), cases[i], Route::kIndex, WithFieldsParser());
    ASSERT_FALSE(r) << i;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(r.error().message.find(std::string("Invalid query parameter '") + named[i]), std::string::npos)
        << r.error().message;
  }
}

}  // namespace
}  // namespace apbridge::query
