// UTF-8 validation and XML/JSON text escaping: the one implementation, used by every
// XML or JSON writer (codec's records and error bodies) and codec's readers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace apbridge {

// Length (1-4) of the well-formed UTF-8 sequence starting at s[i], or 0 when
// the bytes there are not one (overlong forms, surrogates and code points
// above U+10FFFF are not well-formed).
int Utf8SequenceLength(std::string_view s, size_t i);

// True when all of `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Number of code points in `s` (each ill-formed byte counts as one).
size_t Utf8Length(std::string_view s);

// Whether AppendXmlEscaped writes '"' as &quot; (safe inside a double-quoted
// attribute too) or leaves it as is, as Rails' Builder writes character data.
enum class XmlQuote { kEscape, kKeep };

// Appends `text` as XML character data: & < > (and " unless kKeep) become
// entities, CR becomes &#13; (parsers would turn it into LF), and bytes XML
// cannot carry (control characters other than tab and LF, U+FFFE/U+FFFF,
// ill-formed UTF-8) become U+FFFD.
void AppendXmlEscaped(std::string_view text, std::string* out, XmlQuote quote = XmlQuote::kEscape);

// Appends `text` as a JSON string literal, quotes included. Control
// characters, '"' and '\' are escaped, U+2028/U+2029 are written as \u
// escapes (safe inside <script>), ill-formed UTF-8 becomes U+FFFD.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace apbridge
