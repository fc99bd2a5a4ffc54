// POST /api/invoices over loopback against `apbridge serve --demo`: drafts
// created in XML and JSON (201, then GET shows the draft and its computed
// totals), lines added by PUT, bad input answered 4xx naming the element with
// nothing written, and --refuse-invoice-create answering as an older Coupa.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "support/demo_server_suite.hpp"
#include "support/text_search.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "create-test-admin-key-0123456789ab";

// The first number after `key` (`"supplier":{"id":`) in `json`.
std::string NumberAfter(const std::string& json, const std::string& key) {
  const size_t at = json.find(key);
  if (at == std::string::npos) return "";
  std::smatch m;
  const std::string rest = json.substr(at + key.size());
  return std::regex_search(rest, m, std::regex("^(\\d+)")) ? m[1].str() : "";
}

class InvoiceCreateTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() {
    ASSERT_NO_FATAL_FAILURE(StartServer({.admin_key = kKey}));
    // The references of a demo invoice, for the bodies below.
    const std::string refs =
        Call(*server_, "GET",
             "/api/invoices/1000?format=json&fields=[%22id%22,{%22supplier%22:[%22id%22]},"
             "{%22currency%22:[%22id%22]},{%22bill-to-address%22:[%22id%22]}]")
            .body;
    supplier_ = NumberAfter(refs, R"("supplier":{"id":)");
    currency_ = NumberAfter(refs, R"("currency":{"id":)");
    address_ = NumberAfter(refs, R"("bill-to-address":{"id":)");
    ASSERT_FALSE(supplier_.empty() || currency_.empty() || address_.empty()) << refs;
  }
  static std::string Xml(const std::string& number, const std::string& lines) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice-header>\n  <invoice-number>" + number +
           "</invoice-number>\n  <invoice-date type=\"dateTime\">2026-03-02T00:00:00Z</invoice-date>\n"
           "  <supplier><id type=\"integer\">" +
           supplier_ + "</id></supplier>\n  <currency><id>" + currency_ +
           "</id></currency>\n  <bill-to-address><id>" + address_ +
           "</id></bill-to-address>\n  <shipping-amount type=\"float\">5.0</shipping-amount>\n"
           "  <tax-rate type=\"float\">10.0</tax-rate>\n  <invoice-lines type=\"array\">" +
           lines + "</invoice-lines>\n</invoice-header>\n";
  }
  static std::string Json(const std::string& number, const std::string& extra = "") {
    return R"({"invoice-number":")" + number + R"(","invoice-date":"2026-03-02","supplier":{"id":)" +
           supplier_ + R"(},"currency":{"id":)" + currency_ + R"(},"bill-to-address":{"id":)" + address_ +
           "}" + extra + R"(,"invoice-lines":[{"description":"Cables","price":"4.99","quantity":"3"}]})";
  }

  // The drafts there are (the demo has fewer than a page of them).
  static size_t Drafts() {
    return Occurrences(Call("GET", "/api/invoices?status=draft&fields=[%22id%22]&format=json").body,
                       "\"id\":");
  }

  static std::string supplier_, currency_, address_;
};

std::string InvoiceCreateTest::supplier_;
std::string InvoiceCreateTest::currency_;
std::string InvoiceCreateTest::address_;

TEST_F(InvoiceCreateTest, SubmitForApprovalCreatesAndSubmitsInOneOrWritesNothing) {
  const std::string json_type = "Content-Type: application/json";
  HttpResult submitted =
      Call("POST", "/api/invoices/new/submit_for_approval?format=json&fields=[%22id%22,%22status%22]",
           Json("CT-SFA-1"), {json_type});
  ASSERT_EQ(submitted.status, 201) << submitted.body;
  const std::string id = NumberAfter(submitted.body, R"("id":)");
  // The bootstrap admin key names no API user: no requester, no managers to approve.
  EXPECT_EQ(submitted.body, R"({"id":)" + id + R"(,"status":"approved"})");
  EXPECT_EQ(Call("GET", "/api/approvals?approvable-id=" + id + "&format=json").body, "[]");

  HttpResult by_get = Call("GET", "/api/invoices/new/submit_for_approval?return_object=limited",
                           Json("CT-SFA-2"), {json_type});
  EXPECT_EQ(by_get.status, 201) << by_get.body << " (the spec lists it as GET)";

  const size_t before = Occurrences(
      Call("GET", "/api/invoices?format=json&fields=[%22id%22]&invoice-number[starts_with]=CT-SFA").body,
      "\"id\":");
  HttpResult again = Call("POST", "/api/invoices/new/submit_for_approval", Json("CT-SFA-1"), {json_type});
  EXPECT_EQ(again.status, 400) << again.body;
  HttpResult missing =
      Call("POST", "/api/invoices/new/submit_for_approval",
           R"({"invoice-number":"CT-SFA-3","invoice-lines":[{"description":"x","price":"1"}]})", {json_type});
  EXPECT_EQ(missing.status, 400) << missing.body;
  EXPECT_NE(missing.body.find("bill-to-address"), std::string::npos) << missing.body;
  EXPECT_EQ(
      Occurrences(
          Call("GET", "/api/invoices?format=json&fields=[%22id%22]&invoice-number[starts_with]=CT-SFA").body,
          "\"id\":"),
      before)
      << "nothing written";
}

