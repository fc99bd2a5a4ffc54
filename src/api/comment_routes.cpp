// Comments on invoices: POST /api/invoices/:id/comments decodes a <comment>
// (or its JSON) and adds it through resources::comments, answering 201 with
// the comment; DELETE /api/invoices/:id/comments/:cid removes one and answers
// it as it was. Both in the shape the query asks for (return_object, fields=).
#include <fmt/format.h>

#include "api/render.hpp"
#include "api/write_routes.hpp"
#include "common/text.hpp"
#include "http/negotiation.hpp"
#include "resources/comments.hpp"

namespace apbridge::api {
namespace {

// The route's :cid; NotFound for anything but a positive integer, as IdParam.
Result<int64_t> CommentIdParam(const http::Request& request, const model::Resource& comment) {
  std::string_view raw = request.Param("cid").value_or("");
  int64_t id = 0;
  if (!ParseInt64(raw, &id) || id <= 0) {
    return Fail(NotFound(fmt::format("Couldn't find {} with id {}", comment.name(), raw)));
  }
  return id;
}

Result<http::Response> CreateRoute(const ApiContext& context, const http::Request& request,
                                   const resources::Principal& principal, const model::Resource& invoice,
                                   const model::Resource& comment, int status) {
  APB_TRY(int64_t invoice_id, IdParam(request, invoice));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(comment, request.query, query::Route::kShow, context.query_options));
  APB_TRY(Format format, http::RequestBodyFormat(request));
  APB_TRY(model::RecordPtr body, codec::ReadRecord(request.body, format, comment, context.read_options));
  APB_TRY(int64_t id, resources::comments::Add(context.store, context.catalog, invoice_id, *body,
                                               principal.actor, context.clock.Now()));
  return ShowResponse(context, request, id, read, status);
}

Result<http::Response> DestroyRoute(const ApiContext& context, const http::Request& request,
                                    const model::Resource& invoice, const model::Resource& comment,
                                    int status) {
  APB_TRY(int64_t invoice_id, IdParam(request, invoice));
  APB_TRY(int64_t id, CommentIdParam(request, comment));
  APB_TRY(query::ReadRequest read,
          query::ParseReadRequest(comment, request.query, query::Route::kShow, context.query_options));
  APB_TRY(resources::RecordReader::Page page, context.reader.Show(id, read));
  APB_TRY_STATUS(resources::comments::Remove(context.store, context.catalog, invoice_id, id));
  return ShownResponse(context, request, page, read, status);
}

}  // namespace

WriteHandler CommentHandler(const ApiContext& context, const model::ApiWriteRoute& route) {
  if (route.api_resource != "comments") return {};
  const model::Resource& invoice = context.catalog.Get("invoice-header");
  const model::Resource& comment = context.catalog.Get("comment");
  const int status = route.status;
  if (route.action == "create") {
    return [&invoice, &comment, status](const ApiContext& c, const http::Request& request,
                                        const resources::Principal& principal) {
      return CreateRoute(c, request, principal, invoice, comment, status);
    };
  }
  if (route.action == "destroy") {
    return [&invoice, &comment, status](const ApiContext& c, const http::Request& request,
                                        const resources::Principal&) {
      return DestroyRoute(c, request, invoice, comment, status);
    };
  }
  return {};
}

}  // namespace apbridge::api
