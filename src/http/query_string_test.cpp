// Tests for ParseQueryString and PercentDecode: the quirks real Coupa clients send.
#include "http/query_string.hpp"

#include <gtest/gtest.h>

namespace apbridge::http {
namespace {

struct QueryCase {
  std::string_view raw;
  std::vector<QueryParam> expected;
};

class ParseQueryStringTest : public ::testing::TestWithParam<QueryCase> {};

TEST_P(ParseQueryStringTest, Parses) {
  EXPECT_EQ(ParseQueryString(GetParam().raw), GetParam().expected) << GetParam().raw;
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, ParseQueryStringTest,
    ::testing::Values(QueryCase{"", {}}, QueryCase{"a=1", {{"a", "1", true}}},
                      QueryCase{"a=1&&b=2", {{"a", "1", true}, {"b", "2", true}}},
                      QueryCase{"&a=1&", {{"a", "1", true}}}, QueryCase{"&&&", {}},
                      QueryCase{"null", {{"null", "", false}}},
                      QueryCase{"exported=true&null", {{"exported", "true", true}, {"null", "", false}}},
                      QueryCase{"a=", {{"a", "", true}}}, QueryCase{"=x", {{"", "x", true}}},
                      QueryCase{"a=b=c", {{"a", "b=c", true}}},
                      QueryCase{"supplier[name[=12345", {{"supplier[name[", "12345", true}}},
                      QueryCase{"updated-at[gt]=2019-07-18T13:33:00+07:00",
                                {{"updated-at[gt]", "2019-07-18T13:33:00 07:00", true}}},
                      QueryCase{"updated-at[gt]=2019-07-18T13:33:00%2B07:00",
                                {{"updated-at[gt]", "2019-07-18T13:33:00+07:00", true}}},
                      QueryCase{"supplier%5Bname%5D=Acme%20Corp", {{"supplier[name]", "Acme Corp", true}}},
                      QueryCase{"supplier%5bname%5d=x", {{"supplier[name]", "x", true}}},
                      QueryCase{"status[in]=approved,voided", {{"status[in]", "approved,voided", true}}},
                      QueryCase{"a=1&a=2&b=3&a=4",
                                {{"a", "1", true}, {"a", "2", true}, {"b", "3", true}, {"a", "4", true}}},
                      QueryCase{"fields=[\"id\",{\"supplier\":[\"name\"]}]",
                                {{"fields", "[\"id\",{\"supplier\":[\"name\"]}]", true}}},
                      QueryCase{"fields=%5B%22id%22%5D", {{"fields", "[\"id\"]", true}}},
                      QueryCase{"name=caf%C3%A9", {{"name", "caf\xC3\xA9", true}}},
                      QueryCase{"a+b=c+d", {{"a b", "c d", true}}}));

// Never fails: broken escapes are kept as they came.
INSTANTIATE_TEST_SUITE_P(Tolerated, ParseQueryStringTest,
                         ::testing::Values(QueryCase{"a=100%", {{"a", "100%", true}}},
                                           QueryCase{"a=%zz", {{"a", "%zz", true}}},
                                           QueryCase{"a=%4", {{"a", "%4", true}}},
                                           QueryCase{"a=%%41", {{"a", "%A", true}}},
                                           QueryCase{"%=1", {{"%", "1", true}}},
                                           QueryCase{"a=%00b", {{"a", std::string("\0b", 2), true}}}));

TEST(PercentDecodeTest, PlusIsSpaceOnlyWhenAsked) {
  EXPECT_EQ(PercentDecode("a+b%20c", true), "a b c");
  EXPECT_EQ(PercentDecode("a+b%20c", false), "a+b c");
}

}  // namespace
}  // namespace apbridge::http
