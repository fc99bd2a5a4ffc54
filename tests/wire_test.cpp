// Every response of every route, in both formats, through the strictest
// readers (libxml2, simdjson): every record of every API resource of the demo
// data, in every shape, each error the routes answer, on a server in a zone
// with an offset (America/Chicago), so that offsets are exercised too.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "support/demo_server_suite.hpp"
#include "support/http_client.hpp"
#include "support/strict_parse.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "wire-test-admin-key-0123456789ab";

// The index routes of the core API (the route table of src/model/api_resources.cpp),
// each with the shapes a client can ask for (the full record first).
struct Route {
  const char* path;
  std::vector<std::string> shapes;
  size_t min_records;  // the demo data has at least these
};
const Route kRoutes[] = {
    {"/api/invoices",
     {"", "return_object=shallow", "return_object=limited",
      R"(fields=["id","created-at",{"currency":["code"]},{"invoice-lines":["total",{"account":["code"]}]}])",
      "filter=erp_invoice_summary"},
     11},
    {"/api/coupa_pay/payments",
     {"", "return_object=shallow", "return_object=limited",
      R"(fields=["id","status",{"payment-details":["payment-total"]},{"payee":["name"]}])"},
     11},
    {"/api/comments",
     {"", "return_object=shallow", "return_object=limited",
      R"(fields=["id","comments",{"created-by":["login"]}])"},
     4},
};

class WireTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() {
    StartServer({.admin_key = kKey, .args = {"--demo", "--time-zone", "America/Chicago"}});
  }

  // GETs `target` in `format` and checks that the body parses strictly and
  // carries the Content-Type of that format. Returns the body.
  static std::string Fetch(const std::string& target, const std::string& format, long want_status) {
    const std::string separator = target.find('?') == std::string::npos ? "?" : "&";
    HttpResult r = Send("GET", server_->base_url() + target + separator + "format=" + format,
                        {std::string("X-COUPA-API-KEY: ") + kKey}, "");
    EXPECT_EQ(r.error, "") << target;
    EXPECT_EQ(r.status, want_status) << target << " " << format << "\n" << r.body;
    EXPECT_NE(r.headers["content-type"].find(format), std::string::npos) << target << " " << format;
    EXPECT_EQ(StrictParseError(r.headers["content-type"], r.body), "") << target << " " << format << "\n"
                                                                       << r.body;
    ++responses_;
    return r.body;
  }

  // The ids of every record of `path`, paging with the API's own paging.
  static std::vector<int64_t> AllIds(const std::string& path) {
    std::vector<int64_t> ids;
    for (int offset = 0;; offset += 50) {
      simdjson::dom::parser parser;
      const std::string body =
          Fetch(path + "?return_object=limited&offset=" + std::to_string(offset), "json", 200);
      simdjson::dom::array page;
      if (parser.parse(body).get(page) != simdjson::SUCCESS) {
        ADD_FAILURE() << body;
        return ids;
      }
      for (simdjson::dom::element record : page) ids.push_back(record["id"].get_int64().value());
      if (page.size() < 50) return ids;
    }
  }

  static int responses_;
};
int WireTest::responses_ = 0;

// The checker itself refuses what strict clients refuse: the element that
// made every invoice unreadable before, bad UTF-8, an unclosed element, and
// JSON with a trailing comma.
TEST(StrictParseTest, RefusesWhatStrictClientsRefuse) {
  EXPECT_NE(StrictParseError("application/xml",
                             "<invoice-header><show-tax-information? nil=\"true\"/></invoice-header>"),
            "");
  EXPECT_NE(StrictParseError("application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\xFF</a>"), "");
  EXPECT_NE(StrictParseError("application/xml", "<a><b></a>"), "");
  EXPECT_NE(StrictParseError("application/json", R"({"a":1,})"), "");
  EXPECT_EQ(StrictParseError("application/xml; charset=utf-8", "<a nil=\"true\"/>"), "");
  EXPECT_EQ(StrictParseError("application/json; charset=utf-8", "[]"), "");
}

TEST_F(WireTest, EveryRecordOfEveryResourceInEveryShapeAndFormat) {
  for (const Route& route : kRoutes) {
    const std::string path = route.path;
    SCOPED_TRACE(path);
    const std::vector<int64_t> ids = AllIds(path);
    ASSERT_GE(ids.size(), route.min_records) << "the demo data has records of " << path;
    for (const std::string format : {"xml", "json"}) {
      for (const std::string& shape : route.shapes) {
        for (int offset = 0; offset < static_cast<int>(ids.size()); offset += 50) {
          Fetch(path + "?offset=" + std::to_string(offset) + (shape.empty() ? "" : "&" + shape), format, 200);
        }
        for (int64_t id : ids)
          Fetch(path + "/" + std::to_string(id) + (shape.empty() ? "" : "?" + shape), format, 200);
      }
    }
  }
  EXPECT_GT(responses_, 500) << "every record, shape and format was fetched";
}

// The spec's invoice, with its supplier, lines and approval embedded, stays
// a small response (a budget against shapes that grow without notice).
TEST_F(WireTest, TheSpecsInvoiceStaysUnder30Kb) {
  const std::string xml = Fetch("/api/invoices/106", "xml", 200);
  EXPECT_LT(xml.size(), 30000u);
  EXPECT_NE(xml.find("<approvals type=\"array\">"), std::string::npos);
  EXPECT_NE(xml.find("<canceled type=\"boolean\">false</canceled>"), std::string::npos);
  EXPECT_NE(xml.find("<supplier-created type=\"boolean\">false</supplier-created>"), std::string::npos);
  EXPECT_NE(xml.find("<lock-version-key type=\"integer\">"), std::string::npos);
}

TEST_F(WireTest, EveryErrorTheRoutesAnswer) {
  for (const std::string format : {"xml", "json"}) {
    Fetch("/api/invoices/999999", format, 404);
    Fetch("/api/invoices/not-an-id", format, 404);
    Fetch("/api/invoices?invoice-number=no-such-invoice", format, format == "xml" ? 404 : 200);
    Fetch("/api/invoices?no-such-field=1", format, 400);
    Fetch("/api/invoices?updated-at[gt]=<yesterday>&amp;", format, 400);
    Fetch("/api/invoices?fields=[\"id\"", format, 400);
    Fetch("/api/coupa_pay/payments?status[like]=x", format, 400);
    Fetch("/api/no-such-route", format, 404);
  }
  // No key: 401 in the negotiated format.
  for (const std::string format : {"xml", "json"}) {
    HttpResult r = Send("GET", server_->base_url() + "/api/invoices?format=" + format, {}, "");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(StrictParseError(r.headers["content-type"], r.body), "") << r.body;
  }
}

}  // namespace
}  // namespace apbridge::testing
