// ImageScans: a file comes back byte-exact and is described on the invoice,
// a new scan replaces the old, the URL rule, the file rules, the statuses
// that refuse, and that a refused or failed attach writes nothing.
#include "resources/invoices/image_scan.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;

const std::string kPdf("%PDF-1.4\0\x01\xff\xfe\x80\r\n\r\n--x\0", 18);

ImageScanUpload File(std::string name, std::string type, std::string bytes) {
  return {ImageScanFile{std::move(name), std::move(type), std::move(bytes)}, std::nullopt};
}
ImageScanUpload Url(std::string url) { return {std::nullopt, std::move(url)}; }

class ImageScanTest : public ::testing::Test {
 protected:
  // Invoice 106 (approved, lock-version-key 3) and 107 (voided).
  void SetUp() override {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    for (auto [id, status] : {std::pair{106, "approved"}, std::pair{107, "voided"}}) {
      auto invoice = model::Record::Make(catalog_.Get("invoice-header"));
      invoice->Set(header::kId, int64_t{id});
      invoice->Set(header::kStatus, std::string(status));
      invoice->Set(header::kLockVersionKey, int64_t{3});
      ASSERT_TRUE((*uow)->Insert(*invoice));
    }
    ASSERT_TRUE((*uow)->Commit());
  }

  model::RecordPtr Load(int64_t id = 106) {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    EXPECT_TRUE(uow);
    auto invoice = (*uow)->Get(id, *catalog_.Get("invoice-header").projection(model::Shape::kStored));
    EXPECT_TRUE(invoice);
    return *invoice;
  }

  size_t StoredScans() {
    const model::Resource& scan = catalog_.Get("invoice-image-scan");
    auto uow = store_->Begin(storage::Store::Access::kRead);
    EXPECT_TRUE(uow);
    query::Query all;
    all.resource = &scan;
    auto count = (*uow)->Count(all);
    EXPECT_TRUE(count);
    return static_cast<size_t>(count.value_or(-1));
  }

