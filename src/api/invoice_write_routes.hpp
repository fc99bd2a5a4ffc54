// The write routes of /api/invoices (invoices-api.txt, erp-payment-update.txt).
#pragma once

#include "api/context.hpp"
#include "http/router.hpp"

namespace apbridge::api {

// The invoices "update" routes of model::ApiWriteRoutes: PUT and PATCH
// /api/invoices/:id (200 with the invoice), and POST /api/invoices/:id, the
// spec's payment update, answered 201; each guarded by invoices:update.
void RegisterInvoiceWriteRoutes(http::Router& router, const ApiContext& context);

}  // namespace apbridge::api
