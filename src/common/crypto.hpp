// Secrets and digests: random keys, SHA-256 hashes, constant-time comparison, UUIDs.
#pragma once

#include <string>
#include <string_view>

namespace apbridge {

// `length` random alphanumeric characters from the OS CSPRNG (Coupa API keys are 40).
[[nodiscard]] std::string RandomAlphanumeric(size_t length);
// Lower-case hex SHA-256 of `data`.
[[nodiscard]] std::string Sha256Hex(std::string_view data);
// Compares without leaking where the first difference is.
[[nodiscard]] bool ConstantTimeEquals(std::string_view a, std::string_view b);
// A name-based (version 5, SHA-1) UUID in the apbridge namespace: stable for a name.
[[nodiscard]] std::string NameBasedUuid(std::string_view name);
// A random (version 4) UUID.
[[nodiscard]] std::string RandomUuid();

}  // namespace apbridge
