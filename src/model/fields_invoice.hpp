// Handles (model/field_ref.hpp) of the invoice resources' fields that code
// names (model/catalog_invoice.hpp: invoice-header and what it owns). One
// namespace per resource; resources and fields in catalog order.
#pragma once

#include "model/catalog_defs.hpp"
#include "model/field_ref.hpp"

namespace apbridge::model {

namespace invoice_header {
inline constexpr auto kId = FieldOf<int64_t>(defs::kInvoiceHeader, "id");
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kInvoiceHeader, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kInvoiceHeader, "updated-at");
inline constexpr auto kAccountType = FieldOf<RecordPtr>(defs::kInvoiceHeader, "account-type");
inline constexpr auto kAmountDue = FieldOf<Decimal>(defs::kInvoiceHeader, "amount-due");
inline constexpr auto kAmountDueLessDiscount =
    FieldOf<Decimal>(defs::kInvoiceHeader, "amount-due-less-discount");
inline constexpr auto kApiOutTaxCode = FieldOf<RecordPtr>(defs::kInvoiceHeader, "api-out-tax-code");
inline constexpr auto kApiOutTaxRate = FieldOf<Decimal>(defs::kInvoiceHeader, "api-out-tax-rate");
inline constexpr auto kApprovals = FieldOf<RecordList>(defs::kInvoiceHeader, "approvals");
inline constexpr auto kAttachments = FieldOf<RecordList>(defs::kInvoiceHeader, "attachments");
inline constexpr auto kBillToAddress = FieldOf<RecordPtr>(defs::kInvoiceHeader, "bill-to-address");
inline constexpr auto kCanceled = FieldOf<bool>(defs::kInvoiceHeader, "canceled");
inline constexpr auto kCompliant = FieldOf<bool>(defs::kInvoiceHeader, "compliant");
inline constexpr auto kContract = FieldOf<RecordPtr>(defs::kInvoiceHeader, "contract");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kInvoiceHeader, "created-by");
inline constexpr auto kCreditReason = FieldOf<std::string>(defs::kInvoiceHeader, "credit-reason");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kInvoiceHeader, "currency");
inline constexpr auto kDateReceived = FieldOf<Timestamp>(defs::kInvoiceHeader, "date-received");
inline constexpr auto kDiscountAmount = FieldOf<Decimal>(defs::kInvoiceHeader, "discount-amount");
inline constexpr auto kDiscountDueDate = FieldOf<Timestamp>(defs::kInvoiceHeader, "discount-due-date");
inline constexpr auto kDiscountPercent = FieldOf<Decimal>(defs::kInvoiceHeader, "discount-percent");
inline constexpr auto kDisputeReason = FieldOf<RecordPtr>(defs::kInvoiceHeader, "dispute-reason");
inline constexpr auto kDocumentType = FieldOf<std::string>(defs::kInvoiceHeader, "document-type");
inline constexpr auto kExported = FieldOf<bool>(defs::kInvoiceHeader, "exported");
inline constexpr auto kFailedTolerances = FieldOf<RecordList>(defs::kInvoiceHeader, "failed-tolerances");
inline constexpr auto kGrossTotal = FieldOf<Decimal>(defs::kInvoiceHeader, "gross-total");
inline constexpr auto kGrossTotalAsMoney = FieldOf<Decimal>(defs::kInvoiceHeader, "gross-total-as-money");
inline constexpr auto kGrossTotalLessDiscount =
    FieldOf<Decimal>(defs::kInvoiceHeader, "gross-total-less-discount");
inline constexpr auto kHandlingAmount = FieldOf<Decimal>(defs::kInvoiceHeader, "handling-amount");
inline constexpr auto kImageScan = FieldOf<std::string>(defs::kInvoiceHeader, "image-scan");
inline constexpr auto kImageScanContentType =
    FieldOf<std::string>(defs::kInvoiceHeader, "image-scan-content-type");