TEST_F(InvoiceCreateTest, AnXmlDraftIsCreatedWithItsTotalsAndShownByGet) {
  const size_t before = Drafts();
  HttpResult created =
      Call("POST", "/api/invoices",
           Xml("CT-XML-1",
               "<invoice-line><description>Paper</description><price>12.50</price>"
               "<quantity>2</quantity></invoice-line>"
               "<invoice-line><description>Toner</description><price>30</price></invoice-line>"),
           {"Content-Type: application/xml"});
  ASSERT_EQ(created.status, 201) << created.body.substr(0, 800);
  EXPECT_NE(created.body.find("<status>draft</status>"), std::string::npos);
  const std::string id = NumberAfter(created.body, "<id type=\"integer\">");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(Drafts(), before + 1);

  // 25.00 + 30.00 + 5.00 shipping = 60.00, 10% = 6.00: 66.00.
  HttpResult shown =
      Call("GET", "/api/invoices/" + id +
                      "?format=json&fields=[%22status%22,%22gross-total%22,%22total-with-taxes%22,"
                      "%22total-tax%22,%22exported%22,%22lock-version-key%22,%22line-count%22]");
  ASSERT_EQ(shown.status, 200) << shown.body;
  for (const char* element :
       {R"("status":"draft")", R"("gross-total":"66.00")", R"("total-with-taxes":"66.00")",
        R"("total-tax":"6.00")", R"("exported":false)", R"("lock-version-key":1)", R"("line-count":2)"}) {
    EXPECT_NE(shown.body.find(element), std::string::npos) << element << " in " << shown.body;
  }
  const std::string full = Call("GET", "/api/invoices/" + id).body;
  EXPECT_EQ(Occurrences(full, "<invoice-line>"), 2U);
  EXPECT_NE(full.find("<type>InvoiceShipping</type>"), std::string::npos) << "the shipping charge";
  EXPECT_NE(full.find("<created-by>"), std::string::npos);
}

TEST_F(InvoiceCreateTest, AJsonDraftAnswersInTheQuerysShapeAndTakesLinesByPut) {
  HttpResult created =
      Call("POST", "/api/invoices?fields=[%22status%22,%22gross-total%22]", Json("CT-JSON-1"),
           {"Content-Type: application/json", "Accept: application/json"});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = NumberAfter(created.body, R"("id":)");
  EXPECT_EQ(created.body, R"({"id":)" + id + R"(,"status":"draft","gross-total":"14.97"})");

  const std::string line_id = NumberAfter(
      Call("GET", "/api/invoices/" + id + "?format=json&fields=[{%22invoice-lines%22:[%22id%22]}]").body,
      R"("invoice-lines":[{"id":)");
  HttpResult put = Call("PUT", "/api/invoices/" + id + "?fields=[%22gross-total%22,%22line-count%22]",
                        R"({"invoice-lines":[{"id":)" + line_id +
                            R"(,"quantity":"4"},{"description":"Plugs","price":"0.25","quantity":"10"}]})",
                        {"Content-Type: application/json", "Accept: application/json"});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_NE(put.body.find(R"("gross-total":"22.46")"), std::string::npos) << "19.96 + 2.50: " << put.body;
  EXPECT_NE(put.body.find(R"("line-count":2)"), std::string::npos) << put.body;
  HttpResult unknown = Call("PUT", "/api/invoices/" + id, R"({"invoice-lines":[{"id":987654,"price":"1"}]})",
                            {"Content-Type: application/json"});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("invoice-lines[0].id"), std::string::npos) << unknown.body;
  HttpResult approved =
      Call("PUT", "/api/invoices/1001", R"({"invoice-lines":[{"description":"x","price":"1"}]})",
           {"Content-Type: application/json"});
  EXPECT_EQ(approved.status, 400);
  EXPECT_NE(approved.body.find("update_line_accounts"), std::string::npos) << approved.body;
}

