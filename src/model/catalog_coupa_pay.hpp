// The Coupa Pay resources of the catalog: coupa-pay-payment and what it references.
// Drafted by tools/catalog/oas_to_catalog.py from the Coupa R39 OAS (the spec
// documents win where they differ).
#pragma once

// OAS fields left out, and why:
//   coupa-pay-payment: payment-batch-id (its column is the payment-batch reference's; the codec
//     renders it from that).
//   coupa-pay-payment-detail: not declared: payable-allocations.
//   coupa-pay-company-payment-account: account-type-ids (a list of ids); account-types (shared
//     account types); document-types (a list); supported-transfer-types (a list).
//   coupa-pay-payment-partner: account-types (element type is bogus); products (element type is
//     bogus); currency-id (duplicates the currency reference's column); financial-counterparty
//     (FinancialCounterparty not declared; financial-counterparty-id remains).
//   external-gl-account: not declared: legal-entity.

#include <string_view>

#include "model/catalog_shapes.hpp"
#include "model/resource.hpp"

namespace apbridge::model::defs {

inline constexpr std::string_view kPaymentStatuses[] = {"draft",
                                                        "approved",
                                                        "payment_initiated",
                                                        "payment_in_progress",
                                                        "completed_successfully",
                                                        "completed_with_errors",
                                                        "cancelled"};

// coupa-pay-payment: A Coupa Pay payment (/api/coupa_pay/payments): read-only but for exported.
inline constexpr Field kCoupaPayPaymentFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut | kIndexed, "Automatically created by Coupa"),
    Ref("created-by", "user", kOut),
    Str("description", 255, kOut, "Payment Description"),
    Ref("digital-check", "coupa-pay-digital-check", kOut),
    Str("error-text", 255, kOut, "Information if a payment error occurs"),
    Dec("estimated-pay-from-total", 32, 4, kOut, "The estimated amount in the funding currency"),
    Dec("exchange-rate", 30, 9, kOut | kNotMoney, "Exchange Rate used for conversion of pay from to pay to"),
    Bool("exported", kInOut | kIndexed, "Indicates if transaction has been exported"),
    Int("external-ref-id", kOut, "External Reference ID"),
    Time("last-exported-at", kOut,
         "Date and time transaction was last exported in the format YYYY-MM-DDTHH:MM:SS+HH:MMZ"),
    Str("legal-entity-name", 255, kOut),
    Int("line-num", kOut, "Line Number of batch"),
    Ref("pay-from-account", "coupa-pay-company-payment-account", kOut | kIndexed),
    Ref("pay-from-currency", "currency", kOut),
    Ref("pay-from-external-gl-account", "external-gl-account", kOut),
    Dec("pay-from-total", 32, 4, kOut, "The amount of funding currency"),
    Ref("pay-to-account", "coupa-pay-payment-account", kOut | kIndexed,
        "Supplier or employee account paid to"),
    Ref("pay-to-currency", "currency", kOut),
    Ref("pay-to-external-gl-account", "external-gl-account", kOut),
    Dec("pay-to-total", 32, 4, kOut, "The amount of transmitted currency"),
    Ref("payee", "coupa-pay-payee", kOut, "Supplier or user receiving the payment"),
    Ref("payment-batch", "coupa-pay-payment-batch", kOut | kIndexed),
    IdOf("payment-batch-id", "payment_batch_id", kOut, "The payment batch's id"),
    Many("payment-details", "coupa-pay-payment-detail", "coupa_pay_payment_id", kOut),
    Str("payment-identifier", 255, kOut, "Unique identifier for Payment"),
    Time("released-at", kOut,
         "Date and time transaction was release in the format YYYY-MM-DDTHH:MM:SS+HH:MMZ"),
    Ref("reporting-currency", "currency", kOut),
    Dec("reporting-pay-from-total", 32, 4, kOut, "The amount of funding currency in the reporting total"),
    Dec("reporting-pay-to-total", 32, 4, kOut, "The amount of transmitted currency in the reporting total"),
    Time("requested-execution-date", kOut,
         "Requested Execution Date can be used to request the bank to initiate a payment"),
    Str("source-name", 255, kOut, "Name of the source system"),
    Str("source-reference", 255, kOut, "Unique reference number from source system"),
    Enum("status", kPaymentStatuses, kOut | kIndexed, "Payment Status"),
    Ref("supplier-site", "supplier-site", kOut),
    Str("transfer-type", 255, kOut, "Transfer Type for the Payment"),
    Str("type", 255, kOut, "Type of payment"),
    Ref("updated-by", "user", kOut),
};