inline constexpr auto kImageScanFileName = FieldOf<std::string>(defs::kInvoiceHeader, "image-scan-file-name");
inline constexpr auto kImageScanFileSize = FieldOf<std::string>(defs::kInvoiceHeader, "image-scan-file-size");
inline constexpr auto kImageScanUrl = FieldOf<std::string>(defs::kInvoiceHeader, "image-scan-url");
inline constexpr auto kInvoiceCharges = FieldOf<RecordList>(defs::kInvoiceHeader, "invoice-charges");
inline constexpr auto kInvoiceDate = FieldOf<Timestamp>(defs::kInvoiceHeader, "invoice-date");
inline constexpr auto kInvoiceLines = FieldOf<RecordList>(defs::kInvoiceHeader, "invoice-lines");
inline constexpr auto kInvoiceNumber = FieldOf<std::string>(defs::kInvoiceHeader, "invoice-number");
inline constexpr auto kIsCreditNote = FieldOf<bool>(defs::kInvoiceHeader, "is-credit-note");
inline constexpr auto kLastExportedAt = FieldOf<Timestamp>(defs::kInvoiceHeader, "last-exported-at");
inline constexpr auto kLineCount = FieldOf<int64_t>(defs::kInvoiceHeader, "line-count");
inline constexpr auto kLineLevelTaxation = FieldOf<bool>(defs::kInvoiceHeader, "line-level-taxation");
inline constexpr auto kLockVersionKey = FieldOf<int64_t>(defs::kInvoiceHeader, "lock-version-key");
inline constexpr auto kMiscAmount = FieldOf<Decimal>(defs::kInvoiceHeader, "misc-amount");
inline constexpr auto kNetDueDate = FieldOf<Timestamp>(defs::kInvoiceHeader, "net-due-date");
inline constexpr auto kOriginalInvoiceDate =
    FieldOf<Timestamp>(defs::kInvoiceHeader, "original-invoice-date");
inline constexpr auto kOriginalInvoiceNumber =
    FieldOf<std::string>(defs::kInvoiceHeader, "original-invoice-number");
inline constexpr auto kPaid = FieldOf<bool>(defs::kInvoiceHeader, "paid");
inline constexpr auto kPaymentDate = FieldOf<Timestamp>(defs::kInvoiceHeader, "payment-date");
inline constexpr auto kPaymentNotes = FieldOf<std::string>(defs::kInvoiceHeader, "payment-notes");
inline constexpr auto kPaymentTerm = FieldOf<RecordPtr>(defs::kInvoiceHeader, "payment-term");
inline constexpr auto kPayments = FieldOf<RecordList>(defs::kInvoiceHeader, "payments");
inline constexpr auto kRemitToAddress = FieldOf<RecordPtr>(defs::kInvoiceHeader, "remit-to-address");
inline constexpr auto kRequestedBy = FieldOf<RecordPtr>(defs::kInvoiceHeader, "requested-by");
inline constexpr auto kRequesterEmail = FieldOf<std::string>(defs::kInvoiceHeader, "requester-email");
inline constexpr auto kRequesterName = FieldOf<std::string>(defs::kInvoiceHeader, "requester-name");
inline constexpr auto kShipToAddress = FieldOf<RecordPtr>(defs::kInvoiceHeader, "ship-to-address");
inline constexpr auto kShippingAmount = FieldOf<Decimal>(defs::kInvoiceHeader, "shipping-amount");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kInvoiceHeader, "status");
inline constexpr auto kSupplier = FieldOf<RecordPtr>(defs::kInvoiceHeader, "supplier");
inline constexpr auto kSupplierCreated = FieldOf<bool>(defs::kInvoiceHeader, "supplier-created");
inline constexpr auto kSupplierTotal = FieldOf<Decimal>(defs::kInvoiceHeader, "supplier-total");
inline constexpr auto kTaxAmount = FieldOf<Decimal>(defs::kInvoiceHeader, "tax-amount");
inline constexpr auto kTaxCode = FieldOf<RecordPtr>(defs::kInvoiceHeader, "tax-code");
inline constexpr auto kTags = FieldOf<RecordList>(defs::kInvoiceHeader, "tags");
inline constexpr auto kTaxLines = FieldOf<RecordList>(defs::kInvoiceHeader, "tax-lines");
inline constexpr auto kTaxRate = FieldOf<Decimal>(defs::kInvoiceHeader, "tax-rate");
inline constexpr auto kToleranceFailures = FieldOf<std::string>(defs::kInvoiceHeader, "tolerance-failures");
inline constexpr auto kTotalTax = FieldOf<Decimal>(defs::kInvoiceHeader, "total-tax");
inline constexpr auto kTotalWithTaxes = FieldOf<Decimal>(defs::kInvoiceHeader, "total-with-taxes");
inline constexpr auto kTotalWithTaxesAsMoney =
    FieldOf<Decimal>(defs::kInvoiceHeader, "total-with-taxes-as-money");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kInvoiceHeader, "updated-by");
