// The error-body writer: Coupa XML and JSON, supplier JSON, OAuth2 JSON, all
// escaped by common's text_escape.
#include "codec/error_body.hpp"

#include <vector>

#include "common/text_escape.hpp"

namespace apbridge::codec {
namespace {

// The supplier and OAuth2 bodies have room for one message.
std::string JoinMessages(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& message : messages) {
    if (!out.empty()) out += "; ";
    out += message;
  }
  return out;
}

// <?xml ...?>\n<errors>\n  <error>m</error>\n...</errors>\n
void AppendCoupaXml(const std::vector<std::string>& messages, std::string* out) {
  out->append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n");
  for (const std::string& message : messages) {
    out->append("  <error>");
    // Rails' Builder leaves '"' alone in character data, and so do we
    // (No route matches [GET] "/x"): it needs no entity outside an attribute.
    AppendXmlEscaped(message, out, XmlQuote::kKeep);
    out->append("</error>\n");
  }
  out->append("</errors>\n");
}

// {"errors":{"<resource_name or base>":["m",...]}}
void AppendCoupaJson(std::string_view resource_name, const std::vector<std::string>& messages,
                     std::string* out) {
  out->append("{\"errors\":{");
  AppendJsonString(resource_name.empty() ? std::string_view("base") : resource_name, out);
  out->append(":[");
  for (size_t i = 0; i < messages.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(messages[i], out);
  }
  out->append("]}}");
}

// {"status":N,"error":"<reason phrase>","message":"m"}
void AppendSupplierJson(int status, std::string_view reason_phrase, std::string_view message,
                        std::string* out) {
  out->append("{\"status\":" + std::to_string(status) + ",\"error\":");
  AppendJsonString(reason_phrase, out);
  out->append(",\"message\":");
  AppendJsonString(message, out);
  out->push_back('}');
}

// {"error":"<code>","error_description":"m"}
void AppendOAuthJson(std::string_view code, std::string_view description, std::string* out) {
  out->append("{\"error\":");
  AppendJsonString(code, out);
  out->append(",\"error_description\":");
  AppendJsonString(description, out);
  out->push_back('}');
}

}  // namespace

Format ErrorBodyFormat(ErrorStyle style, Format negotiated) {
  return style == ErrorStyle::kCoupa ? negotiated : Format::kJson;
}

std::string WriteErrorBody(const Error& error, const ErrorBodyOptions& options) {
  const std::vector<std::string> messages = error.ClientMessages();
  std::string out;
  switch (options.style) {
    case ErrorStyle::kCoupa:
      if (ErrorBodyFormat(options.style, options.format) == Format::kJson) {
        AppendCoupaJson(options.resource_name, messages, &out);
      } else {
        AppendCoupaXml(messages, &out);
      }
      break;
    case ErrorStyle::kSupplier:
      AppendSupplierJson(options.status, options.reason_phrase, JoinMessages(messages), &out);
      break;
    case ErrorStyle::kOAuth:
      AppendOAuthJson(error.oauth_error, JoinMessages(messages), &out);
      break;
  }
  return out;
}

}  // namespace apbridge::codec
