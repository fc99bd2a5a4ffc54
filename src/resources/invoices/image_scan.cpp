// ImageScans: the file and URL rules, checked in full before anything is
// written; the bytes are stored base64 in an invoice-image-scan record
// (model/catalog_internal.hpp), the description on the invoice.
#include "resources/invoices/image_scan.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/base64.hpp"
#include "common/text.hpp"
#include "common/text_escape.hpp"
#include "model/fields.hpp"
#include "resources/field_errors.hpp"
#include "resources/invoices/invoice_status_machine.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace scan = model::invoice_image_scan;

constexpr size_t kMaxFileNameCharacters = 255;  // image-scan-file-name is string(255)
constexpr size_t kMaxContentTypeLength = 191;   // image-scan-content-type is string(191)
constexpr size_t kMaxUrlLength = 255;           // image-scan-url is string(255)
constexpr std::string_view kDefaultContentType = "application/octet-stream";

bool HasControlCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
  });
}

// The name without the directory some clients send (C:\scans\a.pdf).
std::string_view BaseName(std::string_view file_name) {
  const size_t slash = file_name.find_last_of("/\\");
  return slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
}

// type/subtype, each a token, then parameters of visible ASCII.
bool IsMediaType(std::string_view text) {
  const std::string_view type = Trim(text.substr(0, text.find(';')));
  const size_t slash = type.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == type.size()) return false;
  const auto token_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
  };
  for (size_t i = 0; i < type.size(); ++i) {
    if (i != slash && !token_char(type[i])) return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

// The checked file, or its faults added to `errors`.
std::optional<ImageScanFile> CheckedFile(const ImageScanFile& sent, FieldErrors& errors) {
  ImageScanFile file{std::string(BaseName(sent.file_name)), std::string(Trim(sent.content_type)), sent.bytes};
  bool ok = true;
  const auto fault = [&](std::string_view message) {
    errors.Add("file", message);
    ok = false;
  };
  if (file.file_name.empty()) {
    fault("needs a file name (the filename of its Content-Disposition)");
  } else if (!IsValidUtf8(file.file_name) || HasControlCharacter(file.file_name)) {
    fault("name must be UTF-8 text without control characters");
  } else if (Utf8Length(file.file_name) > kMaxFileNameCharacters) {
    fault(fmt::format("name is longer than {} characters", kMaxFileNameCharacters));
  }
  if (file.bytes.empty()) fault("is empty");
  if (file.content_type.empty()) file.content_type = kDefaultContentType;
  if (!IsMediaType(file.content_type)) {
    fault(fmt::format("content type {} is not a media type (type/subtype)", Quoted(file.content_type)));
  } else if (file.content_type.size() > kMaxContentTypeLength) {
    fault(fmt::format("content type is longer than {} characters", kMaxContentTypeLength));
  }
  if (!ok) return std::nullopt;
  return file;
}

void CheckUrl(std::string_view url, FieldErrors& errors) {
  const bool https = IStartsWith(url, "https://");
  if (!https && !IStartsWith(url, "http://")) {
    errors.Add("image-scan-url", "must begin with 'http://' or 'https://'");
  } else if (url.size() == (https ? 8U : 7U)) {
    errors.Add("image-scan-url", "names no host after its scheme");
  } else if (url.size() > kMaxUrlLength) {
    errors.Add("image-scan-url", fmt::format("is longer than {} characters", kMaxUrlLength));
  } else if (!std::all_of(url.begin(), url.end(), [](char c) { return c > 0x20 && c < 0x7F; })) {
    // It becomes a Location header: other characters are percent-encoded.
    errors.Add("image-scan-url",
               "must be ASCII without spaces or control characters (percent-encode others)");
  }
}

// Deletes every stored scan of invoice `invoice_id`.
Status RemoveScans(storage::UnitOfWork& uow, const model::Resource& scan_resource, int64_t invoice_id) {
  query::Query stored;
  stored.resource = &scan_resource;
  stored.conditions.push_back(query::Equal(scan_resource, scan::kInvoiceId, invoice_id));
  APB_TRY(model::RecordList existing,
          storage::FindAll(uow, stored, *scan_resource.projection(model::Shape::kLimited)));
  for (const model::RecordPtr& old : existing) APB_TRY_STATUS(uow.Delete(scan_resource, *old->id()));
  return Ok();
}

}  // namespace

Status RemoveImageScanIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t invoice_id) {
  return RemoveScans(uow, catalog.Get("invoice-image-scan"), invoice_id);
}

std::string MegabytesText(int64_t bytes) {
  constexpr int64_t kBytesPerMegabyte = int64_t{1024} * 1024;
  int64_t hundredths = (bytes * 100 + kBytesPerMegabyte / 2) / kBytesPerMegabyte;
  if (bytes > 0 && hundredths == 0) hundredths = 1;
  return fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
}

