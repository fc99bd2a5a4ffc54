// Content types and content negotiation between XML and JSON.
#include <charconv>

#include "codec/codec.hpp"
#include "common/text.hpp"

namespace apbridge::codec {
namespace {

// "Application/JSON; charset=utf-8" -> "application/json".
std::string MediaType(std::string_view header) {
  const size_t semicolon = header.find(';');
  return AsciiLower(Trim(header.substr(0, semicolon)));
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::optional<Format> FormatOfMediaType(std::string_view media) {
  if (media == "application/xml" || media == "text/xml" || EndsWith(media, "+xml")) return Format::kXml;
  if (media == "application/json" || media == "text/json" || EndsWith(media, "+json")) return Format::kJson;
  return std::nullopt;
}

// The q= parameter of one Accept entry (1 when absent or unreadable).
double Quality(std::string_view entry) {
  for (std::string_view param : Split(entry, ';')) {
    param = Trim(param);
    if (param.size() < 2 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=') continue;
    std::string_view number = Trim(param.substr(2));
    double q = 1.0;
    auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), q);
    if (ec == std::errc() && ptr == number.data() + number.size()) return q;
  }
  return 1.0;
}

}  // namespace

std::optional<Format> FormatFromContentType(std::string_view content_type) {
  return FormatOfMediaType(MediaType(content_type));
}

std::optional<Format> FormatOfBody(std::string_view content_type, std::string_view body) {
  const std::string media = MediaType(content_type);
  if (!media.empty()) {
    if (auto format = FormatOfMediaType(media)) return format;
    // curl -d and some HTTP libraries label XML/JSON bodies with these.
    if (media != "application/x-www-form-urlencoded" && media != "text/plain" &&
        media != "application/octet-stream") {
      return std::nullopt;
    }
  }
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  body = Trim(body);
  if (body.empty()) return std::nullopt;
  if (body.front() == '<') return Format::kXml;
  if (body.front() == '{' || body.front() == '[') return Format::kJson;
  return std::nullopt;
}

Format FormatFromAccept(std::string_view accept) {
  std::optional<Format> best;
  double best_q = 0.0;
  for (std::string_view entry : Split(accept, ',')) {
    const std::optional<Format> format = FormatOfMediaType(MediaType(entry));
    if (!format) continue;
    const double q = Quality(entry);
    if (q > best_q) {
      best = format;
      best_q = q;
    }
  }
  return best.value_or(Format::kXml);
}

}  // namespace apbridge::codec
