// Handles (model/field_ref.hpp) of the reference data's fields that code names
// (model/catalog_reference.hpp: suppliers, currencies, users, accounts, ...).
// One namespace per resource; resources and fields in catalog order.
#pragma once

#include "model/catalog_defs.hpp"
#include "model/field_ref.hpp"

namespace apbridge::model {

namespace supplier {
inline constexpr auto kId = FieldOf<int64_t>(defs::kSupplier, "id");
inline constexpr auto kAllowInvFromConnect = FieldOf<bool>(defs::kSupplier, "allow-inv-from-connect");
inline constexpr auto kAllowInvNoBackingDocFromConnect =
    FieldOf<bool>(defs::kSupplier, "allow-inv-no-backing-doc-from-connect");
inline constexpr auto kBusinessName = FieldOf<std::string>(defs::kSupplier, "business-name");
inline constexpr auto kContacts = FieldOf<RecordList>(defs::kSupplier, "contacts");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kSupplier, "created-by");
inline constexpr auto kDisplayName = FieldOf<std::string>(defs::kSupplier, "display-name");
inline constexpr auto kInvoiceMatchingLevel = FieldOf<std::string>(defs::kSupplier, "invoice-matching-level");
inline constexpr auto kName = FieldOf<std::string>(defs::kSupplier, "name");
inline constexpr auto kNumber = FieldOf<std::string>(defs::kSupplier, "number");
inline constexpr auto kOnHold = FieldOf<bool>(defs::kSupplier, "on-hold");
inline constexpr auto kOneTimeSupplier = FieldOf<bool>(defs::kSupplier, "one-time-supplier");
inline constexpr auto kPaymentMethod = FieldOf<std::string>(defs::kSupplier, "payment-method");
inline constexpr auto kPaymentTerm = FieldOf<RecordPtr>(defs::kSupplier, "payment-term");
inline constexpr auto kPoEmail = FieldOf<std::string>(defs::kSupplier, "po-email");
inline constexpr auto kPoMethod = FieldOf<std::string>(defs::kSupplier, "po-method");
inline constexpr auto kPrimaryContact = FieldOf<RecordPtr>(defs::kSupplier, "primary-contact");
inline constexpr auto kRemitToAddresses = FieldOf<RecordList>(defs::kSupplier, "remit-to-addresses");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kSupplier, "status");
inline constexpr auto kTaxId = FieldOf<std::string>(defs::kSupplier, "tax-id");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kSupplier, "updated-by");
inline constexpr auto kWebsite = FieldOf<std::string>(defs::kSupplier, "website");
}  // namespace supplier

namespace contact {
inline constexpr auto kId = FieldOf<int64_t>(defs::kContact, "id");
inline constexpr auto kActive = FieldOf<bool>(defs::kContact, "active");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kContact, "created-by");
inline constexpr auto kEmail = FieldOf<std::string>(defs::kContact, "email");
inline constexpr auto kNameFamily = FieldOf<std::string>(defs::kContact, "name-family");
inline constexpr auto kNameFullname = FieldOf<std::string>(defs::kContact, "name-fullname");
inline constexpr auto kNameGiven = FieldOf<std::string>(defs::kContact, "name-given");
inline constexpr auto kPhoneWork = FieldOf<RecordPtr>(defs::kContact, "phone-work");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kContact, "updated-by");
}  // namespace contact

namespace currency {
inline constexpr auto kCode = FieldOf<std::string>(defs::kCurrency, "code");
inline constexpr auto kDecimals = FieldOf<int64_t>(defs::kCurrency, "decimals");
inline constexpr auto kEnabled = FieldOf<bool>(defs::kCurrency, "enabled");
inline constexpr auto kName = FieldOf<std::string>(defs::kCurrency, "name");
inline constexpr auto kSymbol = FieldOf<std::string>(defs::kCurrency, "symbol");
}  // namespace currency

namespace payment_term {
inline constexpr auto kActive = FieldOf<bool>(defs::kPaymentTerm, "active");
inline constexpr auto kCode = FieldOf<std::string>(defs::kPaymentTerm, "code");
inline constexpr auto kDaysForDiscountPayment =
    FieldOf<int64_t>(defs::kPaymentTerm, "days-for-discount-payment");
inline constexpr auto kDaysForNetPayment = FieldOf<int64_t>(defs::kPaymentTerm, "days-for-net-payment");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kPaymentTerm, "description");
inline constexpr auto kDiscountRate = FieldOf<Decimal>(defs::kPaymentTerm, "discount-rate");
inline constexpr auto kType = FieldOf<std::string>(defs::kPaymentTerm, "type");
}  // namespace payment_term

