// Error bodies (Coupa XML, Coupa JSON, supplier JSON), escaped by common's
// text_escape. Invalid UTF-8 becomes U+FFFD.
#include "http/error_response.hpp"

#include "common/log.hpp"
#include "common/text_escape.hpp"
#include "http/log_text.hpp"
#include "http/negotiation.hpp"
#include "http/status.hpp"

namespace apbridge::http {
namespace {

std::string JoinMessages(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& message : messages) {
    if (!out.empty()) out += "; ";
    out += message;
  }
  return out;
}

void LogError(const Error& error, int status, const Request& request) {
  if (error.code == ErrorCode::kInternal) {
    log::Error("request {} {} {}: {} {}: {}", request.request_id, MethodName(request.method),
               LogSafe(request.path), status, LogSafe(error.message), LogSafe(error.details));
  } else if (!error.details.empty()) {
    const auto level = error.code == ErrorCode::kUnavailable ? log::Level::kWarn : log::Level::kDebug;
    log::Write(level, fmt::format("request {} {} {}: {} {}: {}", request.request_id,
                                  MethodName(request.method), LogSafe(request.path), status,
                                  LogSafe(error.message), LogSafe(error.details)));
  }
}

}  // namespace

std::string CoupaXmlErrorBody(const std::vector<std::string>& messages) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n";
  for (const std::string& message : messages) {
    out += "  <error>";
    // Rails' Builder leaves '"' alone in character data; so do we (No route matches [GET] "/x").
    AppendXmlEscaped(message, &out, XmlQuote::kKeep);
    out += "</error>\n";
  }
  out += "</errors>\n";
  return out;
}

std::string CoupaJsonErrorBody(std::string_view resource_name,
                               const std::vector<std::string>& messages) {
  std::string out = "{\"errors\":{";
  AppendJsonString(resource_name.empty() ? std::string_view("base") : resource_name, &out);
  out += ":[";
  for (size_t i = 0; i < messages.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendJsonString(messages[i], &out);
  }
  out += "]}}";
  return out;
}

std::string SupplierErrorBody(int status, std::string_view message) {
  std::string out = "{\"status\":" + std::to_string(status) + ",\"error\":";
  AppendJsonString(ReasonPhrase(status), &out);
  out += ",\"message\":";
  AppendJsonString(message, &out);
  out.push_back('}');
  return out;
}

Response ErrorResponse(const Error& error, const Request& request, const RouteInfo& route) {
  return ErrorResponse(error, StatusFor(error.code), request, route);
}

Response ErrorResponse(const Error& error, int status, const Request& request,
                       const RouteInfo& route) {
  LogError(error, status, request);
  Response response;
  response.status = status;
  const std::vector<std::string> messages = error.ClientMessages();
  if (route.style == ErrorStyle::kSupplier) {
    response.content_type = ContentType(Format::kJson);
    response.body = SupplierErrorBody(status, JoinMessages(messages));
  } else if (NegotiateFormat(request) == Format::kJson) {
    response.content_type = ContentType(Format::kJson);
    response.body = CoupaJsonErrorBody(route.resource_name, messages);
  } else {
    response.content_type = ContentType(Format::kXml);
    response.body = CoupaXmlErrorBody(messages);
  }
  return response;
}

}  // namespace apbridge::http
