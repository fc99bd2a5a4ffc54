// AttachmentDisposition: a quoted ASCII filename, and RFC 5987's filename* for
// the others.
#include "http/content_disposition.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/text_escape.hpp"

namespace apbridge::http {
namespace {

// RFC 5987 attr-char: what filename* carries without percent-encoding.
bool IsAttrChar(unsigned char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  for (char allowed : std::string_view("!#$&+-.^_`|~")) {
    if (c == static_cast<unsigned char>(allowed)) return true;
  }
  return false;
}

}  // namespace

std::string AttachmentDisposition(std::string_view file_name) {
  std::string quoted;
  std::string encoded;
  bool ascii = true;
  for (size_t i = 0; i < file_name.size();) {
    const auto c = static_cast<unsigned char>(file_name[i]);
    if (c < 0x80) {
      ++i;
      if (c < 0x20 || c == 0x7F) continue;  // no control character reaches a header
      if (c == '"' || c == '\\') quoted.push_back('\\');
      quoted.push_back(static_cast<char>(c));
      if (IsAttrChar(c)) {
        encoded.push_back(static_cast<char>(c));
      } else {
        encoded += fmt::format("%{:02X}", c);
      }
      continue;
    }
    ascii = false;
    // One '_' per character; an ill-formed byte counts as one.
    const int length = std::max(1, Utf8SequenceLength(file_name, i));
    quoted.push_back('_');
    for (int k = 0; k < length && i < file_name.size(); ++k, ++i) {
      encoded += fmt::format("%{:02X}", static_cast<unsigned char>(file_name[i]));
    }
  }
  if (quoted.empty()) return "attachment; filename=\"download\"";
  if (ascii) return fmt::format("attachment; filename=\"{}\"", quoted);
  return fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}", quoted, encoded);
}

}  // namespace apbridge::http
