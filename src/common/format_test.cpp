// The Content-Type of each wire format.
#include "common/format.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

TEST(FormatTest, ContentTypes) {
  EXPECT_EQ(ContentType(Format::kXml), "application/xml; charset=utf-8");
  EXPECT_EQ(ContentType(Format::kJson), "application/json; charset=utf-8");
}

}  // namespace
}  // namespace apbridge
