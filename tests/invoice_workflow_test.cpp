// The status machine over loopback against `apbridge serve --demo`: a draft
// travels draft -> pending_approval -> approved with PUT .../submit and PUT
// /api/approvals/:id/approve, found through GET /api/approvals; a disputed
// invoice names its reason and comes back to approval; a disallowed action
// and bad input are 4xx in Coupa's error format that change nothing.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "support/demo_server_suite.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "workflow-test-admin-key-0123456789";

// The text of the first <name>...</name> in `xml` ("" if none).
std::string Element(const std::string& xml, const std::string& name) {
  const std::regex element("<" + name + "(?: [^>]*)?>([^<]*)</" + name + ">");
  std::smatch m;
  return std::regex_search(xml, m, element) ? m[1].str() : "";
}

class InvoiceWorkflowTest : public DemoServerSuite {
 protected:
  // The actions' bodies are XML.
  static void SetUpTestSuite() { StartServer({.admin_key = kKey, .body_type = "application/xml"}); }

  // The id of the first demo invoice in `status`.
  static std::string InvoiceIn(const std::string& status) {
    HttpResult r = Call("GET", "/api/invoices?status=" + status + "&return_object=limited&limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    return Element(r.body, "id");
  }

  static std::string StatusOf(const std::string& id) {
    return Element(Call("GET", "/api/invoices/" + id).body, "status");
  }
};

TEST_F(InvoiceWorkflowTest, ADraftIsSubmittedAndApprovedThroughTheApprovalsApi) {
  const std::string id = InvoiceIn("draft");
  ASSERT_FALSE(id.empty());
  HttpResult submitted = Call("PUT", "/api/invoices/" + id + "/submit");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(Element(submitted.body, "status"), "pending_approval") << submitted.body;

  int approvals = 0;
  for (; approvals < 10 && StatusOf(id) == "pending_approval"; ++approvals) {
    HttpResult current =
        Call("GET", "/api/approvals?approvable-id=" + id + "&status=pending_approval&return_object=limited");
    ASSERT_EQ(current.status, 200) << current.body;
    const std::string approval = Element(current.body, "id");
    HttpResult approved = Call("PUT", "/api/approvals/" + approval + "/approve",
                               "<approval><note>checked against the contract</note></approval>");
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(Element(approved.body, "status"), "approved");
    EXPECT_EQ(Element(approved.body, "note"), "checked against the contract");
    HttpResult twice = Call("PUT", "/api/approvals/" + approval + "/approve");
    EXPECT_EQ(twice.status, 400) << "an approval is decided once";
  }
  EXPECT_GE(approvals, 1);
  EXPECT_EQ(StatusOf(id), "approved");

  HttpResult again = Call("PUT", "/api/invoices/" + id + "/submit");
  ASSERT_EQ(again.status, 400) << again.body;
  EXPECT_NE(again.body.find("<error>submit is not allowed for invoice " + id +
                            " in status approved: only from new"),
            std::string::npos)
      << again.body;
  HttpResult voided = Call("PUT", "/api/invoices/" + id + "/void?return_object=limited");
  ASSERT_EQ(voided.status, 200) << voided.body;
  EXPECT_EQ(StatusOf(id), "voided");
}

TEST_F(InvoiceWorkflowTest, ADisputeNamesItsReasonAndWithdrawingItReturnsToApproval) {
  const std::string id = InvoiceIn("pending_approval");
  ASSERT_FALSE(id.empty());
  const std::string lock = Element(Call("GET", "/api/invoices/" + id).body, "lock-version-key");
  HttpResult unknown =
      Call("PUT", "/api/invoices/" + id + "/dispute",
           "<invoice-header><dispute-reason><code>NO-SUCH</code></dispute-reason></invoice-header>");
  ASSERT_EQ(unknown.status, 400) << unknown.body;
  EXPECT_NE(unknown.body.find("dispute-reason names no dispute reason with code NO-SUCH"), std::string::npos);
  HttpResult bad_root =
      Call("PUT", "/api/invoices/" + id + "/dispute", "<dispute><comment>x</comment></dispute>");
  EXPECT_EQ(bad_root.status, 400) << bad_root.body;
  EXPECT_EQ(Element(Call("GET", "/api/invoices/" + id).body, "lock-version-key"), lock) << "nothing written";

  HttpResult disputed =
      Call("PUT", "/api/invoices/" + id + "/dispute",
           "<invoice-header><dispute-reason><code>INCORRECT-QUANTITY</code></dispute-reason>"
           "<comment>Two boxes arrived, three invoiced</comment></invoice-header>");
  ASSERT_EQ(disputed.status, 200) << disputed.body;
  EXPECT_EQ(Element(disputed.body, "status"), "disputed");
  EXPECT_NE(disputed.body.find("<code>INCORRECT-QUANTITY</code>"), std::string::npos) << disputed.body;
  HttpResult comments = Call("GET", "/api/comments?commentable-id=" + id);
  ASSERT_EQ(comments.status, 200) << comments.body;
  EXPECT_EQ(Element(comments.body, "comments"), "Two boxes arrived, three invoiced");
  EXPECT_EQ(Element(comments.body, "to-supplier"), "true");

  HttpResult withdrawn = Call("PUT", "/api/invoices/" + id + "/withdraw_dispute");
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(Element(withdrawn.body, "status"), "pending_approval");
}

TEST_F(InvoiceWorkflowTest, AnApprovedInvoicesLineAccountsAreRecodedAndNothingElse) {
  const std::string id = InvoiceIn("approved");
  const std::string invoice = Call("GET", "/api/invoices/" + id).body;
  const size_t lines_at = invoice.find("<invoice-line>");
  ASSERT_NE(lines_at, std::string::npos);
  const std::string line = Element(invoice.substr(lines_at), "id");
  const std::string price = Element(invoice.substr(lines_at), "price");
  const std::string recode =
      "<invoice-header><invoice-lines type=\"array\"><invoice-line><id>" + line +
      "</id><account><id>1</id></account></invoice-line></invoice-lines></invoice-header>";
  HttpResult recoded = Call("PUT", "/api/invoices/" + id + "/update_line_accounts", recode);
  ASSERT_EQ(recoded.status, 200) << recoded.body;
  EXPECT_EQ(Element(recoded.body, "status"), "approved");
  const std::string after = recoded.body.substr(recoded.body.find("<invoice-line>"));
  EXPECT_EQ(Element(after.substr(after.find("<account>")), "id"), "1") << after.substr(0, 2000);
  EXPECT_EQ(Element(after, "price"), price);

  const std::string reprice = "<invoice-header><invoice-lines type=\"array\"><invoice-line><id>" + line +
                              "</id><price>12345.67</price></invoice-line></invoice-lines></invoice-header>";
  HttpResult refused = Call("PUT", "/api/invoices/" + id + "/update_line_accounts", reprice);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("invoice-lines[0].price cannot be changed by update_line_accounts"),
            std::string::npos)
      << refused.body;
}

TEST_F(InvoiceWorkflowTest, BadActionInputIsAnErrorInCoupasFormat) {
  const std::string id = InvoiceIn("draft");
  HttpResult no_user = Call("PUT", "/api/invoices/" + id + "/add_approver?approver_id=999999");
  ASSERT_EQ(no_user.status, 400) << no_user.body;
  EXPECT_NE(no_user.body.find("approver_id 999999 names no user"), std::string::npos) << no_user.body;
  EXPECT_EQ(Call("PUT", "/api/invoices/" + id + "/add_approver?approver_id=x").status, 400);
  EXPECT_EQ(Call("PUT", "/api/invoices/" + id + "/add_approver").status, 400);
  EXPECT_EQ(Call("PUT", "/api/invoices/999999/void").status, 404);
  EXPECT_EQ(Call("PUT", "/api/approvals/999999/approve").status, 404);
  EXPECT_EQ(StatusOf(id), "draft");
}

}  // namespace
}  // namespace apbridge::testing
