// What the supplier API (supplier-get-invoice.txt) shows of an invoice: the
// one projection its reads load and its writer renders.
#pragma once

#include "model/catalog.hpp"
#include "model/projection.hpp"

namespace apbridge::model {

// The invoice header's fields of the supplier API's example response (and
// supplier-api-id, its UUID), with the lines' fields, the currency's and the
// unit's code and the dispute reason's code.
[[nodiscard]] ProjectionPtr SupplierInvoiceProjection(const Catalog& catalog);

}  // namespace apbridge::model
