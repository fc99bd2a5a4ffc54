// Comments on invoices over loopback against `apbridge serve --demo`: posted
// in XML and JSON, found with GET /api/comments?commentable-id=N, deleted;
// bad input answered in Coupa's error format with nothing written.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "support/demo_server_suite.hpp"

namespace apbridge::testing {
namespace {

// The ids of a JSON list answered with fields=["id"]: [{"id":1},{"id":2}].
std::vector<std::string> Ids(const std::string& json) {
  std::vector<std::string> ids;
  const std::regex id(R"re("id":(\d+))re");
  for (auto it = std::sregex_iterator(json.begin(), json.end(), id); it != std::sregex_iterator(); ++it) {
    ids.push_back((*it)[1]);
  }
  return ids;
}

class CommentRoutesTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() {
    ASSERT_NO_FATAL_FAILURE(StartServer({}));
    // The demo key acts as the demo's API user (erp-integration).
    std::ifstream in(server_->data_dir() / "demo-credentials.json");
    const std::string credentials((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::smatch key;
    ASSERT_TRUE(std::regex_search(credentials, key, std::regex(R"re("api_key": "(\w+)")re"))) << credentials;
    UseKey(key[1]);
  }

  static std::vector<std::string> CommentIdsOf(int64_t invoice) {
    return Ids(Call("GET", "/api/comments?commentable-id=" + std::to_string(invoice) +
                               "&fields=[%22id%22]&format=json")
                   .body);
  }
};

TEST_F(CommentRoutesTest, PostedInXmlAndJsonFoundByInvoiceAndDeleted) {
  ASSERT_TRUE(CommentIdsOf(106).empty()) << "the demo has no comment on 106";
  const std::string invoice_before = Call("GET", "/api/invoices/106").body;

  HttpResult xml = Call("POST", "/api/invoices/106/comments",
                        "<comment><comments>Paid by check 10 &amp; mailed</comments></comment>",
                        {"Content-Type: application/xml"});
  ASSERT_EQ(xml.status, 201) << xml.body;
  EXPECT_NE(xml.body.find("<comment>"), std::string::npos) << xml.body;
  EXPECT_NE(xml.body.find("<commentable-id type=\"integer\">106</commentable-id>"), std::string::npos);
  EXPECT_NE(xml.body.find("<commentable-type>InvoiceHeader</commentable-type>"), std::string::npos);
  EXPECT_NE(xml.body.find("<comments>Paid by check 10 &amp; mailed</comments>"), std::string::npos);
  EXPECT_NE(xml.body.find("<to-supplier type=\"boolean\">false</to-supplier>"), std::string::npos);
  EXPECT_NE(xml.body.find("<reason-code nil=\"true\"/>"), std::string::npos);
  EXPECT_NE(xml.body.find("<attachments type=\"array\"/>"), std::string::npos);
  EXPECT_NE(xml.body.find("<login>erp-integration</login>"), std::string::npos)
      << "created-by: the key's user";

  HttpResult json = Call("POST", "/api/invoices/106/comments?fields=[%22id%22,%22to-supplier%22]",
                         R"({"comments": "Please add the PO number", "to-supplier": true})",
                         {"Content-Type: application/json", "Accept: application/json"});
  ASSERT_EQ(json.status, 201) << json.body;
  EXPECT_NE(json.body.find(R"("to-supplier":true)"), std::string::npos) << json.body;

  const std::vector<std::string> ids = CommentIdsOf(106);
  ASSERT_EQ(ids.size(), 2U);
  EXPECT_NE(json.body.find(R"("id":)" + ids[1]), std::string::npos) << "in id order";
  EXPECT_EQ(Call("GET",
                 "/api/comments?commentable-type=InvoiceHeader&commentable-id=106&to-supplier=true"
                 "&fields=[%22id%22]&format=json")
                .body,
            R"([{"id":)" + ids[1] + "}]");
  EXPECT_EQ(Call("GET", "/api/invoices/106").body, invoice_before) << "comments leave the invoice as it is";

  HttpResult deleted = Call("DELETE", "/api/invoices/106/comments/" + ids[0]);
  ASSERT_EQ(deleted.status, 200) << deleted.body;
  EXPECT_NE(deleted.body.find("<comments>Paid by check 10 &amp; mailed</comments>"), std::string::npos)
      << "answered as it was: " << deleted.body;
  EXPECT_EQ(Call("GET", "/api/comments/" + ids[0]).status, 404);
  EXPECT_EQ(CommentIdsOf(106), std::vector<std::string>{ids[1]});
  EXPECT_EQ(Call("DELETE", "/api/invoices/106/comments/" + ids[0]).status, 404) << "once";
  EXPECT_EQ(Call("DELETE", "/api/invoices/106/comments/" + ids[1] + "?return_object=limited").status, 200);
  EXPECT_TRUE(CommentIdsOf(106).empty());
}

TEST_F(CommentRoutesTest, BadInputIsAnErrorInCoupasFormatAndWritesNothing) {
  const std::vector<std::string> disputed = CommentIdsOf(1033);
  ASSERT_FALSE(disputed.empty()) << "the demo's disputed invoice has comments";
  const std::string before = Call("GET", "/api/comments?format=json").body;
  const ExpectedAnswer cases[] = {
      {"POST", "/api/invoices/106/comments", "<comment><comments>x</comments>", "application/xml", 400,
       "<errors>"},
      {"POST", "/api/invoices/106/comments", R"({"comments": "x")", "application/json", 400,
       "Malformed JSON"},
      {"POST", "/api/invoices/106/comments?format=json", R"({"comments": ""})", "application/json", 400,
       R"({"errors":{"comment":["comments can't be blank"]}})"},
      {"POST", "/api/invoices/106/comments", "<invoice-header><comments>x</comments></invoice-header>",
       "application/xml", 400, "<error>"},
      {"POST", "/api/invoices/106/comments", "<comment><comments>  </comments></comment>", "application/xml",
       400, "<error>comments can't be blank</error>"},
      {"POST", "/api/invoices/106/comments", R"({"to-supplier": true})", "application/json", 400,
       "comments can't be blank"},
      {"POST", "/api/invoices/106/comments", "", "application/xml", 400, "<errors>"},
      {"POST", "/api/invoices/106/comments", R"({"comments": "x", "bogus": 1})", "application/json", 400,
       "bogus"},
      {"POST", "/api/invoices/106/comments", R"({"comments": "x", "id": 5})", "application/json", 400,
       "id is read-only"},
      {"POST", "/api/invoices/106/comments", R"({"comments": "x", "commentable-id": 1033})",
       "application/json", 400, "commentable-id"},
      {"POST", "/api/invoices/106/comments", R"({"comments": ")" + std::string(65536, 'x') + R"("})",
       "application/json", 400, "comments is too long"},
      {"POST", "/api/invoices/106/comments", "comments=x", "text/csv", 415, "<errors>"},
      {"POST", "/api/invoices/987654/comments", "<comment><comments>x</comments></comment>",
       "application/xml", 404, "987654"},
      {"POST", "/api/invoices/abc/comments", "<comment><comments>x</comments></comment>", "application/xml",
       404, "<errors>"},
      {"DELETE", "/api/invoices/106/comments/" + disputed[0], "", "", 404, "on invoice 106"},
      {"DELETE", "/api/invoices/106/comments/987654", "", "", 404, "987654"},
      {"DELETE", "/api/invoices/106/comments/x", "", "", 404, "<errors>"},
  };
  ExpectAnswers(cases);
  EXPECT_TRUE(Call("GET", "/api/comments?format=json").body == before) << "a comment was written or removed";
}

TEST_F(CommentRoutesTest, CommentsNeedAKey) {
  EXPECT_EQ(Send("POST", server_->base_url() + "/api/invoices/106/comments",
                 {"Content-Type: application/xml"}, "<comment><comments>x</comments></comment>")
                .status,
            401);
  EXPECT_EQ(Send("GET", server_->base_url() + "/api/comments", {}, "").status, 401);
  EXPECT_TRUE(CommentIdsOf(106).empty());
}

}  // namespace
}  // namespace apbridge::testing
