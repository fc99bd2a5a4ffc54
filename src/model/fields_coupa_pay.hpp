// Handles (model/field_ref.hpp) of the Coupa Pay resources' fields that code
// names (model/catalog_coupa_pay.hpp: payments, payees, accounts, batches).
// One namespace per resource; resources and fields in catalog order.
#pragma once

#include "model/catalog_defs.hpp"
#include "model/field_ref.hpp"

namespace apbridge::model {

namespace coupa_pay_payment {
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "created-by");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kCoupaPayPayment, "description");
inline constexpr auto kErrorText = FieldOf<std::string>(defs::kCoupaPayPayment, "error-text");
inline constexpr auto kEstimatedPayFromTotal =
    FieldOf<Decimal>(defs::kCoupaPayPayment, "estimated-pay-from-total");
inline constexpr auto kExchangeRate = FieldOf<Decimal>(defs::kCoupaPayPayment, "exchange-rate");
inline constexpr auto kExported = FieldOf<bool>(defs::kCoupaPayPayment, "exported");
inline constexpr auto kExternalRefId = FieldOf<int64_t>(defs::kCoupaPayPayment, "external-ref-id");
inline constexpr auto kLastExportedAt = FieldOf<Timestamp>(defs::kCoupaPayPayment, "last-exported-at");
inline constexpr auto kLegalEntityName = FieldOf<std::string>(defs::kCoupaPayPayment, "legal-entity-name");
inline constexpr auto kLineNum = FieldOf<int64_t>(defs::kCoupaPayPayment, "line-num");
inline constexpr auto kPayFromAccount = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "pay-from-account");
inline constexpr auto kPayFromCurrency = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "pay-from-currency");
inline constexpr auto kPayFromTotal = FieldOf<Decimal>(defs::kCoupaPayPayment, "pay-from-total");
inline constexpr auto kPayToAccount = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "pay-to-account");
inline constexpr auto kPayToCurrency = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "pay-to-currency");
inline constexpr auto kPayToTotal = FieldOf<Decimal>(defs::kCoupaPayPayment, "pay-to-total");
inline constexpr auto kPayee = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "payee");
inline constexpr auto kPaymentBatch = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "payment-batch");
inline constexpr auto kPaymentDetails = FieldOf<RecordList>(defs::kCoupaPayPayment, "payment-details");
inline constexpr auto kPaymentIdentifier = FieldOf<std::string>(defs::kCoupaPayPayment, "payment-identifier");
inline constexpr auto kReleasedAt = FieldOf<Timestamp>(defs::kCoupaPayPayment, "released-at");
inline constexpr auto kReportingCurrency = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "reporting-currency");
inline constexpr auto kReportingPayFromTotal =
    FieldOf<Decimal>(defs::kCoupaPayPayment, "reporting-pay-from-total");
inline constexpr auto kReportingPayToTotal =
    FieldOf<Decimal>(defs::kCoupaPayPayment, "reporting-pay-to-total");
inline constexpr auto kRequestedExecutionDate =
    FieldOf<Timestamp>(defs::kCoupaPayPayment, "requested-execution-date");
inline constexpr auto kSourceName = FieldOf<std::string>(defs::kCoupaPayPayment, "source-name");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kCoupaPayPayment, "status");
inline constexpr auto kTransferType = FieldOf<std::string>(defs::kCoupaPayPayment, "transfer-type");
inline constexpr auto kType = FieldOf<std::string>(defs::kCoupaPayPayment, "type");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPayment, "updated-by");
}  // namespace coupa_pay_payment

namespace coupa_pay_payment_detail {
inline constexpr auto kAdjustmentTotal = FieldOf<Decimal>(defs::kCoupaPayPaymentDetail, "adjustment-total");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPaymentDetail, "created-by");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kCoupaPayPaymentDetail, "currency");
inline constexpr auto kDiscountTotal = FieldOf<Decimal>(defs::kCoupaPayPaymentDetail, "discount-total");
inline constexpr auto kPayableDocumentType =
    FieldOf<std::string>(defs::kCoupaPayPaymentDetail, "payable-document-type");
inline constexpr auto kPayableId = FieldOf<int64_t>(defs::kCoupaPayPaymentDetail, "payable-id");
inline constexpr auto kPayableType = FieldOf<std::string>(defs::kCoupaPayPaymentDetail, "payable-type");
inline constexpr auto kPaymentTotal = FieldOf<Decimal>(defs::kCoupaPayPaymentDetail, "payment-total");
inline constexpr auto kSourceTransactionId =
    FieldOf<int64_t>(defs::kCoupaPayPaymentDetail, "source-transaction-id");
inline constexpr auto kSourceTransactionReference =
    FieldOf<std::string>(defs::kCoupaPayPaymentDetail, "source-transaction-reference");
inline constexpr auto kSourceTransactionType =
    FieldOf<std::string>(defs::kCoupaPayPaymentDetail, "source-transaction-type");
inline constexpr auto kTransactionTotal = FieldOf<Decimal>(defs::kCoupaPayPaymentDetail, "transaction-total");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPaymentDetail, "updated-by");
}  // namespace coupa_pay_payment_detail

