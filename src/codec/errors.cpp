// Coupa error bodies: <errors><error>...</error></errors> and
// {"errors":{"<resource>":[...]}}.
#include "codec/codec.hpp"
#include "common/text_escape.hpp"

namespace apbridge::codec {

std::string WriteErrors(std::span<const std::string> messages, Format format, std::string_view resource_name) {
  std::string out;
  size_t size = 64 + resource_name.size();
  for (const std::string& m : messages) size += m.size() + 24;
  out.reserve(size);
  if (format == Format::kXml) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (messages.empty()) {
      out.append("<errors/>\n");
      return out;
    }
    out.append("<errors>\n");
    for (const std::string& m : messages) {
      out.append("  <error>");
      AppendXmlEscaped(m, &out);
      out.append("</error>\n");
    }
    out.append("</errors>\n");
    return out;
  }
  out.append("{\"errors\":{");
  AppendJsonString(resource_name.empty() ? std::string_view("base") : resource_name, &out);
  out.append(":[");
  for (size_t i = 0; i < messages.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendJsonString(messages[i], &out);
  }
  out.append("]}}");
  return out;
}

}  // namespace apbridge::codec
