// apbridge's own resources, stored like Coupa's but never served as Coupa
// routes: API keys (hashed), named response filters, custom field definitions,
// invoice image scans, OAuth2 clients and their tokens; and the inputs of actions,
// read from request bodies but never stored (no table).
#pragma once

#include <span>
#include <string_view>

#include "model/custom_field.hpp"
#include "model/resource.hpp"

namespace apbridge::model {
namespace defs {

inline constexpr Field kApiKeyFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut),
    Str("name", 255, kInOut, "What the key is for"),
    Str("key-hash", 64, kIndexed, "SHA-256 of the key; the key itself is never stored"),
    Str("key-prefix", 8, kOut, "First characters of the key, to recognise it"),
    Text("permissions", kInOut, "'*' or space-separated resource:action grants"),
    Bool("active", kInOut),
    Time("last-used-at", kOut),
    Int("user-id", kInOut, "The API user the key acts as: the updated-by of its writes"),
};
inline constexpr std::string_view kApiKeyNaturalKeys[] = {"name"};

inline constexpr ResourceDef kApiKey{"api-key", "api-keys", "api_keys", kApiKeyFields, kApiKeyNaturalKeys};

// OAuth2 clients (client credentials grant, RFC 6749 4.4), as Coupa's
// Setup > OAuth2/OpenID Connect Clients: the secret stored hashed, the scopes
// the client may be granted, the API user its tokens act as.
inline constexpr Field kOAuthClientFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut),
    Str("name", 255, kInOut, "What the client is for"),
    Str("client-id", 64, kOut | kIndexed, "Public identifier, sent as client_id"),
    Str("secret-hash", 64, 0, "SHA-256 of the client secret; the secret itself is never stored"),
    Text("scopes", kInOut, "Space-separated scopes the client may be granted"),
    Bool("active", kInOut, "False once revoked: its tokens are refused at once"),
    Int("user-id", kInOut, "The API user its tokens act as: the updated-by of their writes"),
};
inline constexpr std::string_view kOAuthClientNaturalKeys[] = {"client-id"};

inline constexpr ResourceDef kOAuthClient{"oauth-client", "oauth-clients", "oauth_clients",
                                          kOAuthClientFields, kOAuthClientNaturalKeys};

// Access tokens issued to OAuth2 clients: stored hashed, so that a token is
// valid across restarts and on every server sharing the database.
inline constexpr Field kOAuthTokenFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Str("token-hash", 64, kIndexed, "SHA-256 of the access token"),
    Int("oauth-client-id", kOut | kIndexed, "The client it was issued to"),
    Text("scopes", kOut, "Space-separated scopes granted"),
    Time("expires-at", kOut),
};

inline constexpr ResourceDef kOAuthToken{"oauth-token", "oauth-tokens", "oauth_tokens", kOAuthTokenFields};

// Named response filters (GET ...?filter=<name>): admin-defined field sets, as
// Coupa's "API response filters" (Setup > Integrations > API Filters).
inline constexpr Field kResponseFilterFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut),
    Str("name", 255, kInOut | kRequired | kUnique | kIndexed,
        "What clients pass as filter=<name>: letters, digits, '_' and '-'"),
    Str("resource", 255, kInOut | kRequired, "The API resource it shapes: invoices, coupa_pay/payments"),
    Text("fields", kInOut | kRequired, "The field selection, exactly as fields= takes it"),
    Text("description", kInOut),
};
inline constexpr std::string_view kResponseFilterNaturalKeys[] = {"name"};

inline constexpr ResourceDef kResponseFilter{"response-filter", "response-filters", "response_filters",
                                             kResponseFilterFields, kResponseFilterNaturalKeys};

// The instance's custom fields (apbridge custom-fields): each becomes a field
// of its resource when the catalog is built at start-up (Catalog::CoupaWith).
inline constexpr Field kCustomFieldFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut),
    Str("resource", 255, kInOut | kRequired, "The resource it extends: invoice-header or invoice-line"),
    Str("name", 64, kInOut | kRequired | kIndexed, "Its wire name under custom-fields"),
    Enum("type", kCustomFieldTypeNames, kInOut | kRequired),
    Text("allowed-values", kInOut, "A string field's allowable values, one per line; empty: any text"),
    Bool("active", kInOut, "False once removed: the values stay stored, for a re-add of the same type"),
};
inline constexpr std::string_view kCustomFieldNaturalKeys[] = {"resource", "name"};

inline constexpr ResourceDef kCustomField{"custom-field", "custom-fields", "custom_fields",
                                          kCustomFieldFields, kCustomFieldNaturalKeys};

// The file of an invoice's image scan (PUT /api/invoices/:id/image_scan), at
// most one per invoice; the invoice's image-scan-* elements describe it. A
// table of its own, so that reading an invoice never loads the bytes.
inline constexpr Field kInvoiceImageScanFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut),
    Int("invoice-id", kOut | kIndexed, "The invoice it is the image scan of"),
    Str("file-name", 255, kOut, "As uploaded, without any directory"),
    Str("content-type", 191, kOut, "As uploaded: what retrieve_image_scan answers with"),
    Int("file-size", kOut, "Bytes"),
    // A text column holds NUL bytes and ill-formed UTF-8 on no backend, base64 on every one.
    Text("content", 0, "The file's bytes, base64 (RFC 4648)"),
};
inline constexpr std::string_view kInvoiceImageScanNaturalKeys[] = {"invoice-id"};

inline constexpr ResourceDef kInvoiceImageScan{"invoice-image-scan", "invoice-image-scans",
                                               "invoice_image_scans", kInvoiceImageScanFields,
                                               kInvoiceImageScanNaturalKeys};

// What PUT /api/invoices/:id/dispute reads, as Coupa documents it:
// <invoice-header><dispute-reason><code>X</code></dispute-reason><comment>..</comment></invoice-header>.
// Only ever a request body: it has no table.
inline constexpr Field kInvoiceDisputeFields[] = {
    Int("id", kOut | kIndexed),
    Ref("dispute-reason", "reason-insight", kIn, "A valid dispute reason, by its code"),
    Text("comment", kIn, "A comment to the supplier"),
};

inline constexpr ResourceDef kInvoiceDispute{"invoice-dispute", "invoice-disputes", "",
                                             kInvoiceDisputeFields};

}  // namespace defs

std::span<const ResourceDef* const> InternalResourceDefs();

}  // namespace apbridge::model
