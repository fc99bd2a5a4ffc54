// Coupa Pay's mark exported over loopback against `apbridge serve --demo`:
// the spec's two example calls against a reference filter written here, the
// ERP's cycle (fetch, mark each, fetch again), the four ways to mark and that
// a second mark changes nothing, read-only elements refused with nothing
// written, bad input, and the index/show/update permissions granted apart.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <simdjson.h>

#include <set>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "resources/api_keys.hpp"
#include "storage/sqlite/sqlite_store.hpp"
#include "support/demo_server_suite.hpp"
#include "support/json_text.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "export-test-admin-key-0123456789ab";
constexpr const char* kPayments = "/api/coupa_pay/payments";
constexpr const char* kSupplierAccount = "CoupaPay::SupplierPaymentAccount";

// What the spec's example calls filter on, read from one payment of a JSON answer.
struct PaymentFacts {
  int64_t id = 0;
  std::string status;
  bool exported = false;
  bool ever_exported = false;  // last-exported-at is set
  std::string issuing_bank;    // pay-from-account.payment-partner.issuing-bank
  std::string pay_to_type;     // pay-to-account.type
  Timestamp updated_at;
};

std::vector<PaymentFacts> FactsOf(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::array list;
  EXPECT_EQ(parser.parse(json).get(list), simdjson::SUCCESS) << json.substr(0, 300);
  std::vector<PaymentFacts> out;
  for (simdjson::dom::element p : list) {
    PaymentFacts f;
    EXPECT_EQ(p["id"].get(f.id), simdjson::SUCCESS);
    EXPECT_EQ(p["exported"].get(f.exported), simdjson::SUCCESS) << "payment " << f.id;
    f.status = JsonText(p, {"status"});
    f.ever_exported = !JsonText(p, {"last-exported-at"}).empty();
    f.issuing_bank = JsonText(p, {"pay-from-account", "payment-partner", "issuing-bank"});
    f.pay_to_type = JsonText(p, {"pay-to-account", "type"});
    auto updated = ParseTimestamp(JsonText(p, {"updated-at"}));
    EXPECT_TRUE(updated) << "payment " << f.id;
    if (updated) f.updated_at = *updated;
    out.push_back(std::move(f));
  }
  return out;
}

bool StatusIn(const PaymentFacts& p, std::initializer_list<std::string_view> statuses) {
  return std::find(statuses.begin(), statuses.end(), p.status) != statuses.end();
}

// The spec's first call: completed invoice payments of XYZBank not yet exported.
bool FirstCallWants(const PaymentFacts& p) {
  return StatusIn(p, {"completed_successfully", "completed_with_errors"}) && !p.exported &&
         p.issuing_bank == "XYZBank" && p.pay_to_type == kSupplierAccount;
}
constexpr const char* kFirstCall =
    "/api/coupa_pay/payments?status[in]=completed_successfully,completed_with_errors&exported=false&"
    "payment-partner[issuing-bank]=XYZBank&pay_to_account[type]=CoupaPay::SupplierPaymentAccount";

// The spec's second: invoice payments initiated or failed, updated since the last run.
bool SecondCallWants(const PaymentFacts& p) {
  return StatusIn(p, {"payment_initiated", "completed_with_errors"}) &&
         p.updated_at > *ParseTimestamp("2019-07-18T13:33:00-07:00") && p.pay_to_type == kSupplierAccount;
}
constexpr const char* kSecondCall =
    "/api/coupa_pay/payments/"
    "?status[in]=payment_initiated,completed_with_errors&updated-at[gt]=2019-07-18T13:"
    "33:00-07:00&pay_to_account[type]=CoupaPay::SupplierPaymentAccount";

class CoupaPayExportTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() { StartServer({.admin_key = kKey}); }

  // Every payment `target` answers, page after page (limit 50, Coupa's most), in JSON.
  static std::vector<PaymentFacts> AllOf(const std::string& target) {
    std::vector<PaymentFacts> all;
    const char sep = target.find('?') == std::string::npos ? '?' : '&';
    for (int offset = 0;; offset += 50) {
      HttpResult page = Call("GET", fmt::format("{}{}limit=50&offset={}", target, sep, offset), "",
                             {"Accept: application/json"});
      EXPECT_EQ(page.status, 200) << page.body.substr(0, 300);
      std::vector<PaymentFacts> facts = FactsOf(page.body);
      all.insert(all.end(), facts.begin(), facts.end());
      if (facts.size() < 50 || page.status != 200) return all;
    }
  }

  static std::set<int64_t> IdsOf(const std::vector<PaymentFacts>& payments,
                                 bool (*wants)(const PaymentFacts&)) {
    std::set<int64_t> ids;
    for (const PaymentFacts& p : payments) {
      if (wants == nullptr || wants(p)) ids.insert(p.id);
    }
    return ids;
  }

  // Expects `call` to answer exactly the payments `wants` picks from all of
  // them; returns those ids (never empty for the demo, or the test proves nothing).
  static std::set<int64_t> ExpectAnswersTheReference(const std::string& call,
                                                     bool (*wants)(const PaymentFacts&)) {
    SCOPED_TRACE(call);
    std::set<int64_t> expected = IdsOf(AllOf(kPayments), wants);
    EXPECT_EQ(IdsOf(AllOf(call), nullptr), expected);
    return expected;
  }

  static std::string Show(int64_t id, const std::string& query = "format=json") {
    return Call("GET", fmt::format("{}/{}?{}", kPayments, id, query)).body;
  }
  // Whether `?exported=false` finds payment `id`.
  static bool Pending(int64_t id) {
    const std::string body =
        Call("GET", fmt::format("{}?exported=false&id={}&fields=[%22id%22]&format=json", kPayments, id)).body;
    EXPECT_TRUE(body == "[]" || body == fmt::format(R"([{{"id":{}}}])", id)) << body;
    return body != "[]";
  }
  static std::string LastExportedAt(int64_t id) {
    return Show(id, "fields=[%22last-exported-at%22]&format=json");
  }

  // Payments never exported that neither spec call answers (marking them
  // must not empty the calls' reference sets), the first `count` of them.
  static std::vector<int64_t> SparePending(size_t count) {
    std::vector<int64_t> out;
    for (const PaymentFacts& p : AllOf(kPayments)) {
      if (p.exported || p.ever_exported || FirstCallWants(p) || SecondCallWants(p)) continue;
      if (out.size() < count) out.push_back(p.id);
    }
    EXPECT_EQ(out.size(), count) << "the demo has too few pending payments";
    return out;
  }
};

TEST_F(CoupaPayExportTest, TheSpecsExampleCallsAnswerExactlyTheMatchingPayments) {
  EXPECT_FALSE(ExpectAnswersTheReference(kFirstCall, FirstCallWants).empty())
      << "the demo data should have payments for the spec's first call";
  EXPECT_FALSE(ExpectAnswersTheReference(kSecondCall, SecondCallWants).empty())
      << "the demo data should have payments for the spec's second call";
}

// payments-api.txt: fetch, mark each exported, and the next fetch has none of them.
TEST_F(CoupaPayExportTest, TheErpCycleMarksWhatItFetchedAndDoesNotFetchItAgain) {
  const std::set<int64_t> fetched = IdsOf(AllOf(kFirstCall), nullptr);
  ASSERT_FALSE(fetched.empty());
  for (int64_t id : fetched) {
    HttpResult marked = Call("PUT", fmt::format("{}/{}?exported=true", kPayments, id));
    EXPECT_EQ(marked.status, 200) << marked.body.substr(0, 300);
  }
  EXPECT_TRUE(IdsOf(AllOf(kFirstCall), nullptr).empty()) << "each was marked exported";
  ExpectAnswersTheReference(kFirstCall, FirstCallWants);
  for (int64_t id : fetched) {
    ASSERT_EQ(Call("PUT", fmt::format("{}/{}?exported=false", kPayments, id)).status, 200);
  }
  EXPECT_EQ(IdsOf(AllOf(kFirstCall), nullptr), fetched) << "exported=false puts them back";
}

