// InternalResourceDefs(): the resources of catalog_internal.hpp.
#include "model/catalog_internal.hpp"

namespace apbridge::model {
namespace {

constexpr const ResourceDef* kInternalDefs[] = {
    &defs::kApiKey,      &defs::kOAuthClient,    &defs::kOAuthToken,         &defs::kResponseFilter,
    &defs::kCustomField, &defs::kInvoiceDispute, &defs::kInvoiceImageScan,   &defs::kExpenseReport,
    &defs::kPayRunInput, &defs::kDataFileSource, &defs::kDataFileSourceError};

}  // namespace

std::span<const ResourceDef* const> InternalResourceDefs() { return kInternalDefs; }

}  // namespace apbridge::model
