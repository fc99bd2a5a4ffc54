// splitmix64's output function (Steele, Lea, Flood 2014): a fixed bijection,
// the same on every platform, so a draw keyed by (seed, counter) reproduces.
#pragma once

#include <cstdint>

namespace apbridge {

constexpr uint64_t SplitMix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30U)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27U)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31U);
}

}  // namespace apbridge
