// Error bodies (Coupa XML, Coupa JSON, supplier JSON) with their own tiny
// escapers, so that http needs no codec. Invalid UTF-8 becomes U+FFFD.
#include "http/error_response.hpp"

#include <cstdint>

#include "common/log.hpp"
#include "http/log_text.hpp"
#include "http/negotiation.hpp"
#include "http/status.hpp"

namespace apbridge::http {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence starting at s[i], or 0 when invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return 1;
  size_t length = 0;
  uint32_t code_point = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (c & 0x3Fu);
  }
  const bool overlong = (length == 2 && code_point < 0x80) || (length == 3 && code_point < 0x800) ||
                        (length == 4 && code_point < 0x10000);
  const bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) return 0;
  return length;
}

void AppendXmlText(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (length > 1) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    const char c = text[i++];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\t':
      case '\n':
      case '\r': out.push_back(c); break;
      default:
        // Other control characters are not allowed in XML 1.0 at all.
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += kReplacement;
        } else {
          out.push_back(c);
        }
    }
  }
}

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (size_t i = 0; i < text.size();) {
    const size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (length > 1) {
      out.append(text.substr(i, length));
      i += length;
      continue;
    }
    const char c = text[i++];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out.push_back(kHex[(c >> 4) & 0xF]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

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
    AppendXmlText(out, message);
    out += "</error>\n";
  }
  out += "</errors>\n";
  return out;
}

std::string CoupaJsonErrorBody(std::string_view resource_name,
                               const std::vector<std::string>& messages) {
  std::string out = "{\"errors\":{";
  AppendJsonString(out, resource_name.empty() ? std::string_view("base") : resource_name);
  out += ":[";
  for (size_t i = 0; i < messages.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendJsonString(out, messages[i]);
  }
  out += "]}}";
  return out;
}

std::string SupplierErrorBody(int status, std::string_view message) {
  std::string out = "{\"status\":" + std::to_string(status) + ",\"error\":";
  AppendJsonString(out, ReasonPhrase(status));
  out += ",\"message\":";
  AppendJsonString(out, message);
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
