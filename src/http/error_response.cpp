// Error -> status, log line and body (the body written by codec's WriteErrorBody).
#include "http/error_response.hpp"

#include "codec/error_body.hpp"
#include "common/log.hpp"
#include "http/log_text.hpp"
#include "http/negotiation.hpp"
#include "http/status.hpp"

namespace apbridge::http {
namespace {

void LogError(const Error& error, int status, const Request& request) {
  if (error.code == ErrorCode::kInternal) {
    log::Error("request {} {} {}: {} {}: {}", request.request_id, MethodName(request.method),
               LogSafe(request.path), status, LogSafe(error.message), LogSafe(error.details));
  } else if (!error.details.empty()) {
    const auto level = error.code == ErrorCode::kUnavailable ? log::Level::kWarn : log::Level::kDebug;
    log::Write(level,
               fmt::format("request {} {} {}: {} {}: {}", request.request_id, MethodName(request.method),
                           LogSafe(request.path), status, LogSafe(error.message), LogSafe(error.details)));
  }
}

}  // namespace

Response ErrorResponse(const Error& error, const Request& request, const RouteInfo& route) {
  return ErrorResponse(error, StatusFor(error.code), request, route);
}

Response ErrorResponse(const Error& error, int status, const Request& request, const RouteInfo& route) {
  LogError(error, status, request);
  const codec::ErrorBodyOptions options{.style = route.style,
                                        .format = NegotiateFormat(request),
                                        .resource_name = route.resource_name,
                                        .status = status,
                                        .reason_phrase = ReasonPhrase(status)};
  Response response;
  response.status = status;
  response.content_type = ContentType(codec::ErrorBodyFormat(options.style, options.format));
  response.body = codec::WriteErrorBody(error, options);
  return response;
}

}  // namespace apbridge::http