namespace address {
inline constexpr auto kActive = FieldOf<bool>(defs::kAddress, "active");
inline constexpr auto kAttention = FieldOf<std::string>(defs::kAddress, "attention");
inline constexpr auto kCity = FieldOf<std::string>(defs::kAddress, "city");
inline constexpr auto kCountry = FieldOf<RecordPtr>(defs::kAddress, "country");
inline constexpr auto kLocationCode = FieldOf<std::string>(defs::kAddress, "location-code");
inline constexpr auto kName = FieldOf<std::string>(defs::kAddress, "name");
inline constexpr auto kPostalCode = FieldOf<std::string>(defs::kAddress, "postal-code");
inline constexpr auto kState = FieldOf<std::string>(defs::kAddress, "state");
inline constexpr auto kStreet1 = FieldOf<std::string>(defs::kAddress, "street1");
inline constexpr auto kStreet2 = FieldOf<std::string>(defs::kAddress, "street2");
}  // namespace address

namespace remit_to_address {
inline constexpr auto kId = FieldOf<int64_t>(defs::kRemitToAddress, "id");
inline constexpr auto kActive = FieldOf<bool>(defs::kRemitToAddress, "active");
inline constexpr auto kCity = FieldOf<std::string>(defs::kRemitToAddress, "city");
inline constexpr auto kCountry = FieldOf<RecordPtr>(defs::kRemitToAddress, "country");
inline constexpr auto kName = FieldOf<std::string>(defs::kRemitToAddress, "name");
inline constexpr auto kPostalCode = FieldOf<std::string>(defs::kRemitToAddress, "postal-code");
inline constexpr auto kRemitToCode = FieldOf<std::string>(defs::kRemitToAddress, "remit-to-code");
inline constexpr auto kState = FieldOf<std::string>(defs::kRemitToAddress, "state");
inline constexpr auto kStreet1 = FieldOf<std::string>(defs::kRemitToAddress, "street1");
}  // namespace remit_to_address

namespace account {
inline constexpr auto kAccountType = FieldOf<RecordPtr>(defs::kAccount, "account-type");
inline constexpr auto kActive = FieldOf<bool>(defs::kAccount, "active");
inline constexpr auto kCode = FieldOf<std::string>(defs::kAccount, "code");
inline constexpr auto kName = FieldOf<std::string>(defs::kAccount, "name");
inline constexpr auto kSegment1 = FieldOf<std::string>(defs::kAccount, "segment-1");
inline constexpr auto kSegment2 = FieldOf<std::string>(defs::kAccount, "segment-2");
inline constexpr auto kSegment3 = FieldOf<std::string>(defs::kAccount, "segment-3");
}  // namespace account

namespace account_type {
inline constexpr auto kActive = FieldOf<bool>(defs::kAccountType, "active");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kAccountType, "currency");
inline constexpr auto kDynamicFlag = FieldOf<bool>(defs::kAccountType, "dynamic-flag");
inline constexpr auto kLegalEntityName = FieldOf<std::string>(defs::kAccountType, "legal-entity-name");
inline constexpr auto kName = FieldOf<std::string>(defs::kAccountType, "name");
inline constexpr auto kPrimaryAddress = FieldOf<RecordPtr>(defs::kAccountType, "primary-address");
}  // namespace account_type

namespace user {
inline constexpr auto kId = FieldOf<int64_t>(defs::kUser, "id");
inline constexpr auto kActive = FieldOf<bool>(defs::kUser, "active");
inline constexpr auto kApiUser = FieldOf<bool>(defs::kUser, "api-user");
inline constexpr auto kAuthenticationMethod = FieldOf<std::string>(defs::kUser, "authentication-method");
inline constexpr auto kDefaultAddress = FieldOf<RecordPtr>(defs::kUser, "default-address");
inline constexpr auto kDefaultCurrency = FieldOf<RecordPtr>(defs::kUser, "default-currency");
inline constexpr auto kDefaultLocale = FieldOf<std::string>(defs::kUser, "default-locale");
inline constexpr auto kDepartment = FieldOf<RecordPtr>(defs::kUser, "department");
inline constexpr auto kEmail = FieldOf<std::string>(defs::kUser, "email");
inline constexpr auto kEmployeeNumber = FieldOf<std::string>(defs::kUser, "employee-number");
inline constexpr auto kExpenseUser = FieldOf<bool>(defs::kUser, "expense-user");
inline constexpr auto kFirstname = FieldOf<std::string>(defs::kUser, "firstname");
inline constexpr auto kFullname = FieldOf<std::string>(defs::kUser, "fullname");
inline constexpr auto kInvoicingUser = FieldOf<bool>(defs::kUser, "invoicing-user");
inline constexpr auto kLastname = FieldOf<std::string>(defs::kUser, "lastname");
inline constexpr auto kLogin = FieldOf<std::string>(defs::kUser, "login");
inline constexpr auto kManager = FieldOf<RecordPtr>(defs::kUser, "manager");
}  // namespace user

