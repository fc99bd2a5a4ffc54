// UTF-8 validation and XML/JSON escaping: copies clean runs in one append and
// only stops at the bytes that need attention.
#include "common/text_escape.hpp"

namespace apbridge {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool InRange(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

}  // namespace

int Utf8SequenceLength(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const size_t left = s.size() - i;
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (c < 0xE0) return left >= 2 && InRange(byte(i + 1), 0x80, 0xBF) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3) return 0;
    const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;  // no overlongs
    const unsigned char hi = c == 0xED ? 0x9F : 0xBF;  // no surrogates
    return InRange(byte(i + 1), lo, hi) && InRange(byte(i + 2), 0x80, 0xBF) ? 3 : 0;
  }
  if (c < 0xF5) {
    if (left < 4) return 0;
    const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;  // no overlongs
    const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    return InRange(byte(i + 1), lo, hi) && InRange(byte(i + 2), 0x80, 0xBF) &&
                   InRange(byte(i + 3), 0x80, 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const int n = Utf8SequenceLength(s, i);
    if (n == 0) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

size_t Utf8Length(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++count) {
    const int n = Utf8SequenceLength(s, i);
    i += n == 0 ? 1 : static_cast<size_t>(n);
  }
  return count;
}

void AppendXmlEscaped(std::string_view text, std::string* out, XmlQuote quote) {
  size_t run = 0;  // start of the pending clean run
  size_t i = 0;
  const auto flush = [&] { out->append(text.data() + run, i - run); };
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::string_view replacement;
    size_t consumed = 1;
    if (c >= 0x80) {
      const int n = Utf8SequenceLength(text, i);
      if (n == 3 && c == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
          static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
        replacement = kReplacement;  // U+FFFE / U+FFFF are not XML characters
        consumed = 3;
      } else if (n == 0) {
        replacement = kReplacement;
      } else {
        i += static_cast<size_t>(n);
        continue;
      }
    } else {
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          if (quote == XmlQuote::kEscape) replacement = "&quot;";
          break;
        case '\r':
          replacement = "&#13;";
          break;
        case '\t':
        case '\n':
          break;
        default:
          if (c < 0x20) replacement = kReplacement;
      }
      if (replacement.empty()) {
        ++i;
        continue;
      }
    }
    flush();
    out->append(replacement);
    i += consumed;
    run = i;
  }
  flush();
}

void AppendJsonString(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;
  size_t i = 0;
  const auto flush = [&] { out->append(text.data() + run, i - run); };
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    size_t consumed = 1;
    char buf[6];
    std::string_view replacement;
    if (c >= 0x80) {
      const int n = Utf8SequenceLength(text, i);
      if (n == 3 && c == 0xE2 && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
           static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
        replacement = static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
        consumed = 3;
      } else if (n == 0) {
        replacement = kReplacement;
      } else {
        i += static_cast<size_t>(n);
        continue;
      }
    } else {
      switch (c) {
        case '"':
          replacement = "\\\"";
          break;
        case '\\':
          replacement = "\\\\";
          break;
        case '\b':
          replacement = "\\b";
          break;
        case '\f':
          replacement = "\\f";
          break;
        case '\n':
          replacement = "\\n";
          break;
        case '\r':
          replacement = "\\r";
          break;
        case '\t':
          replacement = "\\t";
          break;
        default:
          buf[0] = '\\';
          buf[1] = 'u';
          buf[2] = '0';
          buf[3] = '0';
          buf[4] = kHex[c >> 4];
          buf[5] = kHex[c & 0xF];
          replacement = std::string_view(buf, 6);
      }
    }
    flush();
    out->append(replacement);
    i += consumed;
    run = i;
  }
  flush();
  out->push_back('"');
}

}  // namespace apbridge
