// The reference data of the catalog: suppliers, currencies, users, accounts, ...
// Drafted by tools/catalog/oas_to_catalog.py from the Coupa R39 OAS (the spec
// documents win where they differ).
#pragma once

// OAS fields left out, and why:
//   supplier: not declared: enterprise, integration-contacts, inventory-organization, online-store,
//     supplier-classification-detail, supplier-enterprise-detail, supplier-insurance-detail,
//     supplier-risk-detail, supplier-tax-detail; arrays of shared or undeclared data:
//     account-types, content-groups, customer-support-contacts, diversities, diversity-categories,
//     invoice-emails, payment-terms, preferred-commodities, restricted-account-types,
//     supplier-account-types, supplier-addresses, taggings; coupa-connect-secret (a secret);
//     payment-term-id (duplicates payment-term); supplier-sites (element type is bogus (Supplier)).
//   contact: not declared: phone-fax, phone-mobile, phone-work; arrays of shared or undeclared
//     data: purposes.
//   payment-term: arrays of shared or undeclared data: content-groups.
//   address: arrays of shared or undeclared data: content-groups, purposes, tax-registrations.
//   remit-to-address: arrays of shared or undeclared data: tax-registrations.
//   account: account-type-id (duplicates account-type).
//   contract: not declared: contract-classification, contract-clause-type-field, contract-detail,
//     contract-dispute, contract-parties-field-container, contract-performance,
//     contract-price-and-payment, contract-relationship-and-reporting, contract-risk,
//     contract-termination, contract-terms-and-renewal, contract-type, current-approval,
//     esign-provider-account, intellectual-property-and-data, ra-risk-request, rate-card, schedule;
//     arrays of shared or undeclared data: content-groups, contract-clauses, contract-parties,
//     contract-terms, current-parallel-approvals, diversity-categories, object-lines,
//     reason-insight-events, taggings, tags.
//   tax-registration: fiscal-representative (polymorphic, no type).
//   commodity: parent-id (duplicates parent).
//   shipping-term: arrays of shared or undeclared data: content-groups.
//   supplier-site: arrays of shared or undeclared data: account-types, addresses, contacts,
//     content-groups.

#include <string_view>

#include "model/catalog_shapes.hpp"
#include "model/resource.hpp"

