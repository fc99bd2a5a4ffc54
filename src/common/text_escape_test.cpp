// Tables for UTF-8 validation and XML/JSON escaping.
#include "common/text_escape.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

struct EscapeCase {
  std::string_view input;
  std::string_view xml;
  std::string_view json;
};

TEST(TextEscapeTest, EscapesXmlAndJson) {
  const EscapeCase kCases[] = {
      {"", "", R"("")"},
      {"plain text 123", "plain text 123", R"("plain text 123")"},
      {"a & b < c > d", "a &amp; b &lt; c &gt; d", R"("a & b < c > d")"},
      {R"(say "hi")", "say &quot;hi&quot;", R"("say \"hi\"")"},
      {"it's", "it's", R"("it's")"},
      {R"(back\slash /)", R"(back\slash /)", R"("back\\slash /")"},
      {"tab\tnl\ncr\r", "tab\tnl\ncr&#13;", R"("tab\tnl\ncr\r")"},
      {std::string_view("nul\0bell\x07", 9),
       "nul\xEF\xBF\xBD"
       "bell\xEF\xBF\xBD",
       R"("nul\u0000bell\u0007")"},
      {"\b\f\x1f", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", R"("\b\f\u001f")"},
      {"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
       "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\""},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte", "\"bad \xEF\xBF\xBD byte\""},
      {"cut \xE2\x82", "cut \xEF\xBF\xBD\xEF\xBF\xBD", "\"cut \xEF\xBF\xBD\xEF\xBF\xBD\""},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD", "\"overlong \xEF\xBF\xBD\xEF\xBF\xBD\""},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
       "\"surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
      {"nonchar \xEF\xBF\xBF", "nonchar \xEF\xBF\xBD", "\"nonchar \xEF\xBF\xBF\""},
      {"line\xE2\x80\xA8sep\xE2\x80\xA9", "line\xE2\x80\xA8sep\xE2\x80\xA9", R"("line\u2028sep\u2029")"},
  };
  for (const EscapeCase& c : kCases) {
    std::string xml = "prefix:";
    AppendXmlEscaped(c.input, &xml);
    EXPECT_EQ(xml, "prefix:" + std::string(c.xml)) << c.input;
    std::string json;
    AppendJsonString(c.input, &json);
    EXPECT_EQ(json, c.json) << c.input;
  }
}

TEST(TextEscapeTest, KeepsQuotesInXmlOnRequest) {
  std::string xml;
  AppendXmlEscaped("say \"hi\" & <bye>\r\x01", &xml, XmlQuote::kKeep);
  EXPECT_EQ(xml, "say \"hi\" &amp; &lt;bye&gt;&#13;\xEF\xBF\xBD");
}

TEST(TextEscapeTest, ValidatesAndCountsUtf8) {
  const struct {
    std::string_view input;
    bool valid;
    size_t length;
  } kCases[] = {
      {"", true, 0},
      {"abc", true, 3},
      {"caf\xC3\xA9", true, 4},
      {"\xE2\x82\xAC\xF0\x9F\x98\x80", true, 2},
      {"\xF4\x8F\xBF\xBF", true, 1},   // U+10FFFF
      {"\xF4\x90\x80\x80", false, 4},  // above U+10FFFF
      {"\xC3", false, 1},
      {"\x80", false, 1},
      {"\xC1\xBF", false, 2},      // overlong
      {"\xE0\x80\xAF", false, 3},  // overlong
      {"\xED\xBF\xBF", false, 3},  // surrogate
      {"a\xFE"
       "b",
       false, 3},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(IsValidUtf8(c.input), c.valid) << c.input;
    EXPECT_EQ(Utf8Length(c.input), c.length) << c.input;
  }
}

}  // namespace
}  // namespace apbridge
