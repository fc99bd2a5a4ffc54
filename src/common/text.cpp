// String helpers.
#include "common/text.hpp"

#include <charconv>

#include "common/text_escape.hpp"

namespace apbridge {

namespace {
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

bool IStartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && IEquals(s.substr(0, prefix.size()), prefix);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string WireName(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = c == '_' ? '-' : Lower(c);
  return out;
}

std::string SnakeName(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = c == '-' ? '_' : Lower(c);
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string Quoted(std::string_view text) {
  constexpr size_t kMaxBytes = 60;
  std::string out = "'";
  if (text.size() <= kMaxBytes) {
    out.append(text);
  } else {
    size_t cut = 0;
    while (cut < kMaxBytes) {
      const int n = Utf8SequenceLength(text, cut);
      const size_t step = static_cast<size_t>(n == 0 ? 1 : n);
      if (cut + step > kMaxBytes) break;
      cut += step;
    }
    out.append(text.substr(0, cut));
    out.append("...");
  }
  out.push_back('\'');
  return out;
}

bool ParseInt64(std::string_view s, int64_t* out) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace apbridge
