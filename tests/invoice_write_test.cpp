// The write side of /api/invoices over loopback against `apbridge serve
// --demo`: the procedure of erp-payment-update.txt on invoice 106 (look-up,
// POST answered 201, the invoice paid once however often it is posted),
// exported marking, the answer's shape, and bad input answered in Coupa's
// error format with nothing written.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/testing/spec_samples.hpp"
#include "support/demo_server_suite.hpp"
#include "support/text_search.hpp"

namespace apbridge::testing {
namespace {

using model::testing::kErpPaymentPayload;

constexpr const char* kKey = "write-test-admin-key-0123456789ab";

class InvoiceWriteTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() { StartServer({.admin_key = kKey}); }
};

TEST_F(InvoiceWriteTest, TheSpecsPaymentProcedureOnInvoice106) {
  // Step 2: the look-up finds exactly invoice 106.
  HttpResult found = Call("GET", "/api/invoices?invoice-number=test1234536&supplier[name[=12345");
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_EQ(Occurrences(found.body, "<invoice-header>"), 1U) << found.body;
  EXPECT_NE(found.body.find("<id type=\"integer\">106</id>"), std::string::npos);
  const size_t payments_before = Occurrences(Call("GET", "/api/invoices/106").body, "<payment>");

  // Step 4-5: POST the payment, expect 201 with the invoice.
  HttpResult posted =
      Call("POST", "/api/invoices/106", std::string(kErpPaymentPayload), {"Content-Type: application/xml"});
  ASSERT_EQ(posted.status, 201) << posted.body;
  EXPECT_NE(posted.body.find("<paid type=\"boolean\">true</paid>"), std::string::npos) << posted.body;
  EXPECT_NE(posted.body.find("<payment-notes>ADAMTEST|#10|USD|1.00|FULLY PAID|</payment-notes>"),
            std::string::npos);
  EXPECT_EQ(Occurrences(posted.body, "<payment>"), payments_before + 1);
  EXPECT_NE(posted.body.find("<amount-paid type=\"decimal\">1.00</amount-paid>"), std::string::npos);

  // Step 6: validated by reading it back; a second identical POST adds nothing.
  HttpResult again =
      Call("POST", "/api/invoices/106", std::string(kErpPaymentPayload), {"Content-Type: application/xml"});
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(Occurrences(Call("GET", "/api/invoices/106").body, "<payment>"), payments_before + 1);
}

TEST_F(InvoiceWriteTest, ExportedIsMarkedByQueryOrBodyAndTheAnswerTakesItsShape) {
  HttpResult marked = Call("PUT", "/api/invoices/107?exported=true&return_object=limited&null");
  ASSERT_EQ(marked.status, 200) << marked.body;
  EXPECT_EQ(marked.body,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice-header>\n  <id type=\"integer\">107</id>\n"
            "</invoice-header>\n");
  HttpResult read =
      Call("GET", "/api/invoices/107?fields=[%22exported%22,%22last-exported-at%22]&format=json");
  EXPECT_NE(read.body.find(R"("exported":true,"last-exported-at":")"), std::string::npos) << read.body;
  HttpResult unmarked = Call("PATCH", "/api/invoices/107?fields=[%22exported%22]", R"({"exported": false})",
                             {"Content-Type: application/json", "Accept: application/json"});
  ASSERT_EQ(unmarked.status, 200) << unmarked.body;
  EXPECT_EQ(unmarked.body, R"({"id":107,"exported":false})");
  HttpResult pending = Call("GET", "/api/invoices?exported=false&id=107&fields=[%22id%22]&format=json");
  EXPECT_EQ(pending.body, R"([{"id":107}])") << "the ERP finds it again";
}

TEST_F(InvoiceWriteTest, BadInputIsAnErrorInCoupasFormatAndChangesNothing) {
  const std::string before = Call("GET", "/api/invoices/1000?format=json").body;
  const ExpectedAnswer cases[] = {
      {"PUT", "/api/invoices/1000", "<invoice-header><paid>maybe</paid></invoice-header>", "application/xml",
       400, "<error>"},
      {"PUT", "/api/invoices/1000", "<invoice-header><paid>true</paid>", "application/xml", 400, "<errors>"},
      {"PUT", "/api/invoices/1000", "<supplier><name>x</name></supplier>", "application/xml", 400,
       "<errors>"},
      {"PUT", "/api/invoices/1000", R"({"bogus-element": 1})", "application/json", 400, "bogus-element"},
      {"PUT", "/api/invoices/1000", R"({"status": "voided"})", "application/json", 400,
       "status is read-only"},
      {"PUT", "/api/invoices/1000", R"({"gross-total": "1.00", "paid": true})", "application/json", 400,
       "gross-total is read-only"},
      {"PUT", "/api/invoices/1000", R"({"supplier": {"id": 987654}})", "application/json", 400,
       "supplier names no supplier with id 987654"},
      {"PUT", "/api/invoices/1000", R"({"payments": [{"notes": "x"}]})", "application/json", 400,
       "payments[0].amount-paid is required"},
      {"PUT", "/api/invoices/1000", R"({"comments": ")" + std::string(256, 'x') + R"("})", "application/json",
       400, "comments"},
      {"PUT", "/api/invoices/1000", R"({"internal-note": ")" + std::string(65536, 'x') + R"("})",
       "application/json", 400, "internal-note"},
      {"PUT", "/api/invoices/1000?exported=perhaps", "", "", 400, "exported"},
      {"PUT", "/api/invoices/987654", R"({"paid": true})", "application/json", 404, "987654"},
      {"PUT", "/api/invoices/1000", "paid=true", "text/csv", 415, "<errors>"},
  };
  ExpectAnswers(cases);
  EXPECT_TRUE(Call("GET", "/api/invoices/1000?format=json").body == before) << "invoice 1000 changed";
}

// A client that GETs the whole invoice, edits one element and PUTs it all
// back: every read-only element comes back unchanged and is accepted.
TEST_F(InvoiceWriteTest, AWholeInvoiceSentBackWithOneEditIsAccepted) {
  for (const char* format : {"xml", "json"}) {
    SCOPED_TRACE(format);
    const std::string target = std::string("/api/invoices/1001?format=") + format;
    std::string body = Call("GET", target).body;
    const std::string type = std::string("Content-Type: application/") + format;
    HttpResult same = Call("PUT", target + "&return_object=limited", body, {type});
    EXPECT_EQ(same.status, 200) << same.body.substr(0, 500);
    const std::string from = std::string(format) == "xml" ? "<comments nil=\"true\"/>" : R"("comments":null)";
    const std::string to =
        std::string(format) == "xml" ? "<comments>edited</comments>" : R"("comments":"edited")";
    HttpResult stale = Call("PUT", target, body, {type});
    EXPECT_EQ(stale.status, 409) << "that copy is older than the write above: " << stale.body.substr(0, 300);
    body = Call("GET", target).body;
    const size_t at = body.find(from);
    ASSERT_NE(at, std::string::npos) << body.substr(0, 500);
    body.replace(at, from.size(), to);
    HttpResult edited = Call("PUT", target + "&fields=[%22comments%22]", body, {type});
    EXPECT_EQ(edited.status, 200) << edited.body.substr(0, 500);
    EXPECT_NE(edited.body.find("edited"), std::string::npos) << edited.body;
    EXPECT_EQ(
        Call("PUT", "/api/invoices/1001", R"({"comments":null})", {"Content-Type: application/json"}).status,
        200);
  }
}

TEST_F(InvoiceWriteTest, OnlyANewInvoiceCanBeDeleted) {
  HttpResult refused = Call("DELETE", "/api/invoices/1001");
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("only a new invoice can"), std::string::npos) << refused.body;
  EXPECT_EQ(Call("GET", "/api/invoices/1001?return_object=limited").status, 200) << "still there";
  EXPECT_EQ(Call("DELETE", "/api/invoices/987654").status, 404);
  // The demo's new invoice.
  const std::string found = Call("GET", "/api/invoices?status=new&fields=[%22id%22]&format=json").body;
  ASSERT_EQ(found.rfind(R"([{"id":)", 0), 0U) << found;
  const std::string id = found.substr(7, found.find('}') - 7);
  HttpResult deleted = Call("DELETE", "/api/invoices/" + id + "?return_object=limited");
  EXPECT_EQ(deleted.status, 200) << deleted.body;
  EXPECT_NE(deleted.body.find("<id type=\"integer\">" + id + "</id>"), std::string::npos) << deleted.body;
  EXPECT_EQ(Call("GET", "/api/invoices/" + id).status, 404);
  EXPECT_EQ(Call("DELETE", "/api/invoices/" + id).status, 404) << "once";
}

TEST_F(InvoiceWriteTest, WritesNeedTheUpdatePermission) {
  HttpResult r = Send("PUT", server_->base_url() + "/api/invoices/106?exported=true", {}, "");
  EXPECT_EQ(r.status, 401);
}

}  // namespace
}  // namespace apbridge::testing
