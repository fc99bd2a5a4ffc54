// The image scan of an invoice: PUT /api/invoices/:id/image_scan takes a
// multipart upload (part `file`, or a field `image-scan-url`) or an XML/JSON
// invoice header carrying image-scan-url, attaches it through
// resources::invoices::ImageScans and answers the invoice in the query's
// shape; GET /api/invoices/:id/retrieve_image_scan answers the file as it was
// uploaded, or a redirect to the URL.
#include "api/render.hpp"
#include "api/write_routes.hpp"
#include "common/text.hpp"
#include "http/content_disposition.hpp"
#include "http/multipart.hpp"
#include "http/negotiation.hpp"
#include "model/fields.hpp"
#include "resources/invoices/image_scan.hpp"

namespace apbridge::api {
namespace {

using resources::invoices::ImageScan;
using resources::invoices::ImageScanFile;
using resources::invoices::ImageScans;
using resources::invoices::ImageScanUpload;

// The parts that matter: the first `file`, and an `image-scan-url` field
// (image_scan_url as Rails forms name it). Other parts are ignored.
Result<ImageScanUpload> MultipartUpload(const http::Request& request) {
  APB_TRY(std::vector<http::FormPart> parts, http::ParseMultipartFormData(request));
  ImageScanUpload upload;
  for (http::FormPart& part : parts) {
    const std::string name = WireName(part.name);
    if (name == "file" && !upload.file) {
      upload.file =
          ImageScanFile{part.file_name.value_or(""), std::move(part.content_type), std::move(part.body)};
    } else if (name == "image-scan-url") {
      upload.url = std::move(part.body);
    }
  }
  return upload;
}

// An XML or JSON invoice header: only its image-scan-url counts (null reads as
// empty, which the URL rule refuses). No body at all: neither.
Result<ImageScanUpload> BodyUpload(const ApiContext& context, const http::Request& request,
                                   const model::Resource& resource) {
  ImageScanUpload upload;
  if (Trim(request.body).empty()) return upload;
  APB_TRY(Format format, http::RequestBodyFormat(request));
  APB_TRY(model::RecordPtr body, codec::ReadRecord(request.body, format, resource, context.read_options));
  if (body->Has(model::invoice_header::kImageScanUrl.index)) {
    upload.url = body->GetOr(model::invoice_header::kImageScanUrl, "");
  }
  return upload;
}

Result<http::Response> AttachRoute(const ApiContext& context, const http::Request& request,
                                   const resources::Principal& principal, const model::Resource& resource,
                                   int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(resource, request.query, query::Route::kShow, context.query_options));
  APB_TRY(ImageScanUpload upload, http::IsMultipartFormData(request)
                                      ? MultipartUpload(request)
                                      : BodyUpload(context, request, resource));
  APB_TRY_STATUS(
      ImageScans(context.store, context.catalog, context.clock).Attach(id, upload, principal.actor));
  return ShowResponse(context, request, id, read, status);
}

// The file, byte-exact, with its content type, as a download; a URL scan is
// a 302 to it (apbridge never fetches it).
Result<http::Response> RetrieveRoute(const ApiContext& context, const http::Request& request,
                                     const model::Resource& resource, int status) {
  APB_TRY(int64_t id, IdParam(request, resource));
  APB_TRY(ImageScan scan, ImageScans(context.store, context.catalog, context.clock).Retrieve(id));
  if (!scan.file) return http::Response{302, "", "", {{"Location", scan.url}}};
  return http::Response{status,
                        std::move(scan.file->content_type),
                        std::move(scan.file->bytes),
                        {{"Content-Disposition", http::AttachmentDisposition(scan.file->file_name)},
                         // Served from our origin with the uploader's type: never sniffed into HTML.
                         {"X-Content-Type-Options", "nosniff"}}};
}

}  // namespace

WriteHandler ImageScanHandler(const ApiContext& context, const model::ApiWriteRoute& route) {
  if (route.api_resource != "invoices") return {};
  const model::Resource& resource = context.catalog.Get("invoice-header");
  const int status = route.status;
  if (route.action == "image_scan") {
    return [&resource, status](const ApiContext& c, const http::Request& request,
                               const resources::Principal& principal) {
      return AttachRoute(c, request, principal, resource, status);
    };
  }
  if (route.action == "retrieve_image_scan") {
    return
        [&resource, status](const ApiContext& c, const http::Request& request, const resources::Principal&) {
          return RetrieveRoute(c, request, resource, status);
        };
  }
  return {};
}

}  // namespace apbridge::api