namespace apbridge::model::defs {

// supplier: OAS Supplier.
inline constexpr Field kSupplierFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("account-number", 255, kInOut),
    Bool("allow-change-requests", kInOut, "Allows suppliers to create change requests from CSP"),
    Bool("allow-cn-no-backing-doc-from-connect", kInOut,
         "If yes, then the supplier can create Credit Notes without backing invoice"),
    Bool("allow-csp-access-without-two-factor", kInOut,
         "Allows supplier to access Customer's data from CSP without Two Factor"),
    Bool("allow-cxml-invoicing", kInOut, "Allow cXML invoicing for Supplier"),
    Bool("allow-inv-choose-billing-account", kInOut),
    Bool("allow-inv-from-connect", kInOut,
         "If yes, then the supplier can create invoices against their POs or Contracts in CSP"),
    Bool("allow-inv-no-backing-doc-from-connect", kInOut,
         "If yes, then the supplier can create invoices without a backing PO or Contract in CSP"),
    Bool("allow-inv-unbacked-lines-from-connect", kInOut,
         "If yes, then the supplier can create unbacked invoices without a backing PO or Contract"),
    Bool("allow-order-confirmation-item-substitutions", kInOut,
         "Allow supplier to propose item substitute on Order Confirmations"),
    Int("business-entity-id", kInOut, "Business Entity"),
    Str("business-name", 255, kOut, "Legal business name"),
    Bool("buyer-hold", kInOut, "Hold all POs for buyer review"),
    Ref("commodity", "commodity", kInOut),
    Dec("confirm-by-hrs", 10, 0, kInOut, "Confirm By (In Hours)"),
    Many("contacts", "contact", "supplier_id", kInOut),
    Str("corporate-url", 255, kInOut),
    Bool("coupa-pay-financing-only", kInOut, "Only pay financed invoices via Coupa Pay"),
    Ref("created-by", "user", kOut),
    Str("cxml-domain", 255, kInOut, "\"From\" , our domain"),
    Str("cxml-http-password", 255, kIn, "Password required to access the Supplier's online store"),
    Str("cxml-http-username", 255, kInOut, "User name required to access the Supplier's online store"),
    Str("cxml-identity", 255, kInOut, "\"From\", our identity"),
    Str("cxml-invoice-buyer-domain", 255, kInOut, "Buyer Domain for cXML Invoicing"),
    Str("cxml-invoice-buyer-identity", 255, kInOut, "Buyer Identity for cXML Invoicing"),
    Str("cxml-invoice-secret", 255, kIn, "Secret Key for cXML Invoicing Authentication"),
    Str("cxml-invoice-supplier-domain", 255, kInOut, "Supplier Domain for cXML Invoicing"),
    Str("cxml-invoice-supplier-identity", 255, kInOut, "Supplier Identity for cXML Invoicing"),
    Str("cxml-protocol", 255, kInOut, "Transmission protocol"),
    Str("cxml-secret", 255, kIn, "Shared secret"),
    Str("cxml-ssl-version", 255, kInOut,
        "Specify the SSL version used for cXML communication with the supplier"),
    Str("cxml-supplier-domain", 255, kInOut, "\"To\", supplier domain"),
    Str("cxml-supplier-identity", 255, kInOut, "\"To\", supplier identity"),
    Str("cxml-url", 255, kInOut, "URL where POs are sent if PO transmission is \"cxml\""),
    Str("dd-settings", 255, kInOut, "Dynamic Discounting Settings whitelisted for supplier"),
    Str("default-locale", 255, kInOut, "Default Locale for sending emails to this supplier"),
    Bool("disable-cert-verify", kInOut, "Specify whether to ignore SSL certificate mismatch errors"),
    Str("display-name", 255, kInOut),
    Bool("do-not-accelerate", kInOut, "Do not accelerate the payment terms"),
    Str("duns", 255, kInOut, "Supplier DUNS number"),
    Bool("hold-invoices-for-ap-review", kInOut,
         "Prevent invoices from this supplier from being approved before AP reviews them"),
    Str("invoice-matching-level", 255, kInOut),
    Str("name", 100, kInOut | kRequired | kIndexed, "Supplier name"),
    Str("number", 255, kInOut | kIndexed, "Supplier number"),
    Bool("on-hold", kInOut, "Supplier On Hold"),
    Bool("one-time-supplier", kInOut, "Indicates whether the supplier is a One Time Supplier"),
    Str("order-confirmation-level", 255, kInOut),
    Ref("parent", "supplier", kInOut),
    Str("payment-method", 255, kInOut, "Default payment method, selectable from drop down"),
    Ref("payment-term", "payment-term", kInOut),
    Str("po-change-method", 255, kInOut, "Purchase order change transmission method"),
    Str("po-email", 255, kInOut, "Email where POs are sent if PO transmission is \"email\""),
    Str("po-method", 255, kInOut, "Purchase order transmission method"),
    Ref("primary-address", "address", kInOut),
    Ref("primary-contact", "contact", kInOut),
    Many("remit-to-addresses", "remit-to-address", "supplier_id", kInOut),
    Int("remit-to-requirement", kOut, "Remit-To Requirements"),
    Dec("savings-pct", 8, 2, kInOut, "Savings for using this supplier"),
    Str("scf-configs", 255, kInOut, "Supply Chain Finance Configurations whitelisted for supplier"),
    Bool("scope-three-emissions", kInOut, "Indicates whether the supplier tracks Scope Three Emissions"),
    Bool("send-invoices-to-approvals", kInOut,
         "If yes, then invoices will all be sent thru approvals, regardless of total amount"),
    Ref("shipping-term", "shipping-term", kInOut),
    Str("status", 255, kInOut, "Supplier status"),
    Str("storefront-url", 255, kInOut, "Supplier website"),
    Int("supplier-community-enablement", kInOut, "Indicates community enablement status for the supplier"),
    Ref("tax-code", "tax-code", kInOut),
    Str("tax-id", 255, kInOut, "Supplier DUNS number"),
    Str("type", 255, kOut),
    Ref("updated-by", "user", kOut),
    Str("website", 255, kInOut, "Supplier website"),
    Bool("whitelist-dd", kInOut, "Whitelist suppliers for Dynamic Discounting"),
};
inline constexpr std::string_view kSupplierKeys[] = {"name", "number"};

