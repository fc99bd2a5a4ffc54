// The supplier API (supplier-get-invoice.txt) against a running server: the
// spec's example invoice answered exactly as its example response, the list
// envelope, a supplier's client seeing only its invoices, and the
// document's errors with their exact bodies: 401, 403 (scope, credits),
// 404, 429 (the 101st call within a minute).
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <regex>
#include <tuple>

#include "support/demo_server_suite.hpp"
#include "support/http_client.hpp"
#include "support/json_text.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr char kAdminKey[] = "supplier-test-admin-key-0123456789";
constexpr char kExampleId[] = "680fa552-3ef1-576c-b531-b743ca208134";

// The spec's example response, as the document prints it.
constexpr char kExampleResponse[] =
    R"({ "id": "680fa552-3ef1-576c-b531-b743ca208134", "invoice_number": "feb27_e2e_1_update2", "original_invoice_number": "fdelc-dchrl-qisty-xeskl", "total_with_taxes": 100, "status": "approved", "invoice_date": "2024-02-27T00:00:00Z", "original_invoice_date": "2024-02-27T11:42:15Z", "line_level_taxation": true, "paid": false, "document_type": "Invoice", "enterprise_instance_url": "https://www.amazon.com", "created_at": "2024-02-28T05:46:29Z", "updated_at": "2025-08-14T12:30:55Z", "invoice_lines": [ { "id": "684dd604-77e1-55c1-939e-4aebd152fd0a", "description": "Impressivo 1000 motherboard", "line_num": 1, "price": 10, "total": 100, "uom": "EA", "status": "missing_po", "quantity": 10, "tax_amount": 0 } ], "tax_amount": 0, "currency": "USD", "discount_due_date": "2024-03-18T23:59:59Z", "net_due_date": null, "dispute_reason": "" })";

// Two JSON texts hold the same keys in the same order with equal values
// (numbers compared as numbers: 100 and 100.0 are equal).
void ExpectSameJson(simdjson::dom::element a, simdjson::dom::element b, const std::string& path) {
  ASSERT_EQ(a.type(), b.type()) << path;
  switch (a.type()) {
    case simdjson::dom::element_type::OBJECT: {
      std::vector<std::string> ka, kb;
      for (auto field : a.get_object()) ka.emplace_back(field.key);
      for (auto field : b.get_object()) kb.emplace_back(field.key);
      ASSERT_EQ(ka, kb) << path;
      for (const std::string& k : ka) ExpectSameJson(a[k].value(), b[k].value(), path + "." + k);
      break;
    }
    case simdjson::dom::element_type::ARRAY: {
      auto xa = a.get_array().value();
      auto xb = b.get_array().value();
      ASSERT_EQ(xa.size(), xb.size()) << path;
      for (size_t i = 0; i < xa.size(); ++i) ExpectSameJson(xa.at(i).value(), xb.at(i).value(), path + "[]");
      break;
    }
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      EXPECT_EQ(a.get_double().value(), b.get_double().value()) << path;
      break;
    default:
      EXPECT_EQ(simdjson::to_string(a), simdjson::to_string(b)) << path;
  }
}

class SupplierApiTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() {
    StartServer({.admin_key = kAdminKey, .args = {"--demo", "--instance-url", "https://www.amazon.com"}});
  }

  // A token of a client made with `apbridge clients create NAME ARGS...`.
  static std::string ClientToken(const std::string& name, std::vector<std::string> args,
                                 const std::string& scope = "csp.invoices.read") {
    std::vector<std::string> command = {"clients", "create", name};
    command.insert(command.end(), args.begin(), args.end());
    command.insert(command.end(), {"--data-dir", server_->data_dir().string()});
    std::string out;
    EXPECT_EQ(RunToCompletion(command, &out), 0) << out;
    std::smatch id, secret;
    EXPECT_TRUE(std::regex_search(out, id, std::regex("client_id=([A-Za-z0-9]+)"))) << out;
    EXPECT_TRUE(std::regex_search(out, secret, std::regex("client_secret=([A-Za-z0-9]+)"))) << out;
    HttpResult r = Send("POST", server_->base_url() + "/oauth2/token", {},
                        "grant_type=client_credentials&client_id=" + id[1].str() +
                            "&client_secret=" + secret[1].str() + "&scope=" + scope);
    std::smatch token;
    EXPECT_TRUE(std::regex_search(r.body, token, std::regex(R"re("access_token":"([A-Za-z0-9]+)")re")))
        << r.body;
    return token[1].str();
  }
  static HttpResult Get(const std::string& target, const std::string& token) {
    return Send("GET", server_->base_url() + target, {"Authorization: Bearer " + token}, "");
  }
  // The answer is the document's error body exactly.
  static void ExpectError(const HttpResult& r, long status, const std::string& error,
                          const std::string& message) {
    EXPECT_EQ(r.status, status) << r.body;
    simdjson::dom::parser parser;
    auto doc = parser.parse(r.body);
    ASSERT_FALSE(doc.error()) << r.body;
    EXPECT_EQ(doc["status"].get_int64().value_unsafe(), status) << r.body;
    EXPECT_EQ(JsonText(doc.value(), {"error"}), error) << r.body;
    EXPECT_EQ(JsonText(doc.value(), {"message"}), message) << r.body;
    EXPECT_EQ(doc.get_object().value().size(), 3u) << r.body;
  }
};

