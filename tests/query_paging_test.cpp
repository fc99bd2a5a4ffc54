// The spec's example queries over loopback: every returned record satisfies
// the filter, and paging through all pages (limit 2) yields exactly the
// records that a reference filter, written here, selects from the whole data set.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <functional>
#include <set>

#include "support/demo_server_suite.hpp"
#include "support/http_client.hpp"
#include "support/json_text.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "paging-test-admin-key-0123456789";

using Predicate = std::function<bool(simdjson::dom::element)>;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

class QueryPagingTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() { StartServer({.admin_key = kKey}); }

  // Every record of every page of `path?query`, paging with limit=2.
  std::vector<std::string> AllPages(const std::string& path, const std::string& query,
                                    std::vector<simdjson::dom::element>* records) {
    std::vector<std::string> ids;
    for (int offset = 0;; offset += 2) {
      const std::string url = fmt::format("{}{}?{}{}limit=2&offset={}", server_->base_url(), path, query,
                                          query.empty() ? "" : "&", offset);
      bodies_.push_back(std::make_unique<simdjson::padded_string>(
          Send("GET", url, {std::string("X-COUPA-API-KEY: ") + kKey, "Accept: application/json"}, "").body));
      simdjson::dom::array page;
      auto& parser = parsers_.emplace_back(std::make_unique<simdjson::dom::parser>());
      EXPECT_EQ(parser->parse(*bodies_.back()).get(page), simdjson::SUCCESS) << url;
      size_t n = 0;
      for (auto record : page) {
        ++n;
        int64_t id = 0;
        EXPECT_EQ(record["id"].get(id), simdjson::SUCCESS);
        ids.push_back(std::to_string(id));
        if (records) records->push_back(record);
      }
      if (n < 2) break;
    }
    return ids;
  }

  void Check(const std::string& path, const std::string& query, const Predicate& want) {
    SCOPED_TRACE(path + "?" + query);
    std::vector<simdjson::dom::element> everything;
    AllPages(path, "", &everything);
    std::vector<std::string> expected;
    for (auto record : everything) {
      if (want(record)) {
        int64_t id = 0;
        EXPECT_EQ(record["id"].get(id), simdjson::SUCCESS);
        expected.push_back(std::to_string(id));
      }
    }
    std::vector<simdjson::dom::element> returned;
    std::vector<std::string> got = AllPages(path, query, &returned);
    for (auto record : returned) EXPECT_TRUE(want(record)) << simdjson::to_string(record);
    EXPECT_EQ(std::set<std::string>(got.begin(), got.end()).size(), got.size()) << "a page repeated a record";
    EXPECT_EQ(got, expected);
    EXPECT_FALSE(expected.empty()) << "the demo data should have matches for the spec's example";
  }

  std::vector<std::unique_ptr<simdjson::padded_string>> bodies_;
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers_;
};

bool IsSupplierAccount(simdjson::dom::element p) {
  return JsonText(p, {"pay-to-account", "type"}) == "CoupaPay::SupplierPaymentAccount";
}

TEST_F(QueryPagingTest, PaymentsCompletedForXyzBankNotExported) {
  Check(
      "/api/coupa_pay/payments",
      "status[in]=completed_successfully,completed_with_errors&exported=false&payment-partner[issuing-bank]="
      "XYZBank&pay_to_account[type]=CoupaPay::SupplierPaymentAccount",
      [](simdjson::dom::element p) {
        std::string status = JsonText(p, {"status"});
        return (status == "completed_successfully" || status == "completed_with_errors") &&
               JsonText(p, {"exported"}) == "false" &&
               Lower(JsonText(p, {"pay-from-account", "payment-partner", "issuing-bank"})) == "xyzbank" &&
               IsSupplierAccount(p);
      });
}

TEST_F(QueryPagingTest, PaymentsUpdatedSinceLastRun) {
  // The server renders UTC (+00:00): 2019-07-18T13:33:00-07:00 is 20:33 UTC.
  Check("/api/coupa_pay/payments/",
        "status[in]=payment_initiated,completed_with_errors&updated-at[gt]=2019-07-18T13:33:00-07:00&"
        "pay_to_account[type]=CoupaPay::SupplierPaymentAccount",
        [](simdjson::dom::element p) {
          std::string status = JsonText(p, {"status"});
          return (status == "payment_initiated" || status == "completed_with_errors") &&
                 JsonText(p, {"updated-at"}) > "2019-07-18T20:33:00+00:00" && IsSupplierAccount(p);
        });
}

TEST_F(QueryPagingTest, PaymentsSimpleFilters) {
  Check("/api/coupa_pay/payments", "exported=false",
        [](simdjson::dom::element p) { return JsonText(p, {"exported"}) == "false"; });
  Check("/api/coupa_pay/payments", "status=approved",
        [](simdjson::dom::element p) { return JsonText(p, {"status"}) == "approved"; });
  Check("/api/coupa_pay/payments", "payment-partner[issuing-bank]=XYZBank", [](simdjson::dom::element p) {
    return Lower(JsonText(p, {"pay-from-account", "payment-partner", "issuing-bank"})) == "xyzbank";
  });
}

TEST_F(QueryPagingTest, InvoiceFilters) {
  Check("/api/invoices", "invoice-number=test1234536&supplier[name[=12345", [](simdjson::dom::element i) {
    return JsonText(i, {"invoice-number"}) == "test1234536" && JsonText(i, {"supplier", "name"}) == "12345";
  });
  Check("/api/invoices", "status[in]=approved,pending_approval&paid=false", [](simdjson::dom::element i) {
    std::string status = JsonText(i, {"status"});
    return (status == "approved" || status == "pending_approval") && JsonText(i, {"paid"}) == "false";
  });
  Check("/api/invoices", "supplier[name][contains]=a&exported=false", [](simdjson::dom::element i) {
    return Lower(JsonText(i, {"supplier", "name"})).find('a') != std::string::npos &&
           JsonText(i, {"exported"}) == "false";
  });
}

}  // namespace
}  // namespace apbridge::testing
