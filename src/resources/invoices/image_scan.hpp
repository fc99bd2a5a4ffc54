// The image scan of an invoice (PUT /api/invoices/:id/image_scan, GET
// /api/invoices/:id/retrieve_image_scan): an uploaded file, kept byte-exact
// with its content type, or an image-scan-url. One per invoice; the invoice's
// image-scan-* elements describe it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// A file as an upload carries it.
struct ImageScanFile {
  std::string file_name;     // as sent; a directory before the last '/' or '\' is dropped
  std::string content_type;  // as sent; empty: application/octet-stream
  std::string bytes;
};

// What image_scan attaches: a file or an image-scan-url, exactly one of them.
struct ImageScanUpload {
  std::optional<ImageScanFile> file;
  std::optional<std::string> url;
};

// An invoice's image scan: the stored file, or else the URL.
struct ImageScan {
  std::optional<ImageScanFile> file;
  std::string url;
};

// image-scan-file-size: the size in MB (1 MB = 1,048,576 bytes, as Rails'
// 1.megabyte), two decimals rounded half up, and at least "0.01" for a
// non-empty file, so that an attached file never reads as zero: 1 byte is
// "0.01", 1,048,576 bytes "1.00", 1,572,864 bytes "1.50".
[[nodiscard]] std::string MegabytesText(int64_t bytes);

// Deletes the stored scan of invoice `invoice_id` inside `uow` (the invoice
// is being deleted).
[[nodiscard]] Status RemoveImageScanIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                       int64_t invoice_id);

// Thread-safe; borrows the store, catalog and clock. Cheap to construct.
class ImageScans {
 public:
  ImageScans(storage::Store& store, const model::Catalog& catalog, const Clock& clock);

  // Attaches `upload` to invoice `invoice_id`, in one transaction, replacing
  // the scan it had (a file or a URL):
  // - a file is stored byte-exact; image-scan and image-scan-file-name become
  //   its name, image-scan-content-type its type, image-scan-file-size its
  //   MegabytesText, image-scan-url null;
  // - a URL (which apbridge never fetches) becomes image-scan-url, the other
  //   image-scan-* elements null, and a stored file goes;
  // - the invoice is stamped (updated-at, updated-by `by`, lock-version-key).
  // NotFound when there is no such invoice. InvalidArgument, with a field
  // error for each fault, naming `file` (neither a file nor a URL; no file
  // name; a name over 255 characters, not UTF-8 or with control characters;
  // an empty file; a content type that is no type/subtype or is over 191
  // characters), `image-scan-url` (not beginning with http:// or https://, in
  // any case; nothing after it; over 255 characters; a character other than
  // visible ASCII; sent with a file) or `status` (the status machine's image_scan row: not
  // in a voided or abandoned invoice).
  // Nothing is written on any error.
  [[nodiscard]] Status Attach(int64_t invoice_id, const ImageScanUpload& upload, const Actor& by) const;

  // The image scan of invoice `invoice_id`. NotFound when there is no such
  // invoice or it has no image scan.
  [[nodiscard]] Result<ImageScan> Retrieve(int64_t invoice_id) const;

 private:
  storage::Store& store_;
  const model::Resource& invoice_;
  const model::Resource& scan_;
  const Clock& clock_;
  model::ProjectionPtr invoice_view_;
};

}  // namespace apbridge::resources::invoices
