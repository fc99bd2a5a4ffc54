// Crypto helpers: key alphabet and length, digests, UUID shapes.
#include "common/crypto.hpp"

#include <gtest/gtest.h>

#include <regex>

namespace apbridge {
namespace {

TEST(CryptoTest, RandomKeysAreAlphanumericAndDistinct) {
  std::string a = RandomAlphanumeric(40);
  std::string b = RandomAlphanumeric(40);
  EXPECT_EQ(a.size(), 40u);
  EXPECT_TRUE(std::regex_match(a, std::regex("[A-Za-z0-9]{40}")));
  EXPECT_NE(a, b);
}

TEST(CryptoTest, Sha256MatchesKnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(CryptoTest, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("secret", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secreT"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secrets"));
}

TEST(CryptoTest, UuidsHaveTheirVersion) {
  std::regex v5("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  EXPECT_TRUE(std::regex_match(NameBasedUuid("invoice:1"), v5));
  EXPECT_EQ(NameBasedUuid("invoice:1"), NameBasedUuid("invoice:1"));
  EXPECT_NE(NameBasedUuid("invoice:1"), NameBasedUuid("invoice:2"));
  std::regex v4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  EXPECT_TRUE(std::regex_match(RandomUuid(), v4));
}

}  // namespace
}  // namespace apbridge
