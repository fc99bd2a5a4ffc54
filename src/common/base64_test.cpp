// Base64: RFC 4648's test vectors, every byte value round trip, and the texts
// that are not padded base64.
#include "common/base64.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

TEST(Base64Test, EncodesTheRfcVectors) {
  const std::pair<std::string_view, std::string_view> vectors[] = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
  };
  for (const auto& [bytes, text] : vectors) {
    EXPECT_EQ(Base64Encode(bytes), text);
    EXPECT_EQ(Base64Decode(text), std::string(bytes)) << text;
  }
}

TEST(Base64Test, EveryByteValueComesBackExactly) {
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  for (size_t length : {all.size(), all.size() - 1, all.size() - 2}) {
    const std::string bytes = all.substr(0, length);
    EXPECT_EQ(Base64Decode(Base64Encode(bytes)), bytes) << length;
  }
  EXPECT_EQ(Base64Encode(std::string("\0\xff", 2)), "AP8=");
}

TEST(Base64Test, RejectsWhatIsNotPaddedBase64) {
  for (std::string_view bad : {"Zg", "Zg=", "Zm9v\n", "Zm9v Yg==", "Z===", "Zg==Zg==", "Zm9-", "=Zm9"}) {
    EXPECT_EQ(Base64Decode(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace apbridge
