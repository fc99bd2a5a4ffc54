// Coupa error bodies.
#include <gtest/gtest.h>

#include "codec/codec.hpp"

namespace apbridge::codec {
namespace {

TEST(ErrorsTest, WritesXmlErrors) {
  const std::string messages[] = {"invoice-number is too long (maximum is 40 characters)", "a < b & \"c\""};
  EXPECT_EQ(WriteErrors(messages, Format::kXml, "invoice-header"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<errors>\n"
            "  <error>invoice-number is too long (maximum is 40 characters)</error>\n"
            "  <error>a &lt; b &amp; &quot;c&quot;</error>\n"
            "</errors>\n");
  EXPECT_EQ(WriteErrors({}, Format::kXml, "invoice-header"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors/>\n");
}

TEST(ErrorsTest, WritesJsonErrors) {
  const std::string messages[] = {"No results match your search criteria.", "say \"hi\"\n"};
  EXPECT_EQ(WriteErrors(messages, Format::kJson, "invoice-header"),
            R"({"errors":{"invoice-header":["No results match your search criteria.","say \"hi\"\n"]}})");
  EXPECT_EQ(WriteErrors({}, Format::kJson, "coupa-pay-payment"), R"({"errors":{"coupa-pay-payment":[]}})");
  const std::string one[] = {"x"};
  EXPECT_EQ(WriteErrors(one, Format::kJson, ""), R"({"errors":{"base":["x"]}})");
}

}  // namespace
}  // namespace apbridge::codec