TEST_F(CoupaPayExportTest, EachWayOfMarkingTakesThePaymentOutOfExportedFalseOnce) {
  struct Way {
    std::string name, path_suffix, body, content_type;
  };
  const Way ways[] = {
      {"?exported=true", "?exported=true", "", ""},
      {"XML body", "", "<coupa-pay-payment><exported>true</exported></coupa-pay-payment>", "application/xml"},
      {"JSON body", "", R"({"exported": true})", "application/json"},
      {"/export", "/export", "", ""},
  };
  const std::vector<int64_t> ids = SparePending(std::size(ways));
  ASSERT_EQ(ids.size(), std::size(ways));
  for (size_t n = 0; n < ids.size(); ++n) {
    const Way& way = ways[n];
    const int64_t id = ids[n];
    SCOPED_TRACE(fmt::format("{} on payment {}", way.name, id));
    ASSERT_TRUE(Pending(id));
    EXPECT_EQ(LastExportedAt(id), fmt::format(R"({{"id":{},"last-exported-at":null}})", id));
    std::vector<std::string> headers;
    if (!way.content_type.empty()) headers.push_back("Content-Type: " + way.content_type);
    const std::string target = fmt::format("{}/{}{}", kPayments, id, way.path_suffix);

    HttpResult marked = Call("PUT", target, way.body, headers);
    ASSERT_EQ(marked.status, 200) << marked.body.substr(0, 300);
    EXPECT_NE(marked.body.find("<coupa-pay-payment>"), std::string::npos) << "answers the payment";
    EXPECT_NE(marked.body.find(R"(<exported type="boolean">true</exported>)"), std::string::npos);
    EXPECT_FALSE(Pending(id));
    EXPECT_EQ(LastExportedAt(id).find(R"("last-exported-at":null)"), std::string::npos) << LastExportedAt(id);

    const std::string after_first = Show(id);
    HttpResult again = Call("PUT", target, way.body, headers);
    ASSERT_EQ(again.status, 200) << again.body.substr(0, 300);
    // That it writes nothing at all, whatever the second, PaymentExportTest proves with a counting store.
    EXPECT_EQ(Show(id), after_first) << "a second mark changes nothing, updated-at included";

    const std::string marked_at = LastExportedAt(id);
    ASSERT_EQ(Call("PUT", fmt::format("{}/{}?exported=false", kPayments, id)).status, 200);
    EXPECT_TRUE(Pending(id)) << "exported=false puts it back";
    EXPECT_EQ(LastExportedAt(id), marked_at) << "and keeps when it was exported";
  }
}

TEST_F(CoupaPayExportTest, TheAnswerTakesTheQuerysShape) {
  const int64_t id = SparePending(1).at(0);
  HttpResult limited = Call("PUT", fmt::format("{}/{}/export?return_object=limited", kPayments, id));
  ASSERT_EQ(limited.status, 200) << limited.body;
  EXPECT_EQ(limited.body, fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<coupa-pay-payment>\n"
                                      "  <id type=\"integer\">{}</id>\n</coupa-pay-payment>\n",
                                      id));
  HttpResult fields =
      Call("PUT", fmt::format("{}/{}?fields=[%22exported%22]&null", kPayments, id), R"({"exported": false})",
           {"Content-Type: application/json", "Accept: application/json"});
  ASSERT_EQ(fields.status, 200) << fields.body;
  EXPECT_EQ(fields.body, fmt::format(R"({{"id":{},"exported":false}})", id));
}

