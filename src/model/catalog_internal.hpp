// apbridge's own resources, stored like Coupa's but never served as Coupa
// routes: API keys (hashed), named response filters, custom field definitions,
// invoice image scans, OAuth2 clients and their tokens, the expense reports Coupa Pay
// pays, the loads of flat files; and the inputs of actions, read from request bodies but never stored (no
// table).
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
    Int("supplier-id", kInOut, "A supplier API client's supplier: it sees only that supplier's invoices"),
    Int("credits", kInOut, "Supplier API calls left, one spent per call; null: no limit"),
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

// An employee's expense report, as far as Coupa Pay pays it: approved
// reports are reimbursed to the employee's pay-to account by a pay run, and
// a completed payment marks them paid. Not served (apbridge has no expense
// API); elements named as Coupa's expense-report has them.
inline constexpr std::string_view kExpenseReportStatuses[] = {
    "draft",    "working",           "pending_approval",     "pending_info",
    "approved", "accounting_review", "approved_for_payment", "scheduled_for_payment",
    "paid"};

inline constexpr Field kExpenseReportFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut),
    Time("updated-at", kOut | kIndexed),
    Str("title", 255, kInOut),
    Str("report-number", 255, kOut | kUnique | kIndexed,
        "ER-<id>: what payment details name it by (source-transaction-reference)"),
    Ref("expensed-by", "user", kInOut | kIndexed, "The employee reimbursed"),
    Ref("currency", "currency", kInOut),
    Dec("total", 32, 4, kOut, "What is reimbursed"),
    Enum("status", kExpenseReportStatuses, kOut | kIndexed),
    Time("submitted-at", kOut),
    Bool("paid", kOut | kIndexed, "Has expense report been paid?"),
    Time("paid-at", kOut, "When the Coupa Pay payment that paid it completed"),
    Ref("created-by", "user", kOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kExpenseReportNaturalKeys[] = {"report-number"};

inline constexpr ResourceDef kExpenseReport{"expense-report", "expense-reports", "expense_reports",
                                            kExpenseReportFields, kExpenseReportNaturalKeys};

// A load of a flat file (Incoming/...), as Coupa's /data_sources lists it:
// the file, what its rows are, how far the load got and what it came to.
// Served read-only at /api/data_file_sources. The claim columns (not served)
// make a file load once when several servers share the database: a load is
// worked by the server that holds its claim, and rows-done moves in the same
// transaction as each row's writes, so a restart resumes after the last row
// applied.
inline constexpr std::string_view kDataFileSourceStatuses[] = {"pending", "processing", "completed",
                                                               "completed_with_errors", "failed"};

inline constexpr Field kDataFileSourceFields[] = {
    Int("id", kOut | kIndexed),
    Time("created-at", kOut | kIndexed),
    Time("updated-at", kOut | kIndexed),
    Str("file-name", 255, kOut | kIndexed, "As dropped, without the folder"),
    Str("folder", 255, kOut, "The incoming folder: Invoice Payments, Invoices"),
    Str("object", 255, kOut | kIndexed, "What its rows are: Invoice Payment, Invoice"),
    Str("source", 32, kOut, "pickup (the schedule) or import (apbridge import)"),
    Enum("status", kDataFileSourceStatuses, kOut | kIndexed),
    Int("file-size", kOut, "Bytes"),
    Int("rows", kOut, "Data rows in the file (the header is not one)"),
    Int("rows-done", kOut, "Rows applied or refused so far: a resumed load goes on after it"),
    Int("created-count", kOut),
    Int("updated-count", kOut),
    Int("skipped-count", kOut, "Rows that repeat what was applied before (duplicates)"),
    Int("errored-count", kOut),
    Text("error-message", kOut, "Why the whole file was refused"),
    Time("started-at", kOut),
    Time("finished-at", kOut),
    Many("row-errors", "data-file-source-error", "data_file_source_id", kOut),
    Str("claim-key", 255, kIndexed, "Folder, name, size and modification time: one load per file version"),
    Str("claimed-by", 255, 0, "host:pid of the server working it"),
    Time("claim-expires-at", 0, "When another server may take the load over"),
};

inline constexpr ResourceDef kDataFileSource{"data-file-source", "data-file-sources", "data_file_sources",
                                             kDataFileSourceFields};

// One refused row of a load: its number in the file (the header is row 1)
// and why.
inline constexpr Field kDataFileSourceErrorFields[] = {
    Int("id", kOut | kIndexed),
    Int("row", kOut),
    Text("message", kOut),
};

inline constexpr ResourceDef kDataFileSourceError{"data-file-source-error", "data-file-source-errors",
                                                  "data_file_source_errors", kDataFileSourceErrorFields};

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

// What POST /admin/pay_runs reads: the options of `apbridge payrun create`,
// as <pay-run><supplier>..</supplier><all>true</all></pay-run> or the JSON
// object. Only ever a request body: it has no table.
inline constexpr Field kPayRunFields[] = {
    Int("id", kOut | kIndexed),
    Str("supplier", 255, kIn, "A supplier's id or name: its approved, unpaid invoices"),
    Str("pay-from", 255, kIn, "A pay-from account's id or account-name: only what it pays"),
    Bool("all", kIn, "Every approved, unpaid invoice and expense report"),
};

inline constexpr ResourceDef kPayRunInput{"pay-run", "pay-runs", "", kPayRunFields};

}  // namespace defs

std::span<const ResourceDef* const> InternalResourceDefs();

}  // namespace apbridge::model
