// apbridge's own resources, stored like Coupa's but never served as Coupa
// routes: API keys (hashed) and, later, OAuth2 clients and response filters.
#include "model/catalog_internal.hpp"

namespace apbridge::model {
namespace {

constexpr Field kApiKeyFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut),
    Str("name", 255, kInOut, "What the key is for"),
    Str("key-hash", 64, kIndexed, "SHA-256 of the key; the key itself is never stored"),
    Str("key-prefix", 8, kOut, "First characters of the key, to recognise it"),
    Text("permissions", kInOut, "'*' or space-separated resource:action grants"),
    Bool("active", kInOut),
    Time("last-used-at", kOut),
};
constexpr std::string_view kApiKeyNaturalKeys[] = {"name"};

constexpr ResourceDef kApiKey{"api-key", "api-keys", "api_keys", kApiKeyFields, kApiKeyNaturalKeys};

constexpr const ResourceDef* kInternalDefs[] = {&kApiKey};

}  // namespace

std::span<const ResourceDef* const> InternalResourceDefs() { return kInternalDefs; }

}  // namespace apbridge::model
