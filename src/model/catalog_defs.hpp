// The catalog's resource declarations, shared between the catalog_*.cpp files.
#pragma once

#include "model/resource.hpp"

namespace apbridge::model::defs {

// Invoices (catalog_invoice.cpp)
extern const ResourceDef kInvoiceHeader;
extern const ResourceDef kInvoiceLine;
extern const ResourceDef kTaxLine;
extern const ResourceDef kPayment;
extern const ResourceDef kAttachment;
extern const ResourceDef kIntegrationHistoryRecord;

}  // namespace apbridge::model::defs
