// The image scan routes over loopback against `apbridge serve --demo`: a file
// uploaded as `curl -F file=@...` sends it (and as other clients build the
// body) comes back from retrieve_image_scan byte for byte with its content
// type, and the invoice describes it; the URL form redirects; bad input is a
// 4xx in Coupa's error format that leaves the invoice as it was.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/demo_server_suite.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "image-scan-test-admin-key-0123456789";

// Every byte value, NUL and the high ones included, and a run that looks
// like the end of a part.
std::string BinaryScan() {
  std::string bytes = "%PDF-1.4\r\n";
  for (int c = 0; c < 256; ++c) bytes.push_back(static_cast<char>(c));
  bytes += std::string("\r\n--\r\n\0\0", 8);
  return bytes;
}

class ImageScanTest : public DemoServerSuite {
 protected:
  // Strict parsing stays on: a retrieved scan comes back with its own content
  // type, which StrictParseError leaves alone.
  static void SetUpTestSuite() { StartServer({.admin_key = kKey}); }

  // Sends `fields` as multipart/form-data, as curl -F does.
  static HttpResult Upload(const std::string& target, const std::vector<FormField>& fields) {
    return Checked(SendForm("PUT", server_->base_url() + target, WithKey({}), fields));
  }

  static std::string Json(int id) {
    return Call("GET", "/api/invoices/" + std::to_string(id) + "?format=json").body;
  }
};