// coupa-pay-payment-detail: A document (invoice, expense report) a Coupa Pay payment pays.
inline constexpr Field kCoupaPayPaymentDetailFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Dec("adjustment-total", 32, 4, kOut),
    Ref("created-by", "user", kOut),
    Ref("currency", "currency", kOut, "Payment currency"),
    Dec("discount-total", 32, 4, kOut),
    Many("payable-allocations", "payable-allocation", "coupa_pay_payment_detail_id", kOut),
    Str("payable-document-type", 255, kOut),
    Int("payable-id", kOut, "Payable"),
    Str("payable-type", 255, kOut),
    Str("payment-id", 255, kOut, "Payment"),
    Dec("payment-total", 32, 4, kOut),
    Int("source-transaction-id", kOut, "Invoice Coupa ID"),
    Str("source-transaction-reference", 255, kOut, "Invoice number"),
    Str("source-transaction-type", 255, kOut),
    Str("supplier-site", 255, kOut),
    Dec("transaction-total", 32, 4, kOut),
    Ref("updated-by", "user", kOut),
};

// coupa-pay-company-payment-account: A company account payments are made from (pay-from-account).
inline constexpr Field kCoupaPayCompanyPaymentAccountFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("account-kind", 255, kInOut),
    Str("account-name", 255, kInOut | kRequired),
    Links("account-types", "account-type", "coupa_pay_company_payment_account_account_types", kOut,
          "The charts of accounts it pays for"),
    Int("coupa-pay-id", kInOut, "Coupa pay"),
    Ref("created-by", "user", kOut),
    Ref("currency", "currency", kInOut),
    Str("digital-check-signature-viewpost-status", 255, kInOut),
    Str("document-types", 255, kOut, "What it pays: Invoice, ExpenseReport, ... (comma-separated)"),
    Str("payment-option", 255, kInOut),
    Ref("payment-partner", "coupa-pay-payment-partner", kInOut),
    Bool("physical-check-signature-presence", kInOut),
    Str("source-name", 255, kInOut),
    Str("source-reference", 255, kInOut),
    Str("status", 255, kOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kCoupaPayCompanyPaymentAccountKeys[] = {"account-name"};

// coupa-pay-payment-account: A supplier or employee account payments are made to (pay-to-account).
inline constexpr Field kCoupaPayPaymentAccountFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("account-kind", 255, kInOut, "checking, savings, card, ..."),
    Str("account-name", 255, kInOut, "Name of the account holder"),
    Str("account-number", 64, kInOut, "Bank account number, masked but for the last digits"),
    Bool("active", kInOut, "Whether the account can be paid to"),
    Str("bank-name", 255, kInOut, "Name of the bank"),
    Ref("currency", "currency", kInOut, "Account currency"),
    Str("name", 255, kInOut, "Account nickname"),
    Ref("remit-to-address", "remit-to-address", kInOut, "Where the supplier is paid"),
    Str("routing-number", 64, kInOut, "Bank routing number"),
    Str("status", 255, kOut, "Account status"),
    Ref("supplier", "supplier", kInOut, "The supplier paid (supplier payment accounts)"),
    Str("type", 255, kInOut | kIndexed,
        "CoupaPay::SupplierPaymentAccount or CoupaPay::EmployeePaymentAccount"),
};
inline constexpr std::string_view kCoupaPayPaymentAccountKeys[] = {"type", "name"};

// coupa-pay-payment-partner: A bank or card network executing payments (of a pay-from account).
inline constexpr Field kCoupaPayPaymentPartnerFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("card-network", 255, kOut),
    Text("configuration", kInOut),
    Int("coupa-pay-id", kInOut, "Coupa pay"),
    Ref("created-by", "user", kOut),
    Ref("currency", "currency", kInOut),
    Int("financial-counterparty-id", kInOut, "Financial counterparty"),
    Str("issuing-bank", 255, kInOut | kIndexed),
    Str("name", 255, kInOut | kRequired),
    Text("notes", kInOut),
    Str("payment-partner-type", 255, kInOut | kRequired),
    Ref("po-charge-holding-account", "account", kInOut),
    Str("product-names", 255, kInOut),
    Str("status", 255, kOut),
    Ref("support-contact", "user", kInOut),
    Str("type", 255, kInOut | kRequired),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kCoupaPayPaymentPartnerKeys[] = {"name"};

// coupa-pay-payee: Who a payment pays: a supplier or a user (polymorphic in Coupa; flattened here).
inline constexpr Field kCoupaPayPayeeFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Str("business-name", 255, kOut, "Supplier legal business name"),
    Str("display-name", 255, kOut, "Supplier display name"),
    Str("email", 255, kOut, "User e-mail"),
    Str("firstname", 40, kOut, "User first name"),
    Str("lastname", 40, kOut, "User last name"),
    Str("login", 255, kOut, "User login"),
    Str("name", 255, kOut, "Supplier name"),
    Str("number", 255, kOut, "Supplier number"),
    Ref("primary-address", "address", kOut),
    Ref("primary-contact", "contact", kOut),
    Str("type", 255, kOut, "Supplier or User"),
};
inline constexpr std::string_view kCoupaPayPayeeKeys[] = {"name", "number"};