inline constexpr auto kSupplierApiId = FieldOf<std::string>(defs::kInvoiceHeader, "supplier-api-id");
}  // namespace invoice_header

namespace invoice_line {
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kInvoiceLine, "created-at");
inline constexpr auto kAccount = FieldOf<RecordPtr>(defs::kInvoiceLine, "account");
inline constexpr auto kAccountingTotal = FieldOf<Decimal>(defs::kInvoiceLine, "accounting-total");
inline constexpr auto kAccountingTotalCurrency =
    FieldOf<RecordPtr>(defs::kInvoiceLine, "accounting-total-currency");
inline constexpr auto kContract = FieldOf<RecordPtr>(defs::kInvoiceLine, "contract");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kInvoiceLine, "currency");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kInvoiceLine, "description");
inline constexpr auto kLineNum = FieldOf<int64_t>(defs::kInvoiceLine, "line-num");
inline constexpr auto kPrice = FieldOf<Decimal>(defs::kInvoiceLine, "price");
inline constexpr auto kQuantity = FieldOf<Decimal>(defs::kInvoiceLine, "quantity");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kInvoiceLine, "status");
inline constexpr auto kTaxAmount = FieldOf<Decimal>(defs::kInvoiceLine, "tax-amount");
inline constexpr auto kTaxCode = FieldOf<RecordPtr>(defs::kInvoiceLine, "tax-code");
inline constexpr auto kTaxDescription = FieldOf<std::string>(defs::kInvoiceLine, "tax-description");
inline constexpr auto kTaxLines = FieldOf<RecordList>(defs::kInvoiceLine, "tax-lines");
inline constexpr auto kTaxRate = FieldOf<Decimal>(defs::kInvoiceLine, "tax-rate");
inline constexpr auto kTotal = FieldOf<Decimal>(defs::kInvoiceLine, "total");
inline constexpr auto kType = FieldOf<std::string>(defs::kInvoiceLine, "type");
inline constexpr auto kUom = FieldOf<RecordPtr>(defs::kInvoiceLine, "uom");
inline constexpr auto kSupplierApiId = FieldOf<std::string>(defs::kInvoiceLine, "supplier-api-id");
}  // namespace invoice_line

namespace invoice_charge {
inline constexpr auto kAccount = FieldOf<RecordPtr>(defs::kInvoiceCharge, "account");
inline constexpr auto kAccountingTotal = FieldOf<Decimal>(defs::kInvoiceCharge, "accounting-total");
inline constexpr auto kAccountingTotalCurrency =
    FieldOf<RecordPtr>(defs::kInvoiceCharge, "accounting-total-currency");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kInvoiceCharge, "created-by");
inline constexpr auto kCurrency = FieldOf<RecordPtr>(defs::kInvoiceCharge, "currency");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kInvoiceCharge, "description");
inline constexpr auto kDistributed = FieldOf<bool>(defs::kInvoiceCharge, "distributed");
inline constexpr auto kLineNum = FieldOf<int64_t>(defs::kInvoiceCharge, "line-num");
inline constexpr auto kTaxLines = FieldOf<RecordList>(defs::kInvoiceCharge, "tax-lines");
inline constexpr auto kTotal = FieldOf<Decimal>(defs::kInvoiceCharge, "total");
inline constexpr auto kType = FieldOf<std::string>(defs::kInvoiceCharge, "type");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kInvoiceCharge, "updated-by");
}  // namespace invoice_charge

