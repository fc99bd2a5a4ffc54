// Accept and Content-Type handling.
#include "http/negotiation.hpp"

#include <charconv>
#include <optional>

#include "common/text.hpp"

namespace apbridge::http {
namespace {

enum class MediaKind { kXml, kJson, kOther };

// The media type of a header value, lower case, parameters removed.
std::string MediaType(std::string_view value) {
  const size_t semicolon = value.find(';');
  return AsciiLower(Trim(value.substr(0, semicolon)));
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

MediaKind Classify(std::string_view media_type) {
  if (media_type == "application/xml" || media_type == "text/xml" || EndsWith(media_type, "+xml")) {
    return MediaKind::kXml;
  }
  if (media_type == "application/json" || media_type == "text/json" || EndsWith(media_type, "+json")) {
    return MediaKind::kJson;
  }
  return MediaKind::kOther;
}

// The q parameter of one Accept element ("application/json;q=0.5"); 1 when absent.
double Quality(std::string_view element) {
  for (std::string_view param : Split(element, ';')) {
    param = Trim(param);
    if (param.size() >= 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
      const std::string_view number = Trim(param.substr(2));
      double q = 0;
      const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), q);
      if (ec == std::errc() && ptr != number.data()) return q;
    }
  }
  return 1.0;
}

// The first byte of the body that is not blank, or '\0'.
char FirstSignificant(std::string_view body) {
  const std::string_view trimmed = Trim(body);
  if (!trimmed.empty()) return trimmed.front();
  return '\0';
}

std::optional<Format> Sniff(char first) {
  if (first == '<') return Format::kXml;
  if (first == '{' || first == '[') return Format::kJson;
  return std::nullopt;
}

}  // namespace

Format NegotiateFormat(const Request& request) {
  if (request.format_override) return *request.format_override;
  const auto accept = request.Header("Accept");
  if (!accept) return Format::kXml;
  double best_json = 0;
  double best_xml = 0;
  bool json_first = false;  // JSON listed before any XML type
  bool seen_xml = false;
  for (std::string_view element : Split(*accept, ',')) {
    const MediaKind kind = Classify(MediaType(element));
    if (kind == MediaKind::kOther) continue;
    const double q = Quality(element);
    if (kind == MediaKind::kJson) {
      if (q > best_json) best_json = q;
      if (!seen_xml && q > 0) json_first = true;
    } else {
      if (q > best_xml) best_xml = q;
      seen_xml = true;
    }
  }
  if (best_json > 0 && (best_json > best_xml || (best_json == best_xml && json_first))) {
    return Format::kJson;
  }
  return Format::kXml;
}

Result<Format> RequestBodyFormat(const Request& request) {
  const char first = FirstSignificant(request.body);
  if (first == '\0') return Format::kXml;
  const auto content_type = request.Header("Content-Type");
  if (!content_type || Trim(*content_type).empty()) {
    return Sniff(first).value_or(Format::kXml);
  }
  const std::string media_type = MediaType(*content_type);
  switch (Classify(media_type)) {
    case MediaKind::kXml:
      return Format::kXml;
    case MediaKind::kJson:
      return Format::kJson;
    case MediaKind::kOther:
      break;
  }
  if (media_type == "application/x-www-form-urlencoded") {
    if (auto sniffed = Sniff(first)) return *sniffed;
  }
  return Fail(UnsupportedMediaType("Content-Type '" + std::string(Trim(*content_type)) +
                                   "' is not supported; send application/xml or application/json"));
}

}  // namespace apbridge::http
