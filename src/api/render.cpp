// Rendering records and pages through the codec.
#include "api/render.hpp"

#include "common/text.hpp"
#include "http/negotiation.hpp"

namespace apbridge::api {

http::Response RecordResponse(const ApiContext& context, const http::Request& request,
                              const model::Record& record, const model::Projection& projection, int status) {
  const Format format = http::NegotiateFormat(request);
  http::Response response;
  response.status = status;
  response.content_type = std::string(ContentType(format));
  codec::WriteRecord(record, projection, format, context.write_options, &response.body);
  return response;
}

Result<http::Response> ShowResponse(const ApiContext& context, const http::Request& request, int64_t id,
                                    const query::ReadRequest& read, int status) {
  APB_TRY(resources::RecordReader::Page page, context.reader.Show(id, read));
  return ShownResponse(context, request, page, read, status);
}

http::Response ShownResponse(const ApiContext& context, const http::Request& request,
                             const resources::RecordReader::Page& page, const query::ReadRequest& read,
                             int status) {
  if (read.empty_body) return http::Response{status, "", "", {}};
  return RecordResponse(context, request, *page.records.front(), *page.projection, status);
}

Result<http::Response> ListResponse(const ApiContext& context, const http::Request& request,
                                    const model::Projection& projection, const model::RecordList& records) {
  const Format format = http::NegotiateFormat(request);
  if (records.empty() && format == Format::kXml) {
    return Fail(NotFound("No results match your search criteria."));
  }
  http::Response response;
  response.content_type = std::string(ContentType(format));
  response.body.reserve(records.size() * 4096);
  codec::WriteList(records, projection, format, context.write_options, &response.body);
  return response;
}

Result<int64_t> IdParam(const http::Request& request, const model::Resource& resource) {
  std::string_view raw = request.Param("id").value_or("");
  int64_t id = 0;
  if (!ParseInt64(raw, &id) || id <= 0) {
    return Fail(NotFound("Couldn't find " + std::string(resource.name()) + " with id " + std::string(raw)));
  }
  return id;
}

}  // namespace apbridge::api
