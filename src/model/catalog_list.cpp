// CoupaResourceDefs(): every resource declared in the catalog_*.cpp files.
#include "model/catalog.hpp"
#include "model/catalog_defs.hpp"

namespace apbridge::model {
namespace {

constexpr const ResourceDef* kCoupaResources[] = {
    // Invoices
    &defs::kInvoiceHeader,
    &defs::kInvoiceLine,
    &defs::kInvoiceLineAllocation,
    &defs::kInvoiceCharge,
    &defs::kInvoiceChargeAllocation,
    &defs::kTaxLine,
    &defs::kWithholdingTaxLine,
    &defs::kPayment,
    &defs::kAttachment,
    &defs::kApproval,
    &defs::kFailedTolerance,
    &defs::kTag,
    &defs::kTagging,
    &defs::kComment,
    &defs::kIntegrationHistoryRecord,
    &defs::kIntegrationRecordResponse,
    // Reference data
    &defs::kSupplier,
    &defs::kContact,
    &defs::kPhoneNumber,
    &defs::kCurrency,
    &defs::kPaymentTerm,
    &defs::kAddress,
    &defs::kRemitToAddress,
    &defs::kSupplierRemitTo,
    &defs::kAccount,
    &defs::kAccountType,
    &defs::kUser,
    &defs::kDepartment,
    &defs::kContract,
    &defs::kTaxCode,
    &defs::kTaxRate,
    &defs::kTaxRateType,
    &defs::kTaxRegistration,
    &defs::kCountry,
    &defs::kCommodity,
    &defs::kUom,
    &defs::kItem,
    &defs::kPeriod,
    &defs::kShippingTerm,
    &defs::kSupplierSite,
    &defs::kReasonInsight,
    // Coupa Pay
    &defs::kCoupaPayPayment,
    &defs::kCoupaPayPaymentDetail,
    &defs::kPayableAllocation,
    &defs::kCoupaPayCompanyPaymentAccount,
    &defs::kCoupaPayPaymentAccount,
    &defs::kCoupaPayPaymentPartner,
    &defs::kCoupaPayPayee,
    &defs::kCoupaPayPaymentBatch,
    &defs::kCoupaPayDigitalCheck,
    &defs::kExternalGlAccount,
};

}  // namespace

std::span<const ResourceDef* const> CoupaResourceDefs() { return kCoupaResources; }

}  // namespace apbridge::model
