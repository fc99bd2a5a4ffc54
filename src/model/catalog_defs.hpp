// The catalog's resource declarations, shared between the catalog_*.cpp files.
#pragma once

#include "model/resource.hpp"

namespace apbridge::model::defs {

// Invoices (catalog_invoice.cpp)
extern const ResourceDef kInvoiceHeader;
extern const ResourceDef kInvoiceLine;
extern const ResourceDef kInvoiceLineAllocation;
extern const ResourceDef kInvoiceCharge;
extern const ResourceDef kInvoiceChargeAllocation;
extern const ResourceDef kTaxLine;
extern const ResourceDef kPayment;
extern const ResourceDef kAttachment;
extern const ResourceDef kApproval;
extern const ResourceDef kFailedTolerance;
extern const ResourceDef kTag;
extern const ResourceDef kIntegrationHistoryRecord;
extern const ResourceDef kIntegrationRecordResponse;

// Reference data (catalog_reference.cpp)
extern const ResourceDef kSupplier;
extern const ResourceDef kContact;
extern const ResourceDef kCurrency;
extern const ResourceDef kPaymentTerm;
extern const ResourceDef kAddress;
extern const ResourceDef kRemitToAddress;
extern const ResourceDef kSupplierRemitTo;
extern const ResourceDef kAccount;
extern const ResourceDef kAccountType;
extern const ResourceDef kUser;
extern const ResourceDef kDepartment;
extern const ResourceDef kContract;
extern const ResourceDef kTaxCode;
extern const ResourceDef kTaxRate;
extern const ResourceDef kTaxRateType;
extern const ResourceDef kTaxRegistration;
extern const ResourceDef kCountry;
extern const ResourceDef kCommodity;
extern const ResourceDef kUom;
extern const ResourceDef kItem;
extern const ResourceDef kPeriod;
extern const ResourceDef kShippingTerm;
extern const ResourceDef kSupplierSite;
extern const ResourceDef kReasonInsight;

// Coupa Pay (catalog_coupa_pay.cpp)
extern const ResourceDef kCoupaPayPayment;
extern const ResourceDef kCoupaPayPaymentDetail;
extern const ResourceDef kCoupaPayCompanyPaymentAccount;
extern const ResourceDef kCoupaPayPaymentAccount;
extern const ResourceDef kCoupaPayPaymentPartner;
extern const ResourceDef kCoupaPayPayee;
extern const ResourceDef kCoupaPayPaymentBatch;
extern const ResourceDef kCoupaPayDigitalCheck;
extern const ResourceDef kExternalGlAccount;

}  // namespace apbridge::model::defs