TEST_F(InvoiceCreateTest, BadInputIsA4xxNamingTheElementAndWritesNothing) {
  ASSERT_EQ(
      Call("POST", "/api/invoices?return_object=none", Json("CT-DUP-1"), {"Content-Type: application/json"})
          .status,
      201);
  const size_t before = Drafts();
  struct Case {
    std::string body, content_type;
    long status;
    std::string contains;
  };
  const Case cases[] = {
      {"<invoice-header><invoice-number>x</invoice-number>", "application/xml", 400, "<errors>"},
      {"<supplier><name>x</name></supplier>", "application/xml", 400, "invoice-header"},
      {Json("CT-BAD-1", R"(,"bogus-element":1)"), "application/json", 400, "bogus-element"},
      {R"({"invoice-date":"2026-03-02","invoice-lines":[{"price":"1"}]})", "application/json", 400,
       "invoice-number is required"},
      {R"({"invoice-date":"2026-03-02","invoice-lines":[{"price":"1"}]})", "application/json", 400,
       "invoice-lines[0].description is required"},
      {Json("CT-DUP-1"), "application/json", 400, "invoice-number has already been used"},
      {Json("ct-dup-1"), "application/json", 400, "invoice-number has already been used"},
      {Json("CT-BAD-2", R"(,"status":"approved")"), "application/json", 400, "status is read-only"},
      {Json("CT-BAD-3", R"(,"supplier":{"id":987654})"), "application/json", 400,
       "supplier names no supplier"},
      {"", "application/json", 400, "<error>"},
      {"invoice-number=x", "text/csv", 415, "<errors>"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body.substr(0, 80));
    HttpResult r = Call("POST", "/api/invoices", c.body, {"Content-Type: " + c.content_type});
    EXPECT_EQ(r.status, c.status) << r.body.substr(0, 500);
    EXPECT_NE(r.body.find(c.contains), std::string::npos) << r.body.substr(0, 500);
  }
  EXPECT_EQ(Drafts(), before) << "nothing was created";
  EXPECT_EQ(Call("GET", "/api/invoices?invoice-number[starts_with]=CT-BAD").status, 404);
}

TEST_F(InvoiceCreateTest, RefuseInvoiceCreateAnswersAsAnOlderCoupa) {
  ServerProcess refusing({"--refuse-invoice-create"}, {{"APBRIDGE_ADMIN_API_KEY", kKey}});
  ASSERT_TRUE(refusing.ready()) << refusing.log();
  HttpResult r =
      Call(refusing, "POST", "/api/invoices", Json("CT-REFUSED"), {"Content-Type: application/json"});
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.headers["allow"], "GET, HEAD");
  EXPECT_NE(r.body.find("<error>Currently, Coupa doesn't support POST of invoices using our API."),
            std::string::npos)
      << r.body;
  HttpResult json = Call(refusing, "POST", "/api/invoices", Json("CT-REFUSED"),
                         {"Content-Type: application/json", "Accept: application/json"});
  EXPECT_EQ(json.status, 405);
  EXPECT_EQ(json.body.rfind(R"({"errors":{"invoice-header":["Currently, Coupa doesn't support POST)", 0), 0U)
      << json.body;
  EXPECT_EQ(refusing.Stop(), 0);

  ServerProcess by_env({}, {{"APBRIDGE_ADMIN_API_KEY", kKey}, {"APBRIDGE_REFUSE_INVOICE_CREATE", "true"}});
  ASSERT_TRUE(by_env.ready()) << by_env.log();
  EXPECT_EQ(
      Call(by_env, "POST", "/api/invoices", Json("CT-REFUSED"), {"Content-Type: application/json"}).status,
      405);
  EXPECT_EQ(by_env.Stop(), 0);
}

}  // namespace
}  // namespace apbridge::testing