// coupa-pay-payment-batch: A batch of Coupa Pay payments released together.
inline constexpr Field kCoupaPayPaymentBatchFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Ref("created-by", "user", kOut),
    Text("description", kOut),
    Str("status", 255, kOut),
    Ref("updated-by", "user", kOut),
};

// coupa-pay-digital-check: A digital check of a Coupa Pay payment.
inline constexpr Field kCoupaPayDigitalCheckFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("beneficary-name", 255, kInOut),
    Int("check-number", kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Int("payment-id", kInOut, "Payment"),
    Str("status", 255, kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kCoupaPayDigitalCheckKeys[] = {"check-number"};

// external-gl-account: A GL account of an external ledger (pay-from/pay-to GL account).
inline constexpr Field kExternalGlAccountFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut),
    Str("code", 255, kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Str("name", 255, kInOut | kRequired),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kExternalGlAccountKeys[] = {"code"};

// payable-allocation: OAS Payables-Allocation (a payment detail's allocation to documents).
inline constexpr Field kPayableAllocationFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("bypass-strict-validations", kOut),
    Ref("created-by", "user", kOut),
    Bool("exported", kOut),
    Time("last-exported-at", kOut),
    Dec("payable-from-amount", 46, 9, kOut, "Amount in the currency of the document sending it"),
    Ref("payable-from-currency", "currency", kOut),
    Int("payable-from-id", kOut),
    Str("payable-from-type", 255, kOut),
    Dec("payable-to-amount", 46, 9, kOut, "Amount in the currency of the document receiving it"),
    Ref("payable-to-currency", "currency", kOut),
    Int("payable-to-id", kOut),
    Str("payable-to-type", 255, kOut),
    Ref("updated-by", "user", kOut),
};

inline constexpr ResourceDef kCoupaPayPayment = {
    "coupa-pay-payment", "coupa-pay-payments", "coupa_pay_payments", kCoupaPayPaymentFields, {}, {}};
inline constexpr ResourceDef kCoupaPayPaymentDetail = {"coupa-pay-payment-detail",
                                                       "coupa-pay-payment-details",
                                                       "coupa_pay_payment_details",
                                                       kCoupaPayPaymentDetailFields,
                                                       {},
                                                       {}};
inline constexpr ResourceDef kPayableAllocation = {
    "payable-allocation", "payable-allocations", "payable_allocations", kPayableAllocationFields, {}, {}};
inline constexpr ResourceDef kCoupaPayCompanyPaymentAccount = {
    "coupa-pay-company-payment-account",  "coupa-pay-company-payment-accounts",
    "coupa_pay_company_payment_accounts", kCoupaPayCompanyPaymentAccountFields,
    kCoupaPayCompanyPaymentAccountKeys,   kCompanyPaymentAccountEmbedded};
inline constexpr ResourceDef kCoupaPayPaymentAccount = {
    "coupa-pay-payment-account",   "coupa-pay-payment-accounts", "coupa_pay_payment_accounts",
    kCoupaPayPaymentAccountFields, kCoupaPayPaymentAccountKeys,  kPaymentAccountEmbedded};
inline constexpr ResourceDef kCoupaPayPaymentPartner = {
    "coupa-pay-payment-partner",   "coupa-pay-payment-partners", "coupa_pay_payment_partners",
    kCoupaPayPaymentPartnerFields, kCoupaPayPaymentPartnerKeys,  kPaymentPartnerEmbedded};
inline constexpr ResourceDef kCoupaPayPayee = {"coupa-pay-payee",    "coupa-pay-payees", "coupa_pay_payees",
                                               kCoupaPayPayeeFields, kCoupaPayPayeeKeys, kSupplierEmbedded};
inline constexpr ResourceDef kCoupaPayPaymentBatch = {"coupa-pay-payment-batch",
                                                      "coupa-pay-payment-batches",
                                                      "coupa_pay_payment_batches",
                                                      kCoupaPayPaymentBatchFields,
                                                      {},
                                                      kPaymentBatchEmbedded};
inline constexpr ResourceDef kCoupaPayDigitalCheck = {"coupa-pay-digital-check",  "coupa-pay-digital-checks",
                                                      "coupa_pay_digital_checks", kCoupaPayDigitalCheckFields,
                                                      kCoupaPayDigitalCheckKeys,  kDigitalCheckEmbedded};
inline constexpr ResourceDef kExternalGlAccount = {"external-gl-account",  "external-gl-accounts",
                                                   "external_gl_accounts", kExternalGlAccountFields,
                                                   kExternalGlAccountKeys, kExternalGlAccountEmbedded};

}  // namespace apbridge::model::defs
