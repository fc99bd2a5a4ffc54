// The write routes of /api/invoices (invoices-api.txt, erp-payment-update.txt).
#pragma once

#include "api/context.hpp"
#include "http/router.hpp"

namespace apbridge::api {

// PUT and PATCH /api/invoices/:id (200 with the invoice), and POST
// /api/invoices/:id, the spec's payment update, answered 201; each guarded by
// the "update" permission on invoices.
void RegisterInvoiceWriteRoutes(http::Router& router, const ApiContext& context);

}  // namespace apbridge::api
