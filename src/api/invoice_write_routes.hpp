// The write routes of /api/invoices (invoices-api.txt, erp-payment-update.txt).
#pragma once

#include "api/context.hpp"
#include "http/router.hpp"

namespace apbridge::api {

// The invoices routes of model::ApiWriteRoutes: PUT and PATCH
// /api/invoices/:id (200 with the invoice) and POST /api/invoices/:id, the
// spec's payment update, answered 201, guarded by invoices:update; DELETE
// /api/invoices/:id (a new invoice only; 200 with it as it was), guarded by
// invoices:destroy.
void RegisterInvoiceWriteRoutes(http::Router& router, const ApiContext& context);

}  // namespace apbridge::api