// A client that GETs the whole payment, sets exported and PUTs it all back.
TEST_F(CoupaPayExportTest, AWholePaymentSentBackWithExportedSetIsAccepted) {
  const int64_t id = SparePending(1).at(0);
  for (const char* format : {"xml", "json"}) {
    SCOPED_TRACE(format);
    const std::string target = fmt::format("{}/{}?format={}", kPayments, id, format);
    std::string body = Call("GET", target).body;
    const bool xml = std::string(format) == "xml";
    const std::string from = xml ? R"(<exported type="boolean">false</exported>)" : R"("exported":false)";
    const std::string to = xml ? R"(<exported type="boolean">true</exported>)" : R"("exported":true)";
    const size_t at = body.find(from);
    ASSERT_NE(at, std::string::npos) << body.substr(0, 500);
    body.replace(at, from.size(), to);
    HttpResult put = Call("PUT", target, body, {std::string("Content-Type: application/") + format});
    EXPECT_EQ(put.status, 200) << put.body.substr(0, 500);
    EXPECT_FALSE(Pending(id));
    ASSERT_EQ(Call("PUT", fmt::format("{}/{}?exported=false", kPayments, id)).status, 200);
  }
}

TEST_F(CoupaPayExportTest, ChangingAnythingButExportedIsRefusedNamingItAndNothingChanges) {
  const int64_t id = SparePending(1).at(0);
  const std::string before_xml = Show(id, "format=xml");
  const std::string before_json = Show(id);
  simdjson::dom::parser parser;
  simdjson::dom::element shown;
  ASSERT_EQ(parser.parse(before_json).get(shown), simdjson::SUCCESS);
  int64_t account = 0;
  ASSERT_EQ(shown.at_pointer("/pay-to-account/id").get(account), simdjson::SUCCESS);
  int64_t detail = 0;
  ASSERT_EQ(shown.at_pointer("/payment-details/0/id").get(detail), simdjson::SUCCESS);
  std::string_view status;
  ASSERT_EQ(shown["status"].get(status), simdjson::SUCCESS);
  const std::string changed_status =
      fmt::format(R"({{"exported": true, "status": "{}"}})", status == "draft" ? "approved" : "draft");
  const std::string target = fmt::format("{}/{}", kPayments, id);
  const ExpectedAnswer cases[] = {
      {"PUT", target, changed_status, "application/json", 400,
       "status is read-only: only exported can be changed"},
      {"PUT", target + "?exported=true",
       "<coupa-pay-payment><pay-to-total>0.01</pay-to-total></coupa-pay-payment>", "application/xml", 400,
       "<error>pay-to-total is read-only: only exported can be changed</error>"},
      {"PUT", target,
       fmt::format(R"({{"exported": true, "pay-to-account": {{"id": {}, "type": "CoupaPay::Other"}}}})",
                   account),
       "application/json", 400,
       "<error>pay-to-account.type is read-only: only exported can be changed</error>"},
      {"PUT", target,
       fmt::format(R"({{"exported": true, "payment-details": [{{"id": {}, "payment-total": "0.01"}}]}})",
                   detail),
       "application/json", 400, "payment-details[0].payment-total is read-only"},
      {"PUT", target, R"({"exported": true, "pay-to-account": {"id": 987654}})", "application/json", 400,
       "pay-to-account is read-only"},
  };
  ExpectAnswers(cases);
  HttpResult json_error =
      Call("PUT", target, changed_status, {"Content-Type: application/json", "Accept: application/json"});
  EXPECT_EQ(json_error.body,
            R"({"errors":{"coupa-pay-payment":["status is read-only: only exported can be changed"]}})");
  EXPECT_EQ(Show(id, "format=xml"), before_xml) << "the payment is byte for byte as it was";
  EXPECT_EQ(Show(id), before_json);
}