namespace tax_line {
inline constexpr auto kAmount = FieldOf<Decimal>(defs::kTaxLine, "amount");
inline constexpr auto kBase = FieldOf<Decimal>(defs::kTaxLine, "base");
inline constexpr auto kCode = FieldOf<std::string>(defs::kTaxLine, "code");
inline constexpr auto kDescription = FieldOf<std::string>(defs::kTaxLine, "description");
inline constexpr auto kRate = FieldOf<Decimal>(defs::kTaxLine, "rate");
inline constexpr auto kTaxCode = FieldOf<RecordPtr>(defs::kTaxLine, "tax-code");
inline constexpr auto kTaxableAmount = FieldOf<Decimal>(defs::kTaxLine, "taxable-amount");
inline constexpr auto kType = FieldOf<std::string>(defs::kTaxLine, "type");
}  // namespace tax_line

namespace payment {
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kPayment, "created-at");
inline constexpr auto kUpdatedAt = FieldOf<Timestamp>(defs::kPayment, "updated-at");
inline constexpr auto kAmountPaid = FieldOf<Decimal>(defs::kPayment, "amount-paid");
inline constexpr auto kCheckNumber = FieldOf<std::string>(defs::kPayment, "check-number");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kPayment, "created-by");
inline constexpr auto kNotes = FieldOf<std::string>(defs::kPayment, "notes");
inline constexpr auto kPayableId = FieldOf<int64_t>(defs::kPayment, "payable-id");
inline constexpr auto kPayableType = FieldOf<std::string>(defs::kPayment, "payable-type");
inline constexpr auto kPaymentDate = FieldOf<Timestamp>(defs::kPayment, "payment-date");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kPayment, "updated-by");
}  // namespace payment

namespace attachment {
inline constexpr auto kFile = FieldOf<std::string>(defs::kAttachment, "file");
inline constexpr auto kFileContentType = FieldOf<std::string>(defs::kAttachment, "file-content-type");
inline constexpr auto kFileName = FieldOf<std::string>(defs::kAttachment, "file-name");
inline constexpr auto kFileSize = FieldOf<int64_t>(defs::kAttachment, "file-size");
inline constexpr auto kIntent = FieldOf<std::string>(defs::kAttachment, "intent");
inline constexpr auto kType = FieldOf<std::string>(defs::kAttachment, "type");
}  // namespace attachment

namespace approval {
inline constexpr auto kId = FieldOf<int64_t>(defs::kApproval, "id");
inline constexpr auto kApprovableId = FieldOf<int64_t>(defs::kApproval, "approvable-id");
inline constexpr auto kApprovableType = FieldOf<std::string>(defs::kApproval, "approvable-type");
inline constexpr auto kApprovalChainId = FieldOf<int64_t>(defs::kApproval, "approval-chain-id");
inline constexpr auto kApprovalDate = FieldOf<Timestamp>(defs::kApproval, "approval-date");
inline constexpr auto kApprovedBy = FieldOf<RecordPtr>(defs::kApproval, "approved-by");
inline constexpr auto kApproverId = FieldOf<int64_t>(defs::kApproval, "approver-id");
inline constexpr auto kApproverType = FieldOf<std::string>(defs::kApproval, "approver-type");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kApproval, "created-by");
inline constexpr auto kHoldable = FieldOf<bool>(defs::kApproval, "holdable");
inline constexpr auto kNote = FieldOf<std::string>(defs::kApproval, "note");
inline constexpr auto kPosition = FieldOf<int64_t>(defs::kApproval, "position");
inline constexpr auto kStatus = FieldOf<std::string>(defs::kApproval, "status");
inline constexpr auto kType = FieldOf<std::string>(defs::kApproval, "type");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kApproval, "updated-by");
}  // namespace approval

namespace comment {
inline constexpr auto kCreatedAt = FieldOf<Timestamp>(defs::kComment, "created-at");
inline constexpr auto kCommentableId = FieldOf<int64_t>(defs::kComment, "commentable-id");
inline constexpr auto kCommentableType = FieldOf<std::string>(defs::kComment, "commentable-type");
inline constexpr auto kComments = FieldOf<std::string>(defs::kComment, "comments");
inline constexpr auto kCreatedBy = FieldOf<RecordPtr>(defs::kComment, "created-by");
inline constexpr auto kReasonCode = FieldOf<std::string>(defs::kComment, "reason-code");
inline constexpr auto kToSupplier = FieldOf<bool>(defs::kComment, "to-supplier");
inline constexpr auto kUpdatedBy = FieldOf<RecordPtr>(defs::kComment, "updated-by");
}  // namespace comment

}  // namespace apbridge::model