TEST_F(SupplierApiTest, TheSpecsInvoiceIsTheSpecsExampleResponse) {
  const std::string token = ClientToken("reader", {"--scopes", "csp.invoices.read"});
  for (const std::string path : {"/api/v1/invoices/", "/api/v1/invoice/"}) {
    HttpResult r = Get(path + kExampleId, token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_NE(r.headers["content-type"].find("application/json"), std::string::npos);
    simdjson::dom::parser ours, theirs;
    auto got = ours.parse(r.body);
    ASSERT_FALSE(got.error()) << r.body;
    auto want = theirs.parse(std::string(kExampleResponse));
    ASSERT_FALSE(want.error());
    ExpectSameJson(got.value(), want.value(), path);
  }
}

TEST_F(SupplierApiTest, ListsPageByPageInTheEnvelope) {
  const std::string token = ClientToken("lister", {"--scopes", "csp.invoices.read"});
  HttpResult r = Get("/api/v1/invoices?limit=2&page=1&status=approved&sort_by=-invoice_number", token);
  ASSERT_EQ(r.status, 200) << r.body;
  simdjson::dom::parser parser;
  auto doc = parser.parse(r.body);
  ASSERT_FALSE(doc.error());
  const int64_t total = doc["total"].get_int64().value_unsafe();
  EXPECT_GE(total, 2);
  EXPECT_EQ(doc["limit"].get_int64().value_unsafe(), 2);
  EXPECT_EQ(doc["current"].get_int64().value_unsafe(), 1);
  EXPECT_EQ(doc["num_pages"].get_int64().value_unsafe(), (total + 1) / 2);
  auto data = doc["data"].get_array().value();
  ASSERT_EQ(data.size(), 2u);
  const std::string first = JsonText(data.at(0).value(), {"invoice_number"});
  const std::string second = JsonText(data.at(1).value(), {"invoice_number"});
  EXPECT_GE(first, second) << "sort_by=-invoice_number";
  for (auto invoice : data) EXPECT_EQ(JsonText(invoice, {"status"}), "approved");

  ExpectError(Get("/api/v1/invoices?limit=500", token), 400, "Bad Request",
              "limit must be between 1 and 100");
  ExpectError(
      Get("/api/v1/invoices?sort_by=colour", token), 400, "Bad Request",
      "sort_by must be one of id, invoice_number, invoice_date, created_at, updated_at, total_with_taxes, "
      "status (a leading - sorts descending)");
}

TEST_F(SupplierApiTest, ASuppliersClientSeesOnlyItsInvoices) {
  // Supplier 12345 is the spec's test supplier (invoice test1234536); the
  // example invoice is another supplier's.
  const std::string own =
      ClientToken("supplier-12345", {"--scopes", "csp.invoices.read", "--supplier", "12345"});
  const std::string all = ClientToken("every-supplier", {"--scopes", "csp.invoices.read"});
  simdjson::dom::parser p1, p2;
  auto mine = p1.parse(Get("/api/v1/invoices", own).body);
  auto everyone = p2.parse(Get("/api/v1/invoices", all).body);
  ASSERT_FALSE(mine.error());
  ASSERT_FALSE(everyone.error());
  const int64_t my_total = mine["total"].get_int64().value_unsafe();
  EXPECT_GE(my_total, 1);
  EXPECT_LT(my_total, everyone["total"].get_int64().value_unsafe());
  std::vector<std::string> numbers;
  for (auto invoice : mine["data"].get_array()) numbers.push_back(JsonText(invoice, {"invoice_number"}));
  EXPECT_NE(std::find(numbers.begin(), numbers.end(), "test1234536"), numbers.end());
  const std::string first = JsonText(mine["data"].at(0).value(), {"id"});
  EXPECT_EQ(Get("/api/v1/invoices/" + first, own).status, 200);
  ExpectError(Get(std::string("/api/v1/invoices/") + kExampleId, own), 404, "Not Found", "Invoice not found");
}

TEST_F(SupplierApiTest, EveryErrorOfTheDocumentWithItsBody) {
  const std::string path = std::string("/api/v1/invoices/") + kExampleId;
  ExpectError(Send("GET", server_->base_url() + path, {}, ""), 401, "Unauthorized",
              "Invalid or expired access token.");
  ExpectError(Get(path, "not-a-token"), 401, "Unauthorized", "Invalid or expired access token.");
  ExpectError(Send("GET", server_->base_url() + path, {std::string("X-COUPA-API-KEY: ") + kAdminKey}, ""),
              401, "Unauthorized", "Invalid or expired access token.");
  const std::string core = ClientToken("core-only", {"--scopes", "core.invoice.read"}, "core.invoice.read");
  ExpectError(Get(path, core), 403, "Forbidden",
              "The access token does not grant the scope csp.invoices.read.");
  const std::string token = ClientToken("errors", {"--scopes", "csp.invoices.read"});
  ExpectError(Get("/api/v1/invoices/00000000-0000-0000-0000-000000000000", token), 404, "Not Found",
              "Invoice not found");
  ExpectError(Get("/api/v1/nothing-here", token), 404, "Not Found",
              "No route matches [GET] \"/api/v1/nothing-here\"");
}

// 500 and 503 need a failing server: fault injection forces each once.
TEST_F(SupplierApiTest, The500And503OfTheDocumentWithTheirBodies) {
  const std::string token = ClientToken("unlucky", {"--scopes", "csp.invoices.read"});
  const std::string path = std::string("/api/v1/invoices/") + kExampleId;
  const std::vector<std::string> admin = {std::string("X-COUPA-API-KEY: ") + kAdminKey,
                                          "Content-Type: application/json"};
  for (const auto& [status, error, message] :
       {std::tuple{500L, "Internal Server Error", "An unexpected error occurred. Please try again later."},
        std::tuple{503L, "Service Unavailable", "Service Unavailable. Please try again later."}}) {
    ASSERT_EQ(
        Send("POST", server_->base_url() + "/admin/faults", admin,
             R"({"method":"GET","path":"/api/v1/**","count":1,"status":)" + std::to_string(status) + "}")
            .status,
        201);
    ExpectError(Get(path, token), status, error, message);
    EXPECT_EQ(Get(path, token).status, 200) << "the fault was for one call";
  }
  EXPECT_EQ(Send("DELETE", server_->base_url() + "/admin/faults", admin, "").status, 200);
}

TEST_F(SupplierApiTest, CreditsAreSpentOnePerCall) {
  const std::string token = ClientToken("metered", {"--scopes", "csp.invoices.read"});
  std::string out;
  ASSERT_EQ(RunToCompletion(
                {"clients", "credits", "metered", "2", "--data-dir", server_->data_dir().string()}, &out),
            0)
      << out;
  const std::string path = std::string("/api/v1/invoices/") + kExampleId;
  EXPECT_EQ(Get(path, token).status, 200);
  EXPECT_EQ(Get(path, token).status, 200);
  ExpectError(Get(path, token), 403, "Forbidden", "Not enough Credits available.");
  ASSERT_EQ(
      RunToCompletion(
          {"clients", "credits", "metered", "unlimited", "--data-dir", server_->data_dir().string()}, &out),
      0);
  EXPECT_EQ(Get(path, token).status, 200);
}

TEST_F(SupplierApiTest, TheHundredAndFirstCallWithinAMinuteIs429) {
  const std::string token = ClientToken("busy", {"--scopes", "csp.invoices.read"});
  const std::string path = std::string("/api/v1/invoices/") + kExampleId;
  int ok = 0;
  for (int i = 0; i < 100; ++i) ok += Get(path, token).status == 200 ? 1 : 0;
  EXPECT_EQ(ok, 100);
  HttpResult limited = Get(path, token);
  ExpectError(limited, 429, "Too Many Requests",
              "The API call for this client has exceeded the maximum call rate limit of 100 per minute.");
  EXPECT_FALSE(limited.headers["retry-after"].empty());
  EXPECT_EQ(Get(path, ClientToken("calm", {"--scopes", "csp.invoices.read"})).status, 200)
      << "another client has its own rate";
}

}  // namespace
}  // namespace apbridge::testing