TEST_F(ImageScanTest, AFileSentAsCurlSendsItComesBackByteForByte) {
  const std::string bytes = BinaryScan();
  HttpResult put =
      Upload("/api/invoices/1002/image_scan", {{"file", bytes, "scan 1002.pdf", "application/pdf"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_NE(put.body.find("<image-scan>scan 1002.pdf</image-scan>"), std::string::npos) << put.body;
  EXPECT_NE(put.body.find("<image-scan-url nil=\"true\"/>"), std::string::npos);

  const std::string invoice = Json(1002);
  for (const char* element : {R"("image-scan":"scan 1002.pdf")", R"("image-scan-file-name":"scan 1002.pdf")",
                              R"("image-scan-content-type":"application/pdf")",
                              R"("image-scan-file-size":"0.01")", R"("image-scan-url":null)"}) {
    EXPECT_NE(invoice.find(element), std::string::npos) << element << " in " << invoice;
  }

  HttpResult got = Call("GET", "/api/invoices/1002/retrieve_image_scan");
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.headers["content-type"], "application/pdf");
  EXPECT_EQ(got.headers["content-disposition"], "attachment; filename=\"scan 1002.pdf\"");
  EXPECT_EQ(got.headers["content-length"], std::to_string(bytes.size()));
  EXPECT_TRUE(got.body == bytes) << "the bytes changed (" << got.body.size() << " of " << bytes.size() << ")";
}

TEST_F(ImageScanTest, ANewUploadReplacesTheOldAndTheAnswerTakesTheQuerysShape) {
  ASSERT_EQ(Upload("/api/invoices/1003/image_scan", {{"file", "first", "first.txt", "text/plain"}}).status,
            200);
  // Built by hand as other clients do: a quoted boundary, a UTF-8 name in filename*.
  const std::string tiff("II*\0\x08\0\0\0\xff\xd8", 10);
  const std::string body =
      "--b0undary\r\n"
      "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
      "ignored\r\n"
      "--b0undary\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"facture.tif\"; "
      "filename*=UTF-8''facture%20%C3%A9t%C3%A9.tif\r\n"
      "Content-Type: image/tiff\r\n\r\n" +
      tiff + "\r\n--b0undary--\r\n";
  HttpResult put = Call("PUT", "/api/invoices/1003/image_scan?return_object=limited", body,
                        {"Content-Type: multipart/form-data; boundary=\"b0undary\""});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.body,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice-header>\n  <id type=\"integer\">1003</id>\n"
            "</invoice-header>\n");
  HttpResult json =
      Call("PUT", "/api/invoices/1003/image_scan?fields=[%22image-scan-file-name%22]", body,
           {"Content-Type: multipart/form-data; boundary=b0undary", "Accept: application/json"});
  EXPECT_EQ(json.body, "{\"id\":1003,\"image-scan-file-name\":\"facture \xc3\xa9t\xc3\xa9.tif\"}");

  HttpResult got = Call("GET", "/api/invoices/1003/retrieve_image_scan");
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_TRUE(got.body == tiff) << "the second upload replaced the first";
  EXPECT_EQ(got.headers["content-type"], "image/tiff");
  EXPECT_EQ(got.headers["content-disposition"],
            "attachment; filename=\"facture _t_.tif\"; filename*=UTF-8''facture%20%C3%A9t%C3%A9.tif");
}

TEST_F(ImageScanTest, AUrlIsStoredAndRetrieveRedirectsToIt) {
  ASSERT_EQ(Upload("/api/invoices/1004/image_scan", {{"file", "%PDF", "a.pdf", "application/pdf"}}).status,
            200);
  struct Form {
    std::string body, content_type, url;
  };
  const Form forms[] = {
      {R"({"image-scan-url": "https://scans.example.com/1004.pdf"})", "application/json",
       "https://scans.example.com/1004.pdf"},
      {"<invoice-header><image-scan-url>http://scans.example.com/1004.tif?v=2</image-scan-url></"
       "invoice-header>",
       "application/xml", "http://scans.example.com/1004.tif?v=2"},
      {"--x\r\nContent-Disposition: form-data; "
       "name=\"image_scan_url\"\r\n\r\nhttps://example.com/s.png\r\n--x--\r\n",
       "multipart/form-data; boundary=x", "https://example.com/s.png"},
  };
  for (const Form& form : forms) {
    SCOPED_TRACE(form.content_type);
    HttpResult put = Call("PUT", "/api/invoices/1004/image_scan?format=json", form.body,
                          {"Content-Type: " + form.content_type});
    ASSERT_EQ(put.status, 200) << put.body;
    EXPECT_NE(put.body.find("\"image-scan-url\":\"" + form.url + "\""), std::string::npos) << put.body;
    EXPECT_NE(put.body.find(R"("image-scan-file-name":null)"), std::string::npos) << "the file went";
    HttpResult got = Call("GET", "/api/invoices/1004/retrieve_image_scan");
    EXPECT_EQ(got.status, 302);
    EXPECT_EQ(got.headers["location"], form.url);
  }
}

TEST_F(ImageScanTest, BadInputIsAnErrorInCoupasFormatAndChangesNothing) {
  ASSERT_EQ(Upload("/api/invoices/1005/image_scan", {{"file", "%PDF", "kept.pdf", "application/pdf"}}).status,
            200);
  const std::string before = Json(1005);
  const std::string ok_part =
      "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: "
      "application/pdf\r\n\r\n%PDF";
  struct Case {
    std::string name, target, body, content_type;
    long status;
    std::string contains;
  };
  const Case cases[] = {
      {"no file part", "/api/invoices/1005/image_scan",
       "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--x--\r\n",
       "multipart/form-data; boundary=x", 400, "file is required"},
      {"a file part without a file name", "/api/invoices/1005/image_scan",
       "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhello\r\n--x--\r\n",
       "multipart/form-data; boundary=x", 400, "file needs a file name"},
      {"an empty file", "/api/invoices/1005/image_scan",
       "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n\r\n--x--\r\n",
       "multipart/form-data; boundary=x", 400, "file is empty"},
      {"truncated multipart", "/api/invoices/1005/image_scan", "--x\r\n" + ok_part,
       "multipart/form-data; boundary=x", 400, "malformed"},
      {"no boundary", "/api/invoices/1005/image_scan", "--x\r\n" + ok_part + "\r\n--x--\r\n",
       "multipart/form-data", 400, "names no boundary"},
      {"a bad URL", "/api/invoices/1005/image_scan", R"({"image-scan-url": "ftp://example.com/a.pdf"})",
       "application/json", 400, "image-scan-url must begin with"},
      {"a null URL", "/api/invoices/1005/image_scan",
       "<invoice-header><image-scan-url nil=\"true\"/></invoice-header>", "application/xml", 400,
       "image-scan-url must begin with"},
      {"no body", "/api/invoices/1005/image_scan", "", "", 400, "file is required"},
      {"a body without the URL", "/api/invoices/1005/image_scan", R"({"comments": "x"})", "application/json",
       400, "file is required"},
      {"malformed JSON", "/api/invoices/1005/image_scan", R"({"image-scan-url": )", "application/json", 400,
       "<errors>"},
      {"an unknown invoice", "/api/invoices/987654/image_scan", "--x\r\n" + ok_part + "\r\n--x--\r\n",
       "multipart/form-data; boundary=x", 404, "987654"},
      {"a bad query", "/api/invoices/1005/image_scan?return_object=huge",
       "--x\r\n" + ok_part + "\r\n--x--\r\n", "multipart/form-data; boundary=x", 400, "return_object"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> headers;
    if (!c.content_type.empty()) headers.push_back("Content-Type: " + c.content_type);
    HttpResult r = Call("PUT", c.target, c.body, headers);
    EXPECT_EQ(r.status, c.status) << r.body;
    EXPECT_EQ(r.headers["content-type"].rfind("application/xml", 0), 0U) << r.headers["content-type"];
    EXPECT_NE(r.body.find("<errors>"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find(c.contains), std::string::npos) << r.body;
  }
  EXPECT_TRUE(Json(1005) == before) << "invoice 1005 changed";
  HttpResult kept = Call("GET", "/api/invoices/1005/retrieve_image_scan");
  EXPECT_EQ(kept.body, "%PDF");
  EXPECT_EQ(kept.headers["content-disposition"], "attachment; filename=\"kept.pdf\"");
}

TEST_F(ImageScanTest, AVoidedInvoiceRefusesAndNoScanIsNotFound) {
  const std::string found =
      Call("GET", "/api/invoices?status=voided&fields=[%22id%22]&format=json&limit=1").body;
  ASSERT_EQ(found.rfind(R"([{"id":)", 0), 0U) << found;
  const std::string id = found.substr(7, found.find('}') - 7);
  const std::string before = Json(std::stoi(id));
  HttpResult voided =
      Upload("/api/invoices/" + id + "/image_scan", {{"file", "%PDF", "a.pdf", "application/pdf"}});
  EXPECT_EQ(voided.status, 400) << voided.body;
  EXPECT_NE(voided.body.find("status is voided"), std::string::npos) << voided.body;
  EXPECT_TRUE(Json(std::stoi(id)) == before);

  for (const std::string target :
       {"/api/invoices/1006/retrieve_image_scan", "/api/invoices/987654/retrieve_image_scan"}) {
    for (const std::string accept : {"application/xml", "application/json"}) {
      HttpResult none = Call("GET", target, "", {"Accept: " + accept});
      EXPECT_EQ(none.status, 404) << target;
      EXPECT_EQ(none.headers["content-type"].rfind(accept, 0), 0U) << target;
      EXPECT_NE(none.body.find("errors"), std::string::npos) << none.body;
    }
  }
}

TEST_F(ImageScanTest, TheRoutesNeedTheirPermissions) {
  EXPECT_EQ(SendForm("PUT", server_->base_url() + "/api/invoices/1002/image_scan", {},
                     {{"file", "%PDF", "a.pdf", "application/pdf"}})
                .status,
            401);
  EXPECT_EQ(Send("GET", server_->base_url() + "/api/invoices/1002/retrieve_image_scan", {}, "").status, 401);
}

// A multipart body over --max-body-bytes is a 413 like any other, before any
// route (below twice the limit: above it RESTinio drops the connection).
TEST(ImageScanLimitTest, AnUploadOverTheBodyLimitIs413) {
  ServerProcess small({"--max-body-bytes", "2048"}, {{"APBRIDGE_ADMIN_API_KEY", kKey}});
  ASSERT_TRUE(small.ready()) << small.log();
  HttpResult r = SendForm("PUT", small.base_url() + "/api/invoices/1/image_scan",
                          {std::string("X-COUPA-API-KEY: ") + kKey},
                          {{"file", std::string(3000, '\0'), "big.pdf", "application/pdf"}});
  EXPECT_EQ(r.status, 413) << r.body;
  EXPECT_NE(r.body.find("<errors>"), std::string::npos) << r.body;
  EXPECT_EQ(small.Stop(), 0);
}

}  // namespace
}  // namespace apbridge::testing