namespace department {
inline constexpr auto kActive = FieldOf<bool>(defs::kDepartment, "active");
inline constexpr auto kName = FieldOf<std::string>(defs::kDepartment, "name");
}  // namespace department

namespace contract {
inline constexpr auto kContractOwner = FieldOf<RecordPtr>(defs::kContract, "contract-owner");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kContract, "currency");
inline constexpr auto kDepartment = FieldOf<RecordPtr>(defs::kContract, "department");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kContract, "description");
inline constexpr auto kEndDate = FieldOf<Timestamp>(defs::kContract, "end-date");
inline constexpr auto kExecutionDate = FieldOf<Timestamp>(defs::kContract, "execution-date");
inline constexpr auto kMaxCommit = FieldOf<Decimal>(defs::kContract, "max-commit");
inline constexpr auto kName = FieldOf<std::string>(defs::kContract, "name");
inline constexpr auto kNumber = FieldOf<std::string>(defs::kContract, "number");
inline constexpr auto kPaymentTerm = FieldOf<RecordPtr>(defs::kContract, "payment-term");
inline constexpr auto kStartDate = FieldOf<Timestamp>(defs::kContract, "start-date");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kContract, "status");
inline constexpr auto kSupplier = FieldOf<RecordPtr>(defs::kContract, "supplier");
inline constexpr auto kSupplierInvoiceable = FieldOf<bool>(defs::kContract, "supplier-invoiceable");
inline constexpr auto kVersion = FieldOf<int64_t>(defs::kContract, "version");
}  // namespace contract

namespace tax_code {
inline constexpr auto kActive = FieldOf<bool>(defs::kTaxCode, "active");
inline constexpr auto kCode = FieldOf<std::string>(defs::kTaxCode, "code");
inline constexpr auto kCountry = FieldOf<RecordPtr>(defs::kTaxCode, "country");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kTaxCode, "description");
inline constexpr auto kEffectiveDate = FieldOf<Timestamp>(defs::kTaxCode, "effective-date");
inline constexpr auto kPercentage = FieldOf<Decimal>(defs::kTaxCode, "percentage");
}  // namespace tax_code

namespace country {
inline constexpr auto kCode = FieldOf<std::string>(defs::kCountry, "code");
inline constexpr auto kName = FieldOf<std::string>(defs::kCountry, "name");
}  // namespace country

namespace uom {
inline constexpr auto kActive = FieldOf<bool>(defs::kUom, "active");
inline constexpr auto kAllowablePrecision = FieldOf<int64_t>(defs::kUom, "allowable-precision");
inline constexpr auto kCode = FieldOf<std::string>(defs::kUom, "code");
inline constexpr auto kName = FieldOf<std::string>(defs::kUom, "name");
}  // namespace uom

namespace reason_insight {
inline constexpr auto kCode = FieldOf<std::string>(defs::kReasonInsight, "code");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kReasonInsight, "description");
inline constexpr auto kReasonType = FieldOf<std::string>(defs::kReasonInsight, "reason-type");
}  // namespace reason_insight

namespace phone_number {
inline constexpr auto kId = FieldOf<int64_t>(defs::kPhoneNumber, "id");
inline constexpr auto kAreaCode = FieldOf<std::string>(defs::kPhoneNumber, "area-code");
inline constexpr auto kCountryCode = FieldOf<std::string>(defs::kPhoneNumber, "country-code");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kPhoneNumber, "created-by");
inline constexpr auto kNumber = FieldOf<std::string>(defs::kPhoneNumber, "number");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kPhoneNumber, "updated-by");
}  // namespace phone_number

}  // namespace apbridge::model
