// ParseMultipartFormData: well-formed bodies (one part, several, quoted and
// RFC 5987 names, binary bytes, preamble and epilogue, a missing final CRLF)
// and the malformed ones, each an InvalidArgument; AttachmentDisposition.
#include "http/multipart.hpp"

#include <gtest/gtest.h>

#include "http/content_disposition.hpp"

namespace apbridge::http {
namespace {

constexpr std::string_view kType = "multipart/form-data; boundary=XyZ";

// A body of `parts` (each: its header lines, then its bytes) with boundary XyZ.
std::string Body(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string body;
  for (const auto& [headers, bytes] : parts) body += "--XyZ\r\n" + headers + "\r\n" + bytes + "\r\n";
  return body + "--XyZ--\r\n";
}

TEST(MultipartTest, OneFilePartKeepsItsBytesExactly) {
  const std::string bytes("%PDF\0\r\n\xff\xfe--Xy\r\n--\r\n-\x80\r\n", 23);
  const std::string body =
      Body({{"Content-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
             "Content-Type: application/pdf\r\n",
             bytes}});
  auto parts = ParseMultipartFormData(kType, body);
  ASSERT_TRUE(parts) << parts.error().message;
  ASSERT_EQ(parts->size(), 1U);
  const FormPart& part = parts->front();
  EXPECT_EQ(part.name, "file");
  EXPECT_EQ(part.file_name, "scan.pdf");
  EXPECT_EQ(part.content_type, "application/pdf");
  EXPECT_EQ(part.body, bytes);
}

TEST(MultipartTest, SeveralPartsComeInOrderWithTheirNames) {
  const std::string body = Body({
      {"Content-Disposition: form-data; name=\"image-scan-url\"\r\n", "https://example.com/a.pdf"},
      {"content-disposition: FORM-DATA; name=file; filename=\"C:\\\\scans\\\\my \\\"best\\\" scan.tif\"\r\n"
       "content-type:  image/tiff \r\n",
       std::string("II*\0", 4)},
      {"Content-Disposition: form-data; name=\"note\"; filename*=UTF-8''na%C3%AFve%20scan.png; "
       "filename=\"naive scan.png\"\r\n",
       ""},
      {"Content-Disposition: form-data; name=\"latin\"; filename*=iso-8859-1'fr'%E9t%E9.gif\r\n", "GIF89a"},
  });
  auto parts = ParseMultipartFormData("Multipart/Form-Data; charset=utf-8; Boundary=\"XyZ\"", body);
  ASSERT_TRUE(parts) << parts.error().message;
  ASSERT_EQ(parts->size(), 4U);
  EXPECT_EQ((*parts)[0].name, "image-scan-url");
  EXPECT_EQ((*parts)[0].file_name, std::nullopt) << "a plain field";
  EXPECT_EQ((*parts)[0].content_type, "");
  EXPECT_EQ((*parts)[0].body, "https://example.com/a.pdf");
  EXPECT_EQ((*parts)[1].name, "file");
  EXPECT_EQ((*parts)[1].file_name, "C:\\scans\\my \"best\" scan.tif") << "quoted-pairs unescaped";
  EXPECT_EQ((*parts)[1].content_type, "image/tiff");
  EXPECT_EQ((*parts)[1].body, std::string("II*\0", 4));
  EXPECT_EQ((*parts)[2].file_name, "na\xc3\xafve scan.png") << "filename* wins";
  EXPECT_EQ((*parts)[2].body, "");
  EXPECT_EQ((*parts)[3].file_name, "\xc3\xa9t\xc3\xa9.gif");
}

TEST(MultipartTest, PreambleEpilogueAndAMissingFinalCrlfAreAccepted) {
  const std::string part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n\x89PNG";
  for (const std::string& body :
       {"preamble\r\n--XyZ\r\n" + part + "\r\n--XyZ--\r\nepilogue", "--XyZ\r\n" + part + "\r\n--XyZ--"}) {
    auto parts = ParseMultipartFormData(kType, body);
    ASSERT_TRUE(parts) << parts.error().message << "\n" << body;
    ASSERT_EQ(parts->size(), 1U);
    EXPECT_EQ(parts->front().body, "\x89PNG");
  }
}

TEST(MultipartTest, MalformedBodiesAreInvalidArguments) {
  const std::string ok_part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\nx";
  struct Case {
    std::string name;
    std::string content_type;
    std::string body;
    std::string says;
  };
  const Case cases[] = {
      {"no boundary", "multipart/form-data", Body({{"", ""}}), "names no boundary"},
      {"empty boundary", "multipart/form-data; boundary=\"\"", "--\r\n", "not 1 to 70"},
      {"boundary too long", "multipart/form-data; boundary=" + std::string(71, 'a'), "", "not 1 to 70"},
      {"not form-data", "multipart/mixed; boundary=XyZ", "--XyZ\r\n" + ok_part + "\r\n--XyZ--\r\n",
       "not multipart/form-data"},
      {"no Content-Type", "", "--XyZ\r\n" + ok_part + "\r\n--XyZ--\r\n", "not multipart/form-data"},
      {"empty body", std::string(kType), "", "no part"},
      {"other boundary", std::string(kType), "--Other\r\n" + ok_part + "\r\n--Other--\r\n", "no part"},
      {"truncated: no closing delimiter", std::string(kType), "--XyZ\r\n" + ok_part, "no part"},
      {"truncated mid-delimiter", std::string(kType), "--XyZ\r\n" + ok_part + "\r\n--Xy", "no part"},
      {"only the closing delimiter", std::string(kType), "--XyZ--\r\n", "no part"},
      {"bare LF line ends", std::string(kType),
       "--XyZ\nContent-Disposition: form-data; name=\"file\"\n\nx\n--XyZ--\n", "no part"},
      {"bare LF in the part's headers", std::string(kType),
       "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\n\nx\r\n--XyZ--\r\n", "part 1 has no header"},
      {"no empty line after the headers", std::string(kType),
       "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n--XyZ--\r\n", "part 1 has no header"},
      {"no Content-Disposition", std::string(kType), Body({{"Content-Type: text/plain\r\n", "x"}}),
       "part 1 has no Content-Disposition"},
      {"not form-data disposition", std::string(kType),
       Body({{"Content-Disposition: attachment; filename=\"a.pdf\"\r\n", "x"}}), "is not form-data"},
      {"no name", std::string(kType), Body({{"Content-Disposition: form-data; filename=\"a.pdf\"\r\n", "x"}}),
       "has no name"},
      {"unterminated quote", std::string(kType),
       Body({{"Content-Disposition: form-data; name=\"file\r\n", "x"}}), "is not form-data"},
      // RESTinio's rule, stricter than RFC 2046 (which forbids only CRLF "--XyZ"):
      // clients pick boundaries that their bytes do not contain.
      {"the boundary inside a part's bytes", std::string(kType),
       "--XyZ\r\n" + ok_part + "--XyZ\r\n--XyZ--\r\n", "no part"},
      {"second part bad", std::string(kType),
       "--XyZ\r\n" + ok_part + "\r\n--XyZ\r\nContent-Type: a/b\r\n\r\ny\r\n--XyZ--\r\n",
       "part 2 has no Content-Disposition"},
  };
  for (const Case& c : cases) {
    auto parts = ParseMultipartFormData(c.content_type, c.body);
    ASSERT_FALSE(parts) << c.name;
    EXPECT_EQ(parts.error().code, ErrorCode::kInvalidArgument) << c.name;
    EXPECT_NE(parts.error().message.find("malformed"), std::string::npos) << c.name;
    EXPECT_NE(parts.error().message.find(c.says), std::string::npos)
        << c.name << ": " << parts.error().message;
  }
}

TEST(MultipartTest, KnowsAMultipartRequest) {
  Request request;
  EXPECT_FALSE(IsMultipartFormData(request));
  request.headers.Add("content-type", " Multipart/Form-Data ; boundary=x");
  EXPECT_TRUE(IsMultipartFormData(request));
  EXPECT_FALSE(IsMultipartFormData("multipart/form-datax; boundary=x"));
  EXPECT_FALSE(IsMultipartFormData("application/xml"));
}

TEST(ContentDispositionTest, NamesTheFileSafely) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"scan.pdf", "attachment; filename=\"scan.pdf\""},
      {"my \"best\"\\scan.pdf", "attachment; filename=\"my \\\"best\\\"\\\\scan.pdf\""},
      {"a\r\nSet-Cookie: x.pdf", "attachment; filename=\"aSet-Cookie: x.pdf\""},
      {"na\xc3\xafve scan.pdf",
       "attachment; filename=\"na_ve scan.pdf\"; filename*=UTF-8''na%C3%AFve%20scan.pdf"},
      {"", "attachment; filename=\"download\""},
      {"\r\n", "attachment; filename=\"download\""},
  };
  for (const auto& [name, disposition] : cases) EXPECT_EQ(AttachmentDisposition(name), disposition) << name;
}

}  // namespace
}  // namespace apbridge::http
