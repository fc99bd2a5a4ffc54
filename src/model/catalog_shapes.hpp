// The shapes a real Coupa instance writes (REFERENCE.md "Shapes"), as data:
// for each resource, the fields it has when embedded in another record and,
// for records rendered in full, Coupa's element order. Taken from production
// GET /api/invoices/:id responses and Coupa's documented examples.
#pragma once

#include <string_view>

namespace apbridge::model::defs {

// clang-format off

// Users are always UserSimple, never nested (every created-by, updated-by,
// requested-by, approved-by, support-contact).
inline constexpr std::string_view kUserEmbedded[] = {
    "id", "login", "email", "employee-number", "firstname", "lastname", "fullname", "salesforce-id",
    "avatar-thumb-url"};

// A supplier in an invoice (and the payee of a Coupa Pay payment).
inline constexpr std::string_view kSupplierEmbedded[] = {
    "id", "name", "display-name", "number", "business-name", "primary-contact", "primary-address"};

inline constexpr std::string_view kContactEmbedded[] = {
    "id", "created-at", "updated-at", "active", "email", "name-prefix", "name-suffix", "name-additional",
    "name-given", "name-family", "name-fullname", "notes", "phone-work", "phone-fax",
    "created-by", "updated-by"};

inline constexpr std::string_view kPhoneNumberEmbedded[] = {
    "id", "created-at", "updated-at", "country-code", "area-code", "number", "extension", "created-by",
    "updated-by"};

// Bill-to, ship-to and primary addresses.
inline constexpr std::string_view kAddressEmbedded[] = {
    "id", "created-at", "updated-at", "name", "location-code", "street1", "street2", "city", "state",
    "postal-code", "attention", "active", "business-group-name", "vat-number", "local-tax-number", "country",
    "vat-country", "created-by", "updated-by"};

inline constexpr std::string_view kRemitToAddressEmbedded[] = {
    "id", "created-at", "updated-at", "remit-to-code", "name", "street1", "street2", "city", "state",
    "postal-code", "active", "vat-number", "local-tax-number", "country", "vat-country", "created-by",
    "updated-by"};

inline constexpr std::string_view kSupplierRemitToEmbedded[] = {
    "id", "created-at", "updated-at", "remit-to-code", "name", "supplier-name", "street1", "street2", "city",
    "state", "postal-code", "tax-number", "country"};

inline constexpr std::string_view kCountryEmbedded[] = {"id", "code", "name"};

inline constexpr std::string_view kCurrencyEmbedded[] = {"id", "code", "decimals", "updated-by"};

inline constexpr std::string_view kAccountTypeEmbedded[] = {
    "id", "created-at", "updated-at", "name", "active", "currency", "primary-contact", "primary-address",
    "created-by", "updated-by"};

inline constexpr std::string_view kAccountEmbedded[] = {
    "id", "created-at", "updated-at", "name", "code", "active",
    "segment-1", "segment-2", "segment-3", "segment-4", "segment-5", "segment-6", "segment-7", "segment-8",
    "segment-9", "segment-10", "segment-11", "segment-12", "segment-13", "segment-14", "segment-15",
    "segment-16", "segment-17", "segment-18", "segment-19", "segment-20",
    "account-type", "created-by", "updated-by"};

inline constexpr std::string_view kTaxCodeEmbedded[] = {
    "id", "created-at", "updated-at", "code", "percentage", "description", "active", "effective-date",
    "country", "tax-rate", "created-by", "updated-by"};

inline constexpr std::string_view kTaxRateEmbedded[] = {
    "id", "created-at", "updated-at", "description", "percentage", "effective-date", "expiration-date",
    "active", "exempt", "reverse-charge", "country", "tax-rate-type", "created-by", "updated-by"};

inline constexpr std::string_view kTaxRateTypeEmbedded[] = {
    "id", "created-at", "updated-at", "description", "effective-date", "expiration-date", "active", "country",
    "created-by", "updated-by"};

inline constexpr std::string_view kTaxRegistrationEmbedded[] = {
    "id", "created-at", "updated-at", "number", "local", "active", "country", "created-by", "updated-by"};

inline constexpr std::string_view kPaymentTermEmbedded[] = {
    "id", "created-at", "updated-at", "code", "description", "type", "days-for-net-payment",
    "days-for-discount-payment", "discount-rate", "active", "created-by", "updated-by"};

inline constexpr std::string_view kShippingTermEmbedded[] = {
    "id", "created-at", "updated-at", "code", "description", "active", "created-by", "updated-by"};

inline constexpr std::string_view kCommodityEmbedded[] = {
    "id", "created-at", "updated-at", "name", "active", "category", "subcategory", "deductibility",
    "created-by", "updated-by"};

inline constexpr std::string_view kUomEmbedded[] = {
    "id", "created-at", "updated-at", "code", "name", "allowable-precision", "active", "created-by",
    "updated-by"};

inline constexpr std::string_view kItemEmbedded[] = {
    "id", "created-at", "updated-at", "name", "description", "item-number", "active", "uom", "commodity",
    "created-by", "updated-by"};

inline constexpr std::string_view kPeriodEmbedded[] = {
    "id", "created-at", "updated-at", "name", "start-date", "end-date", "is-open", "created-by", "updated-by"};

inline constexpr std::string_view kDepartmentEmbedded[] = {
    "id", "created-at", "updated-at", "name", "active", "created-by", "updated-by"};

inline constexpr std::string_view kContractEmbedded[] = {
    "id", "created-at", "updated-at", "name", "number", "status", "start-date", "end-date", "created-by",
    "updated-by"};

inline constexpr std::string_view kSupplierSiteEmbedded[] = {
    "id", "created-at", "updated-at", "name", "code", "active", "created-by", "updated-by"};

inline constexpr std::string_view kReasonInsightEmbedded[] = {
    "id", "created-at", "updated-at", "code", "description", "reason-type", "created-by", "updated-by"};

inline constexpr std::string_view kTagEmbedded[] = {
    "id", "created-at", "updated-at", "name", "description", "active", "system-tag", "created-by",
    "updated-by"};

// Coupa Pay: the pay-from account, its partner, the pay-to account, the batch.
inline constexpr std::string_view kCompanyPaymentAccountEmbedded[] = {
    "id", "created-at", "updated-at", "account-name", "account-kind", "status", "payment-option",
    "document-types", "currency", "payment-partner", "account-types", "created-by", "updated-by"};

inline constexpr std::string_view kPaymentPartnerEmbedded[] = {
    "id", "created-at", "updated-at", "name", "type", "payment-partner-type", "issuing-bank", "card-network",
    "status", "currency", "support-contact", "created-by", "updated-by"};

inline constexpr std::string_view kPaymentAccountEmbedded[] = {
    "id", "created-at", "updated-at", "type", "name", "account-name", "account-kind", "account-number",
    "bank-name", "routing-number", "status", "active", "currency", "supplier", "remit-to-address"};

inline constexpr std::string_view kPaymentBatchEmbedded[] = {
    "id", "created-at", "updated-at", "description", "status", "created-by", "updated-by"};

inline constexpr std::string_view kDigitalCheckEmbedded[] = {
    "id", "created-at", "updated-at", "check-number", "beneficary-name", "status", "payment-id"};

inline constexpr std::string_view kExternalGlAccountEmbedded[] = {
    "id", "created-at", "updated-at", "code", "name", "active", "created-by", "updated-by"};

// The element order of records rendered in full (the invoice header, and the
// items of its collections): the fields listed, with "*" standing for the
// other API-out scalars (at the end when absent); the other associations follow.
inline constexpr std::string_view kInvoiceHeaderOrder[] = {
    "id", "created-at", "updated-at", "comments", "compliant", "handling-amount", "internal-note",
    "invoice-date", "delivery-date", "invoice-number", "line-level-taxation", "misc-amount",
    "shipping-amount", "status", "total-with-taxes", "gross-total", "supplier-total", "supplier-note",
    "discount-due-date", "net-due-date", "discount-amount", "tax-code", "tax-rate", "tax-amount",
    "tolerance-failures", "paid", "payment-date", "payment-notes", "exported", "canceled", "tax-amount-engine",
    "last-exported-at", "image-scan", "image-scan-url", "supplier-created", "early-payment-provisions",
    "margin-scheme", "cash-accounting-scheme-reference", "exchange-rate", "late-payment-penalties",
    "credit-reason", "discount-percent", "lock-version-key", "dispute-method",
    "*",  // the other scalars; then REFERENCE.md's associations (document-type among them)
    "custom-fields", "payments", "account-type", "currency", "bill-to-address", "document-type", "supplier", "attachments",
    "invoice-charges", "invoice-lines", "approvals", "created-by", "updated-by", "tax-lines",
    "withholding-tax-lines", "current-integration-history-records", "tags", "taggings", "failed-tolerances",
    "buyer-tax-registration", "dispute-reasons"};

inline constexpr std::string_view kInvoiceLineOrder[] = {
    "id", "created-at", "updated-at", "accounting-total", "description", "line-num", "order-header-num",
    "po-number", "order-line-id", "order-line-num", "price", "price-per-uom", "quantity", "status",
    "tax-rate", "tax-amount", "total", "type",
    "*",  // the other scalars; then the associations
    "custom-fields", "account", "account-allocations", "accounting-total-currency", "currency", "period", "tax-lines",
    "withholding-tax-lines", "tags", "taggings", "failed-tolerances", "created-by", "updated-by"};

inline constexpr std::string_view kTaxLineOrder[] = {
    "id", "created-at", "updated-at", "amount", "rate", "tax-code", "code", "description", "taxable-amount",
    "base", "type", "created-by", "updated-by"};

inline constexpr std::string_view kApprovalOrder[] = {
    "id", "created-at", "updated-at", "position", "approval-chain-id", "status", "approval-date", "note",
    "type", "approvable-type", "approvable-id", "delegate-id", "approver-id", "approver-type", "approved-by",
    "created-by", "updated-by"};

inline constexpr std::string_view kAttachmentOrder[] = {"id", "created-at", "updated-at", "type", "intent",
                                                         "file"};

// A comment: our order (Coupa documents no comment response); its text and
// what it is on first, then who may see it.
inline constexpr std::string_view kCommentOrder[] = {
    "id", "created-at", "updated-at", "commentable-id", "commentable-type", "comments", "to-supplier",
    "reason-code", "attachments", "created-by", "updated-by"};

// clang-format on

}  // namespace apbridge::model::defs