// contact: OAS Contact.
inline constexpr Field kContactFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kOut),
    Ref("created-by", "user", kOut),
    Str("email", 255, kInOut),
    Str("name-additional", 255, kInOut),
    Str("name-family", 255, kInOut),
    Str("name-fullname", 255, kOut),
    Str("name-given", 255, kInOut),
    Str("name-prefix", 255, kInOut),
    Str("name-suffix", 255, kInOut),
    Text("notes", kInOut),
    Ref("phone-fax", "phone-number", kInOut),
    Ref("phone-mobile", "phone-number", kInOut),
    Ref("phone-work", "phone-number", kInOut),
    Str("photo", 255, kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kContactKeys[] = {"email"};

// currency: OAS Currency.
inline constexpr Field kCurrencyFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Str("code", 6, kInOut | kUnique | kRequired | kIndexed),
    Int("decimals", kOut, "Decimal precision"),
    Bool("enabled", kInOut),
    Str("name", 100, kInOut | kRequired),
    Str("symbol", 10, kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kCurrencyKeys[] = {"code"};

// payment-term: OAS PaymentTerm.
inline constexpr Field kPaymentTermFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A false value will inactivate the account making it no longer available to users"),
    Str("code", 255, kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Int("days-for-discount-payment", kInOut),
    Int("days-for-net-payment", kInOut),
    Str("description", 255, kInOut),
    Int("discount-cutoff-day", kInOut,
        "Document before this day are eligible for discount else they will fall into the next month"),
    Int("discount-due-day", kInOut, "This field is used to calculate the document's discount due date"),
    Int("discount-due-month", kInOut,
        "This field is used to calculate the document's discount due date along with the discount"),
    Float("discount-rate", kInOut),
    Int("net-cutoff-day", kInOut,
        "This helps to determine payment due date if the document should be counted against"),
    Int("net-due-day", kInOut, "This helps to determine the document's payment due date"),
    Int("net-due-month", kInOut, "This helps to determine the document's payment due date"),
    Str("type", 50, kInOut, "Type can be either DaysAfterNetPaymentTerm or SpecificDayPaymentTerm"),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kPaymentTermKeys[] = {"code"};

// address: OAS Address.
inline constexpr Field kAddressFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A no value will make the address inactive making it no longer available to users"),
    Str("attention", 255, kInOut, "Address Default Attention Line"),
    Str("business-group-name", 255, kInOut, "Content Group Name for Address"),
    Str("city", 255, kInOut | kRequired, "City Name"),
    Ref("country", "country", kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Str("external-src-name", 255, kInOut, "External Source Name"),
    Str("external-src-ref", 255, kInOut, "External Source Reference"),
    Str("local-tax-number", 255, kInOut),
    Str("location-code", 255, kInOut),
    Str("name", 255, kInOut, "Address 'Nickname'"),
    Str("postal-code", 255, kInOut | kRequired),
    Str("state", 255, kInOut, "State Name for Address"),
    Str("state-iso-code", 255, kInOut, "ISO Code for the State"),
    Str("street1", 255, kInOut | kRequired, "Address Line 1"),
    Str("street2", 255, kInOut, "Address Line 2"),
    Str("street3", 255, kInOut, "Address Line 3"),
    Str("street4", 255, kInOut, "Address Line 4"),
    Str("type", 255, kOut, "Address type"),
    Ref("updated-by", "user", kOut),
    Ref("vat-country", "country", kInOut),
    Str("vat-number", 255, kInOut, "VAT identification number used for value added tax purposes"),
};
inline constexpr std::string_view kAddressKeys[] = {"name"};

// remit-to-address: OAS RemitToAddress.
inline constexpr Field kRemitToAddressFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A no value will make the address inactive making it no longer available to users"),
    Str("city", 255, kInOut | kRequired, "City Name"),
    Ref("country", "country", kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Str("external-src-name", 255, kInOut, "Name of the source system"),
    Str("external-src-ref", 255, kInOut, "Reference number from source system"),
    Str("local-tax-number", 255, kInOut),
    Str("name", 255, kInOut, "Address 'Nickname'"),
    Str("postal-code", 255, kInOut | kRequired),
    Str("remit-to-code", 255, kInOut | kRequired, "Remit To Code (if a Supplier address)"),
    Str("state", 255, kInOut, "State Abbreviation"),
    Str("state-iso-code", 255, kInOut, "ISO Code for the State"),
    Str("street1", 255, kInOut | kRequired, "Address Line 1"),
    Str("street2", 255, kInOut, "Address Line 2"),
    Str("street3", 255, kInOut, "Address Line 3"),
    Str("street4", 255, kInOut, "Address Line 4"),
    Ref("updated-by", "user", kOut),
    Ref("vat-country", "country", kInOut),
    Str("vat-number", 255, kInOut, "VAT identification number used for value added tax purposes"),
};
inline constexpr std::string_view kRemitToAddressKeys[] = {"remit-to-code"};

// supplier-remit-to: OAS SupplierRemitTo.
inline constexpr Field kSupplierRemitToFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("city", 255, kInOut | kRequired),
    Str("company-registration-number", 255, kOut),
    Ref("country", "country", kInOut),
    Text("disclosure", kOut),
    Str("name", 255, kOut),
    Str("postal-code", 255, kInOut | kRequired),
    Str("preferred-language", 255, kOut),
    Ref("registered-company", "supplier-remit-to", kInOut),
    Str("remit-to-code", 255, kInOut),
    Str("state", 255, kInOut),
    Str("street1", 255, kInOut | kRequired, "Street 1"),
    Str("street2", 255, kInOut, "Street 2"),
    Str("street3", 255, kInOut, "Street 3"),
    Str("street4", 255, kInOut, "Street 4"),
    Str("supplier-name", 255, kOut),
    Str("tax-number", 255, kInOut),
    Str("tax-prefix", 255, kOut),
    Str("validated-source", 50, kOut),
};
inline constexpr std::string_view kSupplierRemitToKeys[] = {"remit-to-code"};

// account: OAS Account.
inline constexpr Field kAccountFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Ref("account-type", "account-type", kInOut | kRequired),
    Bool("active", kInOut,
         "A false value will inactivate the account making it no longer available to users"),
    Str("code", 1024, kOut | kIndexed, "All segments concatenated with a hyphen ( - )"),
    Ref("created-by", "user", kOut),
    Str("name", 1024, kInOut, "This is the nickname for the account"),
    Str("segment-1", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-2", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-3", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-4", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-5", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-6", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-7", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-8", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-9", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-10", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-11", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-12", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-13", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-14", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-15", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-16", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-17", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-18", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-19", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Str("segment-20", 100, kInOut,
        "Each segment represents the segment of the account code (e.g. code: 99-9023-100132"),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kAccountKeys[] = {"code"};

// account-type: OAS AccountType.
inline constexpr Field kAccountTypeFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A false value will inactivate the chart of account making it no longer available to users"),
    Ref("created-by", "user", kOut),
    Ref("currency", "currency", kInOut | kRequired),
    Bool("dynamic-flag", kOut, "Boolean value for determing if account type is dynamic"),
    Str("legal-entity-name", 255, kOut,
        "Legal entity or entities that are associated with this chart of accounts"),
    Str("name", 50, kInOut | kRequired),
    Ref("primary-address", "address", kInOut),
    Ref("primary-contact", "contact", kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kAccountTypeKeys[] = {"name"};

// user: A user (UserSimple's fields plus the useful ones of User).
inline constexpr Field kUserFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A false value will inactivate the account making it no longer available to users"),
    Bool("api-user", kOut, "Is an API User?"),
    Str("authentication-method", 255, kInOut,
        "What Authentication Method will be used (Coupa_Credentials, LDAP, SAML)?"),
    Str("avatar-thumb-url", 255, kOut, "Avatar url"),
    Str("business-function", 255, kInOut,
        "The employee's main job role in your company, e.g. Sales, Executive, Administrative"),
    Ref("country-of-residence", "country", kInOut),
    Ref("created-by", "user", kOut),
    Ref("default-account", "account", kInOut),
    Ref("default-account-type", "account-type", kInOut),
    Ref("default-address", "address", kInOut),
    Ref("default-currency", "currency", kInOut),
    Str("default-locale", 10, kInOut),
    Ref("department", "department", kInOut),
    Str("email", 255, kInOut | kRequired),
    Str("employee-number", 255, kInOut),
    Str("employee-payment-channel", 255, kInOut, "Determine how expenses will be paid to the employee"),
    Bool("expense-user", kInOut, "Does the user have a Expense License?"),
    Str("firstname", 40, kInOut | kRequired, "first name"),
    Str("fullname", 255, kOut, "full name"),
    Bool("invoicing-user", kInOut, "Does the user have a Invoicing License?"),
    Str("lastname", 40, kInOut | kRequired, "last name"),
    Str("login", 255, kInOut | kUnique | kRequired | kIndexed),
    Ref("manager", "user", kInOut),
    Str("mention-name", 255, kInOut),
    Str("middlename", 255, kInOut, "middle name"),
    Str("salesforce-id", 255, kInOut),
    Str("seniority-level", 255, kInOut, "The employee's job grade or band in your company's hierarchy"),
    Str("sso-identifier", 255, kInOut, "User's Single Sign-on ID (SSO ID)"),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kUserKeys[] = {"login", "email"};

// department: OAS Department.
inline constexpr Field kDepartmentFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut, "Control whether the Department is Active or Inactive"),
    Ref("created-by", "user", kOut),
    Str("name", 255, kInOut | kRequired, "Department Name"),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kDepartmentKeys[] = {"name"};

// contract: OAS Contract.
inline constexpr Field kContractFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("amended-contract-type", 255, kInOut),
    Bool("auto-extend-end-date-for-renewal", kInOut, "Automatically update expiry date"),
    Int("clma-id", kInOut, "Identifier for the CLMA contract details"),
    Str("consent", 255, kInOut, "Notice to Consent"),
    Ref("contract-owner", "user", kInOut),
    Ref("created-by", "user", kOut),
    Ref("currency", "currency", kInOut),
    Ref("default-account", "account", kInOut),
    Ref("department", "department", kInOut),
    Str("description", 1024, kInOut, "Descriptive notes about the contract"),
    Time("end-date", kInOut, "Expire Date"),
    Time("execution-date", kInOut, "Date when the contract is completed and legally binding"),
    Str("external-contract-id", 255, kInOut, "External Contract Identifier"),
    Bool("fill-with-counterparty", kInOut),
    Bool("is-default", kInOut, "Default Account for Supplier Invoice"),
    Str("legal-agreement-url", 255, kInOut, "Optional url for the legal agreement"),
    Str("length-of-notice-unit", 255, kInOut, "Unit of Length of Notice(Days/Months/Years)"),
    Str("length-of-notice-value", 255, kInOut, "Value of Length of Notice"),
    Ref("master-contract", "contract", kInOut),
    Dec("max-commit", 32, 4, kInOut, "Maximum Commit Amount"),
    Dec("maximum-value", 32, 4, kInOut, "Maximum Commit Amount"),
    Dec("min-commit", 32, 4, kInOut, "Minimum Commit Amount"),
    Dec("minimum-value", 32, 4, kInOut, "Minimum Commit Amount"),
    Str("name", 100, kInOut | kRequired, "Contract Name"),
    Int("no-of-renewals", kInOut),
    Str("number", 50, kInOut | kRequired, "Contract Number"),
    Str("order-window-tz", 255, kInOut),
    Ref("parent", "contract", kInOut),
    Ref("payment-term", "payment-term", kInOut),
    Str("po-message", 255, kInOut, "Order Windows PO Message"),
    Bool("preferred", kInOut, "Indicate preferred contract for supplier"),
    Int("proxy-supplier-id", kInOut, "Identifier for a proxy supplier"),
    Time("published-date", kInOut, "Date when the contract was published"),
    Int("quote-response-id", kOut, "Id of Quote Response"),
    Str("reason-insight-code", 255, kOut, "Termination Reason Code"),
    Str("reason-insight-comment", 255, kOut, "Termination Comment"),
    Str("renewal-length-unit", 255, kInOut, "Unit of Renewal Length(Days/Months/Years)"),
    Int("renewal-length-value", kInOut, "Value of Renewal Length"),
    Str("requisition-message", 255, kInOut, "Order Windows Requisition Message"),
    Dec("savings-pct", 20, 2, kInOut, "Savings Achieved through Contracts Pricing"),
    Ref("shipping-term", "shipping-term", kInOut),
    Str("source", 255, kOut, "The URL to the source of contract creation"),
    Str("source-id", 255, kInOut, "The source id of contract creation"),
    Str("source-type", 255, kInOut, "The source type of contract creation"),
    Time("start-date", kInOut),
    Str("status", 50, kInOut | kRequired, "Status of the Contract"),
    Str("stop-spend-based-on-max-value", 255, kInOut),
    Bool("strict-invoicing-rules", kInOut),
    Ref("submitter", "user", kInOut),
    Ref("supplier", "supplier", kInOut | kRequired),
    Str("supplier-account", 255, kInOut, "Supplier Account Number"),
    Bool("supplier-invoiceable", kInOut, "Supplier Can Invoice Directly"),
    Str("term-type", 255, kInOut),
    Bool("terminated", kInOut),
    Str("termination-notice", 255, kInOut),
    Str("termination-notice-length-unit", 255, kInOut,
        "Unit of Termination Notice Length(Days/Months/Years)"),
    Int("termination-notice-length-value", kInOut, "Value of Termination Notice Length"),
    Text("terms", kInOut),
    Str("type", 255, kOut, "Hierarchy type"),
    Ref("updated-by", "user", kOut),
    Bool("use-online-signing", kOut, "Needs E-signatures"),
    Bool("use-order-windows", kInOut),
    Bool("used-for-buying", kInOut),
    Int("version", kInOut),
    Str("whose-paper", 255, kInOut),
};
inline constexpr std::string_view kContractKeys[] = {"number", "name"};

// tax-code: OAS TaxCode.
inline constexpr Field kTaxCodeFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut, "Tax code is enabled or disabled"),
    Str("code", 255, kInOut | kRequired),
    Ref("country", "country", kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Str("description", 255, kInOut),
    Time("effective-date", kInOut, "Date when tax code is become active"),
    Float("percentage", kInOut | kRequired),
    Ref("tax-rate", "tax-rate", kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kTaxCodeKeys[] = {"code"};

// tax-rate: OAS TaxRate.
inline constexpr Field kTaxRateFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut, "Tax rate is enabled or disabled"),
    Ref("country", "country", kInOut),
    Ref("created-by", "user", kOut),
    Bool("customer-accounting", kInOut),
    Str("description", 255, kOut),
    Time("effective-date", kInOut, "Date when tax rate is become active"),
    Bool("exempt", kInOut, "Whether Tax Rate is exempt or not"),
    Time("expiration-date", kInOut, "Date when tax rate is expiring"),
    Bool("out-of-scope", kInOut),
    Dec("percentage", 30, 6, kInOut | kRequired | kNotMoney, "Tax Rate percentage"),
    Bool("reverse-charge", kInOut, "Whether Tax Rate is Reverse Charge or not"),
    Str("tax-description", 255, kInOut, "Tax Rate Description"),
    Ref("tax-rate-type", "tax-rate-type", kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kTaxRateKeys[] = {"percentage"};

// tax-rate-type: OAS TaxRateType.
inline constexpr Field kTaxRateTypeFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kOut),
    Ref("country", "country", kInOut),
    Ref("created-by", "user", kOut),
    Str("description", 255, kInOut, "Description of the tax rate type"),
    Time("effective-date", kOut),
    Time("expiration-date", kOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kTaxRateTypeKeys[] = {"description"};

// tax-registration: OAS TaxRegistration.
inline constexpr Field kTaxRegistrationFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut, "Tax code is enabled or disabled"),
    Ref("country", "country", kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Bool("local", kInOut, "True if tax registration cannot be used for cross-border invoices"),
    Str("number", 47, kInOut | kRequired, "Tax Registration number"),
    Int("owner-id", kInOut, "Coupa unique identifier of the object associated with this tax registration"),
    Str("owner-type", 255, kInOut, "Type of the owning object"),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kTaxRegistrationKeys[] = {"number"};

// country: OAS Country.
inline constexpr Field kCountryFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("code", 4, kInOut | kUnique | kRequired),
    Str("name", 100, kInOut),
    Str("translated-name", 255, kOut),
};
inline constexpr std::string_view kCountryKeys[] = {"code"};

// commodity: OAS Commodity.
inline constexpr Field kCommodityFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A false value will inactivate the account making it no longer available to users"),
    Str("category", 255, kInOut),
    Int("children-count", kOut, "number of children"),
    Ref("created-by", "user", kOut),
    Str("deductibility", 255, kInOut),
    Bool("imported-from-taxonomy", kOut,
         "A true value will tell that the commodity is imported from Coupa Taxonomy"),
    Str("name", 255, kInOut | kRequired),
    Ref("parent", "commodity", kInOut),
    Str("preferred", 255, kInOut, "A Yes/No value will mark/unmark commodity as preferred"),
    Str("subcategory", 255, kInOut),
    Str("translated-name", 255, kOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kCommodityKeys[] = {"name"};

// uom: OAS Uom.
inline constexpr Field kUomFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A false value will inactivate the account making it no longer available to users"),
    Int("allowable-precision", kInOut),
    Str("code", 6, kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Str("name", 100, kInOut | kRequired),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kUomKeys[] = {"code"};

// item: A catalog item (the fields an invoice line needs).
inline constexpr Field kItemFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut, "Is the item given for this supplier & contract active?"),
    Ref("commodity", "commodity", kInOut),
    Ref("created-by", "user", kOut),
    Text("description", kInOut | kRequired, "Item desciption"),
    Str("image-url", 255, kInOut, "URL for item image (will be copied into Coupa on item create/update)"),
    Str("item-number", 255, kInOut, "Unique item number"),
    Str("item-type", 255, kInOut),
    Str("manufacturer-name", 255, kInOut),
    Str("manufacturer-part-number", 255, kInOut),
    Str("name", 255, kInOut | kRequired, "Item name"),
    Ref("uom", "uom", kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kItemKeys[] = {"name", "item-number"};

// period: OAS Period.
inline constexpr Field kPeriodFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Ref("account-type", "account-type", kInOut),
    Ref("created-by", "user", kOut),
    Time("end-date", kInOut | kRequired),
    Bool("is-open", kInOut),
    Str("name", 100, kInOut | kRequired),
    Bool("segment-1", kInOut),
    Bool("segment-10", kInOut),
    Bool("segment-11", kInOut),
    Bool("segment-12", kInOut),
    Bool("segment-13", kInOut),
    Bool("segment-14", kInOut),
    Bool("segment-15", kInOut),
    Bool("segment-16", kInOut),
    Bool("segment-17", kInOut),
    Bool("segment-18", kInOut),
    Bool("segment-19", kInOut),
    Bool("segment-2", kInOut),
    Bool("segment-20", kInOut),
    Bool("segment-3", kInOut),
    Bool("segment-4", kInOut),
    Bool("segment-5", kInOut),
    Bool("segment-6", kInOut),
    Bool("segment-7", kInOut),
    Bool("segment-8", kInOut),
    Bool("segment-9", kInOut),
    Time("start-date", kInOut | kRequired),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kPeriodKeys[] = {"name"};

// shipping-term: OAS ShippingTerm.
inline constexpr Field kShippingTermFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut,
         "A false value will inactivate the account making it no longer available to users"),
    Str("code", 255, kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Text("description", kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kShippingTermKeys[] = {"code"};

// supplier-site: OAS SupplierSite.
inline constexpr Field kSupplierSiteFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Bool("active", kInOut, "true if the site is active"),
    Int("allow-change-requests", kInOut, "Allows suppliers to create change requests from CSP"),
    Int("allow-order-confirmation-item-substitutions", kInOut,
        "Allow supplier to propose item substitute on Order Confirmations"),
    Bool("buyer-hold", kInOut, "Hold all POs for buyer review"),
    Str("code", 20, kInOut | kRequired, "supplier_code"),
    Ref("created-by", "user", kOut),
    Str("cxml-domain", 255, kInOut, "\"From\" , our domain"),
    Str("cxml-http-username", 255, kInOut, "User name required to access the Supplier's online store"),
    Str("cxml-identity", 255, kInOut, "\"From\", our identity"),
    Str("cxml-protocol", 255, kInOut, "Transmission protocol"),
    Str("cxml-secret", 255, kIn, "Shared secret"),
    Str("cxml-ssl-version", 255, kInOut,
        "Specify the SSL version used for cXML communication with the supplier"),
    Str("cxml-supplier-domain", 255, kInOut, "\"To\", supplier domain"),
    Str("cxml-supplier-identity", 255, kInOut, "\"To\", supplier identity"),
    Str("cxml-url", 255, kInOut, "URL where POs are sent if PO transmission is \"cxml\""),
    Str("default-locale", 255, kInOut, "Default Locale for sending emails to this supplier site"),
    Bool("disable-cert-verify", kInOut, "Specify whether to ignore SSL certificate mismatch errors"),
    Str("name", 255, kInOut | kRequired, "Supplier name"),
    Str("payment-method", 255, kInOut, "Default payment method, selectable from drop down"),
    Ref("payment-term", "payment-term", kInOut),
    Str("po-change-method", 255, kInOut, "Purchase order change transmission method"),
    Str("po-email", 255, kInOut, "Email where POs are sent if PO transmission is \"email\""),
    Str("po-method", 255, kInOut, "Purchase order transmission method"),
    Ref("shipping-term", "shipping-term", kInOut),
    Int("supplier-id", kInOut),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kSupplierSiteKeys[] = {"code", "name"};

// reason-insight: A reason code (dispute, abandon, ...).
inline constexpr Field kReasonInsightFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("code", 255, kInOut | kRequired),
    Ref("created-by", "user", kOut),
    Str("description", 255, kInOut | kRequired),
    Str("reason-type", 255, kInOut | kRequired),
    Ref("updated-by", "user", kOut),
};
inline constexpr std::string_view kReasonInsightKeys[] = {"code"};

// phone-number: OAS PhoneNumber (a contact's work, mobile and fax numbers).
inline constexpr Field kPhoneNumberFields[] = {
    Int("id", kOut | kIndexed, "Coupa unique identifier"),
    Time("created-at", kOut, "Automatically created by Coupa"),
    Time("updated-at", kOut, "Automatically created by Coupa"),
    Str("area-code", 255, kInOut),
    Str("country-code", 255, kInOut),
    Ref("created-by", "user", kOut),
    Str("extension", 255, kInOut),
    Str("number", 255, kInOut),
    Ref("updated-by", "user", kOut),
};

inline constexpr ResourceDef kSupplier = {"supplier",      "suppliers",   "suppliers",
                                          kSupplierFields, kSupplierKeys, kSupplierEmbedded};
inline constexpr ResourceDef kContact = {"contact",      "contacts",   "contacts",
                                         kContactFields, kContactKeys, kContactEmbedded};
inline constexpr ResourceDef kPhoneNumber = {
    "phone-number", "phone-numbers", "phone_numbers", kPhoneNumberFields, {}, kPhoneNumberEmbedded};
inline constexpr ResourceDef kCurrency = {"currency",      "currencies",  "currencies",
                                          kCurrencyFields, kCurrencyKeys, kCurrencyEmbedded};
inline constexpr ResourceDef kPaymentTerm = {"payment-term",     "payment-terms",  "payment_terms",
                                             kPaymentTermFields, kPaymentTermKeys, kPaymentTermEmbedded};
inline constexpr ResourceDef kAddress = {"address",      "addresses",  "addresses",
                                         kAddressFields, kAddressKeys, kAddressEmbedded};
inline constexpr ResourceDef kRemitToAddress = {"remit-to-address",   "remit-to-addresses",
                                                "remit_to_addresses", kRemitToAddressFields,
                                                kRemitToAddressKeys,  kRemitToAddressEmbedded};
inline constexpr ResourceDef kSupplierRemitTo = {"supplier-remit-to",  "supplier-remit-tos",
                                                 "supplier_remit_tos", kSupplierRemitToFields,
                                                 kSupplierRemitToKeys, kSupplierRemitToEmbedded};
inline constexpr ResourceDef kAccount = {"account",      "accounts",   "accounts",
                                         kAccountFields, kAccountKeys, kAccountEmbedded};
inline constexpr ResourceDef kAccountType = {"account-type",     "account-types",  "account_types",
                                             kAccountTypeFields, kAccountTypeKeys, kAccountTypeEmbedded};
inline constexpr ResourceDef kUser = {"user", "users", "users", kUserFields, kUserKeys, kUserEmbedded};
inline constexpr ResourceDef kDepartment = {"department",      "departments",   "departments",
                                            kDepartmentFields, kDepartmentKeys, kDepartmentEmbedded};
inline constexpr ResourceDef kContract = {"contract",      "contracts",   "contracts",
                                          kContractFields, kContractKeys, kContractEmbedded};
inline constexpr ResourceDef kTaxCode = {"tax-code",     "tax-codes",  "tax_codes",
                                         kTaxCodeFields, kTaxCodeKeys, kTaxCodeEmbedded};
inline constexpr ResourceDef kTaxRate = {"tax-rate",     "tax-rates",  "tax_rates",
                                         kTaxRateFields, kTaxRateKeys, kTaxRateEmbedded};
inline constexpr ResourceDef kTaxRateType = {"tax-rate-type",    "tax-rate-types", "tax_rate_types",
                                             kTaxRateTypeFields, kTaxRateTypeKeys, kTaxRateTypeEmbedded};
inline constexpr ResourceDef kTaxRegistration = {"tax-registration",   "tax-registrations",
                                                 "tax_registrations",  kTaxRegistrationFields,
                                                 kTaxRegistrationKeys, kTaxRegistrationEmbedded};
inline constexpr ResourceDef kCountry = {"country",      "countries",  "countries",
                                         kCountryFields, kCountryKeys, kCountryEmbedded};
inline constexpr ResourceDef kCommodity = {"commodity",      "commodities",  "commodities",
                                           kCommodityFields, kCommodityKeys, kCommodityEmbedded};
inline constexpr ResourceDef kUom = {"uom", "uoms", "uoms", kUomFields, kUomKeys, kUomEmbedded};
inline constexpr ResourceDef kItem = {"item", "items", "items", kItemFields, kItemKeys, kItemEmbedded};
inline constexpr ResourceDef kPeriod = {"period",      "periods",   "periods",
                                        kPeriodFields, kPeriodKeys, kPeriodEmbedded};
inline constexpr ResourceDef kShippingTerm = {"shipping-term",     "shipping-terms",  "shipping_terms",
                                              kShippingTermFields, kShippingTermKeys, kShippingTermEmbedded};
inline constexpr ResourceDef kSupplierSite = {"supplier-site",     "supplier-sites",  "supplier_sites",
                                              kSupplierSiteFields, kSupplierSiteKeys, kSupplierSiteEmbedded};
inline constexpr ResourceDef kReasonInsight = {"reason-insight",   "reason-insights",
                                               "reason_insights",  kReasonInsightFields,
                                               kReasonInsightKeys, kReasonInsightEmbedded};

}  // namespace apbridge::model::defs