  // The field errors' paths of a failed attach, and that it wrote nothing.
  std::vector<std::string> Refused(int64_t id, const ImageScanUpload& upload) {
    const auto before = Load(id);
    const size_t scans = StoredScans();
    auto s = scans_.Attach(id, upload, Actor{int64_t{7}});
    EXPECT_FALSE(s);
    if (s) return {};
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(Load(id)->GetOr(header::kLockVersionKey, 0), before->GetOr(header::kLockVersionKey, 0));
    EXPECT_EQ(Load(id)->GetOr(header::kImageScanUrl, "none"), before->GetOr(header::kImageScanUrl, "none"));
    EXPECT_EQ(StoredScans(), scans);
    std::vector<std::string> paths;
    for (const auto& [path, message] : s.error().field_errors) paths.push_back(path);
    return paths;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-01T10:00:00Z")};
  ImageScans scans_{*store_, catalog_, clock_};
};

TEST_F(ImageScanTest, AFileComesBackByteExactAndIsDescribedOnTheStampedInvoice) {
  clock_.Advance(std::chrono::seconds(60));
  ASSERT_TRUE(scans_.Attach(106, File("C:\\scans\\inv 106.pdf", "application/pdf", kPdf), Actor{int64_t{7}}));
  auto invoice = Load();
  EXPECT_EQ(invoice->GetOr(header::kImageScan, ""), "inv 106.pdf") << "the directory is dropped";
  EXPECT_EQ(invoice->GetOr(header::kImageScanFileName, ""), "inv 106.pdf");
  EXPECT_EQ(invoice->GetOr(header::kImageScanContentType, ""), "application/pdf");
  EXPECT_EQ(invoice->GetOr(header::kImageScanFileSize, ""), "0.01");
  EXPECT_EQ(invoice->Get(header::kImageScanUrl), nullptr);
  EXPECT_EQ(invoice->GetOr(header::kUpdatedAt, Timestamp{}), clock_.Now());
  EXPECT_EQ(invoice->GetOr(header::kLockVersionKey, 0), 4);
  model::RecordPtr by = invoice->GetOr(header::kUpdatedBy, nullptr);
  ASSERT_NE(by, nullptr);
  EXPECT_EQ(by->id(), 7);

  auto scan = scans_.Retrieve(106);
  ASSERT_TRUE(scan) << scan.error().message;
  ASSERT_TRUE(scan->file);
  EXPECT_EQ(scan->file->bytes, kPdf);
  EXPECT_EQ(scan->file->content_type, "application/pdf");
  EXPECT_EQ(scan->file->file_name, "inv 106.pdf");
  EXPECT_EQ(scan->url, "");
}

TEST_F(ImageScanTest, ANewScanReplacesTheOld) {
  ASSERT_TRUE(scans_.Attach(106, File("a.pdf", "application/pdf", kPdf), {}));
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  ASSERT_TRUE(scans_.Attach(106, File("b.png", "", png), {}));
  EXPECT_EQ(StoredScans(), 1U);
  auto scan = scans_.Retrieve(106);
  ASSERT_TRUE(scan && scan->file);
  EXPECT_EQ(scan->file->bytes, png);
  EXPECT_EQ(scan->file->content_type, "application/octet-stream") << "a part without a Content-Type";
  EXPECT_EQ(Load()->GetOr(header::kImageScanFileName, ""), "b.png");
  EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), 5);

  // A URL replaces the file, and a file the URL.
  ASSERT_TRUE(scans_.Attach(106, Url("HTTPS://scans.example.com/106.pdf?v=2"), {}));
  EXPECT_EQ(StoredScans(), 0U) << "the stored file went";
  auto invoice = Load();
  EXPECT_EQ(invoice->GetOr(header::kImageScanUrl, ""), "HTTPS://scans.example.com/106.pdf?v=2");
  for (auto field : {header::kImageScan, header::kImageScanFileName, header::kImageScanContentType,
                     header::kImageScanFileSize}) {
    EXPECT_EQ(invoice->Get(field), nullptr) << invoice->resource().field(field.index).name;
  }
  scan = scans_.Retrieve(106);
  ASSERT_TRUE(scan);
  EXPECT_FALSE(scan->file);
  EXPECT_EQ(scan->url, "HTTPS://scans.example.com/106.pdf?v=2");

  ASSERT_TRUE(scans_.Attach(106, File("c.gif", "image/gif", "GIF89a"), {}));
  EXPECT_EQ(Load()->Get(header::kImageScanUrl), nullptr);
  scan = scans_.Retrieve(106);
  ASSERT_TRUE(scan && scan->file);
  EXPECT_EQ(scan->file->bytes, "GIF89a");
}

TEST_F(ImageScanTest, AUrlMustBeginWithHttpOrHttps) {
  for (const std::string& bad : std::vector<std::string>{
           "ftp://example.com/a.pdf", "example.com/a.pdf", "", "https://", "http:/x.pdf",
           "javascript:alert(1)", "https://example.com/a b.pdf", "https://example.com/\r\nX: y",
           "https://example.com/" + std::string(240, 'a')}) {
    EXPECT_EQ(Refused(106, Url(bad)), std::vector<std::string>{"image-scan-url"}) << bad;
  }
  ASSERT_TRUE(scans_.Attach(106, Url("http://example.com/a.pdf"), {}));
}

