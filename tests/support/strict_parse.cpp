// libxml2 and simdjson as strict checkers of response bodies.
#include "support/strict_parse.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <simdjson.h>

namespace apbridge::testing {
namespace {

// Collects libxml2's messages for one parse (it reports through a callback).
void CollectXmlError(void* context, const xmlError* error) {
  auto* messages = static_cast<std::string*>(context);
  if (error == nullptr) return;
  *messages += "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "?");
}

std::string XmlError(std::string_view body) {
  std::string messages;
  xmlSetStructuredErrorFunc(&messages, reinterpret_cast<xmlStructuredErrorFunc>(&CollectXmlError));
  // No recovery, no network, no entity substitution: well-formed or not.
  xmlDocPtr doc = xmlReadMemory(body.data(), static_cast<int>(body.size()), "response.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (doc == nullptr && messages.empty()) messages = "libxml2 refused the document";
  if (doc != nullptr) xmlFreeDoc(doc);
  return messages;
}

std::string JsonError(std::string_view body) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(body);
  simdjson::dom::element root;
  const auto error = parser.parse(padded).get(root);
  return error == simdjson::SUCCESS ? std::string() : std::string(simdjson::error_message(error));
}

}  // namespace

std::string StrictParseError(std::string_view content_type, std::string_view body) {
  if (content_type.find("xml") != std::string_view::npos) return XmlError(body);
  if (content_type.find("json") != std::string_view::npos) return JsonError(body);
  return {};
}

}  // namespace apbridge::testing