namespace coupa_pay_company_payment_account {
inline constexpr auto kId = FieldOf<int64_t>(defs::kCoupaPayCompanyPaymentAccount, "id");
inline constexpr auto kAccountKind =
    FieldOf<std::string>(defs::kCoupaPayCompanyPaymentAccount, "account-kind");
inline constexpr auto kAccountName =
    FieldOf<std::string>(defs::kCoupaPayCompanyPaymentAccount, "account-name");
inline constexpr auto kAccountTypes =
    FieldOf<RecordList>(defs::kCoupaPayCompanyPaymentAccount, "account-types");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kCoupaPayCompanyPaymentAccount, "created-by");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kCoupaPayCompanyPaymentAccount, "currency");
inline constexpr auto kDocumentTypes =
    FieldOf<std::string>(defs::kCoupaPayCompanyPaymentAccount, "document-types");
inline constexpr auto kPaymentOption =
    FieldOf<std::string>(defs::kCoupaPayCompanyPaymentAccount, "payment-option");
inline constexpr auto kPaymentPartner =
    FieldOf<RecordPtr>(defs::kCoupaPayCompanyPaymentAccount, "payment-partner");
inline constexpr auto kPhysicalCheckSignaturePresence =
    FieldOf<bool>(defs::kCoupaPayCompanyPaymentAccount, "physical-check-signature-presence");
inline constexpr auto kSourceName = FieldOf<std::string>(defs::kCoupaPayCompanyPaymentAccount, "source-name");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kCoupaPayCompanyPaymentAccount, "status");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kCoupaPayCompanyPaymentAccount, "updated-by");
}  // namespace coupa_pay_company_payment_account

namespace coupa_pay_payment_account {
inline constexpr auto kId = FieldOf<int64_t>(defs::kCoupaPayPaymentAccount, "id");
inline constexpr auto kAccountKind = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "account-kind");
inline constexpr auto kAccountName = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "account-name");
inline constexpr auto kAccountNumber = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "account-number");
inline constexpr auto kActive = FieldOf<bool>(defs::kCoupaPayPaymentAccount, "active");
inline constexpr auto kBankName = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "bank-name");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kCoupaPayPaymentAccount, "currency");
inline constexpr auto kName = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "name");
inline constexpr auto kRemitToAddress = FieldOf<RecordPtr>(defs::kCoupaPayPaymentAccount, "remit-to-address");
inline constexpr auto kRoutingNumber = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "routing-number");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "status");
inline constexpr auto kSupplier = FieldOf<RecordPtr>(defs::kCoupaPayPaymentAccount, "supplier");
inline constexpr auto kType = FieldOf<std::string>(defs::kCoupaPayPaymentAccount, "type");
}  // namespace coupa_pay_payment_account

namespace coupa_pay_payment_partner {
inline constexpr auto kId = FieldOf<int64_t>(defs::kCoupaPayPaymentPartner, "id");
inline constexpr auto kCardNetwork = FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "card-network");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPaymentPartner, "created-by");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kCoupaPayPaymentPartner, "currency");
inline constexpr auto kIssuingBank = FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "issuing-bank");
inline constexpr auto kName = FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "name");
inline constexpr auto kPaymentPartnerType =
    FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "payment-partner-type");
inline constexpr auto kProductNames = FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "product-names");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "status");
inline constexpr auto kSupportContact = FieldOf<RecordPtr>(defs::kCoupaPayPaymentPartner, "support-contact");
inline constexpr auto kType = FieldOf<std::string>(defs::kCoupaPayPaymentPartner, "type");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPaymentPartner, "updated-by");
}  // namespace coupa_pay_payment_partner

namespace coupa_pay_payee {
inline constexpr auto kId = FieldOf<int64_t>(defs::kCoupaPayPayee, "id");
inline constexpr auto kBusinessName = FieldOf<std::string>(defs::kCoupaPayPayee, "business-name");
inline constexpr auto kDisplayName = FieldOf<std::string>(defs::kCoupaPayPayee, "display-name");
inline constexpr auto kEmail = FieldOf<std::string>(defs::kCoupaPayPayee, "email");
inline constexpr auto kFirstname = FieldOf<std::string>(defs::kCoupaPayPayee, "firstname");
inline constexpr auto kLastname = FieldOf<std::string>(defs::kCoupaPayPayee, "lastname");
inline constexpr auto kLogin = FieldOf<std::string>(defs::kCoupaPayPayee, "login");
inline constexpr auto kName = FieldOf<std::string>(defs::kCoupaPayPayee, "name");
inline constexpr auto kNumber = FieldOf<std::string>(defs::kCoupaPayPayee, "number");
inline constexpr auto kPrimaryContact = FieldOf<RecordPtr>(defs::kCoupaPayPayee, "primary-contact");
inline constexpr auto kType = FieldOf<std::string>(defs::kCoupaPayPayee, "type");
}  // namespace coupa_pay_payee

namespace coupa_pay_payment_batch {
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPaymentBatch, "created-by");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kCoupaPayPaymentBatch, "description");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kCoupaPayPaymentBatch, "status");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kCoupaPayPaymentBatch, "updated-by");
}  // namespace coupa_pay_payment_batch

}  // namespace apbridge::model