TEST_F(ImageScanTest, AFileNeedsANameBytesAndAMediaType) {
  using Paths = std::vector<std::string>;
  EXPECT_EQ(Refused(106, File("a.pdf", "application/pdf", "")), Paths{"file"}) << "empty";
  EXPECT_EQ(Refused(106, File("", "application/pdf", kPdf)), Paths{"file"}) << "no file name";
  EXPECT_EQ(Refused(106, File("scans/", "application/pdf", kPdf)), Paths{"file"}) << "only a directory";
  EXPECT_EQ(Refused(106, File(std::string(256, 'a'), "application/pdf", kPdf)), Paths{"file"});
  EXPECT_EQ(Refused(106, File("a\x01.pdf", "application/pdf", kPdf)), Paths{"file"});
  EXPECT_EQ(Refused(106, File("a\xff.pdf", "application/pdf", kPdf)), Paths{"file"}) << "not UTF-8";
  EXPECT_EQ(Refused(106, File("a.pdf", "pdf", kPdf)), Paths{"file"}) << "no subtype";
  EXPECT_EQ(Refused(106, File("a.pdf", "application/pdf\x7f", kPdf)), Paths{"file"});
  EXPECT_EQ(Refused(106, File("a.pdf", "application/" + std::string(190, 'x'), kPdf)), Paths{"file"});
  EXPECT_EQ(Refused(106, File("", "", "")), (Paths{"file", "file"})) << "every fault at once";
  EXPECT_EQ(Refused(106, {}), Paths{"file"}) << "neither a file nor a URL";
  EXPECT_EQ(Refused(106, {ImageScanFile{"a.pdf", "application/pdf", kPdf}, "https://example.com/a.pdf"}),
            Paths{"image-scan-url"})
      << "both";
  // 255 characters of UTF-8, and a type with parameters, are fine.
  std::string name;
  for (int i = 0; i < 255; ++i) name += "\xc3\xa9";
  ASSERT_TRUE(scans_.Attach(106, File(name, "image/tiff; name=\"a.tif\"", "II*"), {}));
  EXPECT_EQ(Load()->GetOr(header::kImageScanContentType, ""), "image/tiff; name=\"a.tif\"");
}

TEST_F(ImageScanTest, AVoidedInvoiceKeepsItsScanAndAMissingOneIsNotFound) {
  EXPECT_EQ(Refused(107, File("a.pdf", "application/pdf", kPdf)), std::vector<std::string>{"status"});
  EXPECT_EQ(Refused(107, Url("https://example.com/a.pdf")), std::vector<std::string>{"status"});
  auto missing = scans_.Attach(987654, File("a.pdf", "application/pdf", kPdf), {});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  for (int64_t id : {int64_t{987654}, int64_t{106}}) {
    auto none = scans_.Retrieve(id);
    ASSERT_FALSE(none) << id;
    EXPECT_EQ(none.error().code, ErrorCode::kNotFound) << id;
  }
}

TEST_F(ImageScanTest, AFailedWriteAtAnyPointLeavesTheScanAsItWas) {
  for (const ImageScanUpload& upload :
       {File("new.png", "image/png", "\x89PNG"), Url("https://example.com/x")}) {
    ASSERT_TRUE(scans_.Attach(106, File("old.pdf", "application/pdf", kPdf), {}));
    const auto before = Load();
    for (int n = 1;; ++n) {
      storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
      auto s = ImageScans(failing, catalog_, clock_).Attach(106, upload, Actor{int64_t{7}});
      if (!failing.failed()) {
        ASSERT_TRUE(s);
        break;
      }
      ASSERT_FALSE(s);
      auto now = Load();
      EXPECT_EQ(now->GetOr(header::kImageScanFileName, ""), "old.pdf") << "write " << n;
      EXPECT_EQ(now->Get(header::kImageScanUrl), nullptr) << "write " << n;
      EXPECT_EQ(now->GetOr(header::kLockVersionKey, 0), before->GetOr(header::kLockVersionKey, 0));
      auto scan = scans_.Retrieve(106);
      ASSERT_TRUE(scan && scan->file) << "write " << n;
      EXPECT_EQ(scan->file->bytes, kPdf) << "write " << n;
      EXPECT_EQ(StoredScans(), 1U) << "write " << n;
    }
  }
}

TEST(MegabytesTextTest, TwoDecimalsAndNeverZeroForAFile) {
  const std::pair<int64_t, std::string_view> cases[] = {
      {0, "0.00"},         {1, "0.01"},         {10'485, "0.01"},
      {15'729, "0.02"},    {1'048'576, "1.00"}, {1'572'864, "1.50"},
      {1'567'622, "1.50"}, {1'567'621, "1.49"}, {10'485'760, "10.00"},
  };
  for (const auto& [bytes, text] : cases) EXPECT_EQ(MegabytesText(bytes), text) << bytes;
}

}  // namespace
}  // namespace apbridge::resources::invoices
