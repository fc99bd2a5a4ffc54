// Handles (model/field_ref.hpp) of the fields of apbridge's own resources that
// code names (model/catalog_internal.hpp: API keys, OAuth2 clients and tokens, response filters, custom
// fields, invoice image scans). One
// namespace per resource; resources and fields in catalog order.
#pragma once

#include "model/catalog_defs.hpp"
#include "model/field_ref.hpp"

namespace apbridge::model {

namespace api_key {
inline constexpr auto kId = FieldOf<int64_t>(defs::kApiKey, "id");
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kApiKey, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kApiKey, "updated-at");
inline constexpr auto kName = FieldOf<std::string>(defs::kApiKey, "name");
inline constexpr auto kKeyHash = FieldOf<std::string>(defs::kApiKey, "key-hash");
inline constexpr auto kKeyPrefix = FieldOf<std::string>(defs::kApiKey, "key-prefix");
inline constexpr auto kPermissions = FieldOf<std::string>(defs::kApiKey, "permissions");
inline constexpr auto kActive = FieldOf<bool>(defs::kApiKey, "active");
inline constexpr auto kUserId = FieldOf<int64_t>(defs::kApiKey, "user-id");
}  // namespace api_key

namespace oauth_client {
inline constexpr auto kId = FieldOf<int64_t>(defs::kOAuthClient, "id");
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kOAuthClient, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kOAuthClient, "updated-at");
inline constexpr auto kName = FieldOf<std::string>(defs::kOAuthClient, "name");
inline constexpr auto kClientId = FieldOf<std::string>(defs::kOAuthClient, "client-id");
inline constexpr auto kSecretHash = FieldOf<std::string>(defs::kOAuthClient, "secret-hash");
inline constexpr auto kScopes = FieldOf<std::string>(defs::kOAuthClient, "scopes");
inline constexpr auto kActive = FieldOf<bool>(defs::kOAuthClient, "active");
inline constexpr auto kUserId = FieldOf<int64_t>(defs::kOAuthClient, "user-id");
}  // namespace oauth_client

namespace oauth_token {
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kOAuthToken, "created-at");
inline constexpr auto kTokenHash = FieldOf<std::string>(defs::kOAuthToken, "token-hash");
inline constexpr auto kClientId = FieldOf<int64_t>(defs::kOAuthToken, "oauth-client-id");
inline constexpr auto kScopes = FieldOf<std::string>(defs::kOAuthToken, "scopes");
inline constexpr auto kExpiresAt = FieldOf<Timestamp>(defs::kOAuthToken, "expires-at");
}  // namespace oauth_token

namespace response_filter {
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kResponseFilter, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kResponseFilter, "updated-at");
inline constexpr auto kName = FieldOf<std::string>(defs::kResponseFilter, "name");
inline constexpr auto kResource = FieldOf<std::string>(defs::kResponseFilter, "resource");
inline constexpr auto kFields = FieldOf<std::string>(defs::kResponseFilter, "fields");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kResponseFilter, "description");
}  // namespace response_filter

namespace custom_field {
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kCustomField, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kCustomField, "updated-at");
inline constexpr auto kResource = FieldOf<std::string>(defs::kCustomField, "resource");
inline constexpr auto kName = FieldOf<std::string>(defs::kCustomField, "name");
inline constexpr auto kType = FieldOf<std::string>(defs::kCustomField, "type");
inline constexpr auto kAllowedValues = FieldOf<std::string>(defs::kCustomField, "allowed-values");
inline constexpr auto kActive = FieldOf<bool>(defs::kCustomField, "active");
}  // namespace custom_field

namespace invoice_image_scan {
inline constexpr auto kId = FieldOf<int64_t>(defs::kInvoiceImageScan, "id");
inline constexpr auto kInvoiceId = FieldOf<int64_t>(defs::kInvoiceImageScan, "invoice-id");
inline constexpr auto kFileName = FieldOf<std::string>(defs::kInvoiceImageScan, "file-name");
inline constexpr auto kContentType = FieldOf<std::string>(defs::kInvoiceImageScan, "content-type");
inline constexpr auto kFileSize = FieldOf<int64_t>(defs::kInvoiceImageScan, "file-size");
inline constexpr auto kContent = FieldOf<std::string>(defs::kInvoiceImageScan, "content");
}  // namespace invoice_image_scan

}  // namespace apbridge::model