ImageScans::ImageScans(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
    : store_(store),
      invoice_(catalog.Get("invoice-header")),
      scan_(catalog.Get("invoice-image-scan")),
      clock_(clock),
      // What the rules read of the invoice; not its lines and payments.
      invoice_view_(std::make_shared<const model::Projection>(
          invoice_, std::vector<model::Projection::Item>{{header::kStatus.index, nullptr},
                                                         {header::kLockVersionKey.index, nullptr},
                                                         {header::kImageScanFileName.index, nullptr},
                                                         {header::kImageScanUrl.index, nullptr}})) {}

Status ImageScans::Attach(int64_t invoice_id, const ImageScanUpload& upload, const Actor& by) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr current, uow->Get(invoice_id, *invoice_view_));

  FieldErrors errors;
  const std::string status = current->GetOr(header::kStatus, "");
  if (!Allows(*TransitionOf("image_scan"), status)) {
    errors.Add("status", fmt::format("is {}: the image scan of a {} invoice cannot change", status, status));
  }
  std::optional<ImageScanFile> file;
  if (upload.file) file = CheckedFile(*upload.file, errors);
  if (upload.url) {
    if (upload.file) {
      errors.Add("image-scan-url", "cannot be sent with a file: send one of them");
    } else {
      CheckUrl(*upload.url, errors);
    }
  }
  if (!upload.file && !upload.url) {
    errors.Add("file", "is required: send the image scan as the multipart part 'file', or an image-scan-url");
  }
  if (!errors.empty()) return Fail(errors.ToError("the image scan is invalid"));

  query::Query stored;
  stored.resource = &scan_;
  stored.conditions.push_back(query::Equal(scan_, scan::kInvoiceId, invoice_id));
  APB_TRY(model::RecordList existing, uow->Find(stored, *scan_.projection(model::Shape::kLimited)));

  const Timestamp now = clock_.Now();
  auto changes = model::Record::Make(invoice_);
  changes->Set(header::kId, invoice_id);
  if (file) {
    auto record = model::Record::Make(scan_);
    record->Set(scan::kInvoiceId, invoice_id);
    record->Set(scan::kFileName, file->file_name);
    record->Set(scan::kContentType, file->content_type);
    record->Set(scan::kFileSize, static_cast<int64_t>(file->bytes.size()));
    record->Set(scan::kContent, Base64Encode(file->bytes));
    // The one scan of the invoice is replaced in place; any other goes.
    if (existing.empty()) {
      StampCreated(*record, now, by);
      APB_TRY(int64_t id, uow->Insert(*record));
      (void)id;
    } else {
      record->Set(scan::kId, *existing.front()->id());
      StampUpdated(*record, *existing.front(), now, by);
      APB_TRY_STATUS(uow->Update(*record));
      existing.erase(existing.begin());
    }
    changes->Set(header::kImageScan, file->file_name);
    changes->Set(header::kImageScanFileName, file->file_name);
    changes->Set(header::kImageScanContentType, file->content_type);
    changes->Set(header::kImageScanFileSize, MegabytesText(static_cast<int64_t>(file->bytes.size())));
    changes->SetNull(header::kImageScanUrl);
  } else {
    changes->SetNull(header::kImageScan);
    changes->SetNull(header::kImageScanFileName);
    changes->SetNull(header::kImageScanContentType);
    changes->SetNull(header::kImageScanFileSize);
    changes->Set(header::kImageScanUrl, *upload.url);
  }
  for (const model::RecordPtr& old : existing) APB_TRY_STATUS(uow->Delete(scan_, *old->id()));
  StampUpdated(*changes, *current, now, by);
  APB_TRY_STATUS(uow->Update(*changes));
  return uow->Commit();
}

Result<ImageScan> ImageScans::Retrieve(int64_t invoice_id) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordPtr invoice, uow->Get(invoice_id, *invoice_view_));
  const Error none = NotFound(fmt::format("Invoice {} has no image scan", invoice_id));
  if (const std::string* url = invoice->Get(header::kImageScanUrl); url != nullptr && !url->empty()) {
    return ImageScan{std::nullopt, *url};
  }
  // The invoice says whether it has a file: a scan record alone (left by a
  // deleted invoice whose id came back) is none of its business.
  if (invoice->Get(header::kImageScanFileName) == nullptr) return Fail(none);
  query::Query stored;
  stored.resource = &scan_;
  stored.page.limit = 1;
  stored.conditions.push_back(query::Equal(scan_, scan::kInvoiceId, invoice_id));
  APB_TRY(model::RecordList found, uow->Find(stored, *scan_.projection(model::Shape::kStored)));
  if (found.empty()) return Fail(none);
  const model::Record& record = *found.front();
  std::optional<std::string> bytes = Base64Decode(record.GetOr(scan::kContent, ""));
  if (!bytes)
    return Fail(Internal(fmt::format("the stored image scan of invoice {} is not base64", invoice_id)));
  return ImageScan{ImageScanFile{record.GetOr(scan::kFileName, ""), record.GetOr(scan::kContentType, ""),
                                 std::move(*bytes)},
                   ""};
}

}  // namespace apbridge::resources::invoices