TEST_F(CoupaPayExportTest, BadInputIsAClearErrorAndWritesNothing) {
  const int64_t id = SparePending(1).at(0);
  const std::string before = Show(id);
  const std::string target = fmt::format("{}/{}", kPayments, id);
  const ExpectedAnswer cases[] = {
      {"PUT", target + "?exported=perhaps", "", "", 400, "exported"},
      {"PUT", target + "/export?exported=perhaps", "", "", 400, "exported"},
      {"PUT", target, R"({"exported": "maybe"})", "application/json", 400, "exported"},
      {"PUT", target, "<coupa-pay-payment><exported>maybe</exported></coupa-pay-payment>", "application/xml",
       400, "exported"},
      {"PUT", target, R"({"exported": null})", "application/json", 400, "exported must be true or false"},
      {"PUT", target, "", "", 400, "exported is required"},
      {"PUT", target, R"({"status": "approved"})", "application/json", 400, "exported is required"},
      {"PUT", target, "<coupa-pay-payment><exported>true</exported>", "application/xml", 400, "<errors>"},
      {"PUT", target, R"({"exported": true)", "application/json", 400, "<errors>"},
      {"PUT", target, "<invoice-header><exported>true</exported></invoice-header>", "application/xml", 400,
       "<errors>"},
      {"PUT", target, R"({"exported": true, "bogus-element": 1})", "application/json", 400, "bogus-element"},
      {"PUT", target, "exported=true", "text/csv", 415, "<errors>"},
      {"PUT", "/api/coupa_pay/payments/987654?exported=true", "", "", 404, "987654"},
      {"PUT", "/api/coupa_pay/payments/987654/export", "", "", 404, "987654"},
      {"PUT", "/api/coupa_pay/payments/abc/export", "", "", 404, "<errors>"},
  };
  ExpectAnswers(cases);
  EXPECT_EQ(Show(id), before) << "payment " << id << " changed";
}

// payments-api.txt: "The API key used to fetch/update data must have
// permission to index, show, and update": each is granted on its own. The keys
// are issued into the server's own database, as any key is.
TEST_F(CoupaPayExportTest, IndexShowAndUpdateAreEachGrantedOnTheirOwn) {
  const model::Catalog& catalog = model::Catalog::Coupa();
  auto store = storage::sqlite::OpenStore((server_->data_dir() / "apbridge.db").string(), catalog);
  ASSERT_TRUE(store) << store.error().message;
  SystemClock clock;
  resources::ApiKeys keys(**store, catalog, clock);
  auto reader = keys.Issue({"erp reader", "coupa_pay/payments:index coupa_pay/payments:show", ""});
  auto marker = keys.Issue({"erp marker", "coupa_pay/payments:update", ""});
  ASSERT_TRUE(reader && marker);

  const int64_t id = SparePending(1).at(0);
  const std::string show = fmt::format("{}/{}", kPayments, id);
  auto as = [&](const std::string& key, const std::string& method, const std::string& target) {
    return Checked(Send(method, server_->base_url() + target, {"X-COUPA-API-KEY: " + key}, "")).status;
  };
  EXPECT_EQ(as(reader->key, "GET", kPayments), 200);
  EXPECT_EQ(as(reader->key, "GET", show), 200);
  EXPECT_EQ(as(reader->key, "PUT", show + "?exported=true"), 403);
  EXPECT_EQ(as(reader->key, "PUT", show + "/export"), 403);
  EXPECT_TRUE(Pending(id)) << "a refused key marks nothing";

  EXPECT_EQ(as(marker->key, "GET", kPayments), 403);
  EXPECT_EQ(as(marker->key, "GET", show), 403);
  EXPECT_EQ(as(marker->key, "PUT", show + "/export"), 200);
  EXPECT_FALSE(Pending(id));
  EXPECT_EQ(as(marker->key, "PUT", show + "?exported=false"), 200);
  EXPECT_TRUE(Pending(id));
}

}  // namespace
}  // namespace apbridge::testing
