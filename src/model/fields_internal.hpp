// Handles (model/field_ref.hpp) of the fields of apbridge's own resources that
// code names (model/catalog_internal.hpp: API keys, OAuth2 clients and tokens, response filters,
// custom fields, invoice image scans, expense reports). One
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
inline constexpr auto kSupplierId = FieldOf<int64_t>(defs::kOAuthClient, "supplier-id");
inline constexpr auto kCredits = FieldOf<int64_t>(defs::kOAuthClient, "credits");
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

namespace expense_report {
inline constexpr auto kId = FieldOf<int64_t>(defs::kExpenseReport, "id");
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kExpenseReport, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kExpenseReport, "updated-at");
inline constexpr auto kTitle = FieldOf<std::string>(defs::kExpenseReport, "title");
inline constexpr auto kReportNumber = FieldOf<std::string>(defs::kExpenseReport, "report-number");
inline constexpr auto kExpensedBy = FieldOf<RecordPtr>(defs::kExpenseReport, "expensed-by");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kExpenseReport, "currency");
inline constexpr auto kTotal = FieldOf<Decimal>(defs::kExpenseReport, "total");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kExpenseReport, "status");
inline constexpr auto kSubmittedAt = FieldOf<Timestamp>(defs::kExpenseReport, "submitted-at");
inline constexpr auto kPaid = FieldOf<bool>(defs::kExpenseReport, "paid");
inline constexpr auto kPaidAt = FieldOf<Timestamp>(defs::kExpenseReport, "paid-at");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kExpenseReport, "created-by");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kExpenseReport, "updated-by");
}  // namespace expense_report

namespace pay_run {
inline constexpr auto kSupplier = FieldOf<std::string>(defs::kPayRunInput, "supplier");
inline constexpr auto kPayFrom = FieldOf<std::string>(defs::kPayRunInput, "pay-from");
inline constexpr auto kAll = FieldOf<bool>(defs::kPayRunInput, "all");
}  // namespace pay_run

namespace data_file_source {
inline constexpr auto kId = FieldOf<int64_t>(defs::kDataFileSource, "id");
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kDataFileSource, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kDataFileSource, "updated-at");
inline constexpr auto kFileName = FieldOf<std::string>(defs::kDataFileSource, "file-name");
inline constexpr auto kFolder = FieldOf<std::string>(defs::kDataFileSource, "folder");
inline constexpr auto kObject = FieldOf<std::string>(defs::kDataFileSource, "object");
inline constexpr auto kSource = FieldOf<std::string>(defs::kDataFileSource, "source");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kDataFileSource, "status");
inline constexpr auto kFileSize = FieldOf<int64_t>(defs::kDataFileSource, "file-size");
inline constexpr auto kRows = FieldOf<int64_t>(defs::kDataFileSource, "rows");
inline constexpr auto kRowsDone = FieldOf<int64_t>(defs::kDataFileSource, "rows-done");
inline constexpr auto kCreatedCount = FieldOf<int64_t>(defs::kDataFileSource, "created-count");
inline constexpr auto kUpdatedCount = FieldOf<int64_t>(defs::kDataFileSource, "updated-count");
inline constexpr auto kSkippedCount = FieldOf<int64_t>(defs::kDataFileSource, "skipped-count");
inline constexpr auto kErroredCount = FieldOf<int64_t>(defs::kDataFileSource, "errored-count");
inline constexpr auto kErrorMessage = FieldOf<std::string>(defs::kDataFileSource, "error-message");
inline constexpr auto kStartedAt = FieldOf<Timestamp>(defs::kDataFileSource, "started-at");
inline constexpr auto kFinishedAt = FieldOf<Timestamp>(defs::kDataFileSource, "finished-at");
inline constexpr auto kRowErrors = FieldOf<RecordList>(defs::kDataFileSource, "row-errors");
inline constexpr auto kClaimKey = FieldOf<std::string>(defs::kDataFileSource, "claim-key");
inline constexpr auto kClaimedBy = FieldOf<std::string>(defs::kDataFileSource, "claimed-by");
inline constexpr auto kClaimExpiresAt = FieldOf<Timestamp>(defs::kDataFileSource, "claim-expires-at");
}  // namespace data_file_source

namespace data_file_source_error {
inline constexpr auto kRow = FieldOf<int64_t>(defs::kDataFileSourceError, "row");
inline constexpr auto kMessage = FieldOf<std::string>(defs::kDataFileSourceError, "message");
}  // namespace data_file_source_error

}  // namespace apbridge::model
