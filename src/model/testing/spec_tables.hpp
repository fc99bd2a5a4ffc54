// The element tables and routes of the spec documents (/work/shared/spec), as
// rows for the tests that hold the catalog and the parity document to them
// (model/catalog_test.cpp, tests/parity_test.cpp).
#pragma once

#include <string_view>

#include "model/field.hpp"

namespace apbridge::model::testing {

// One row of a spec element table as the catalog declares it. `name` is the
// spec's spelling; `field` the catalog's where they differ.
struct SpecRow {
  std::string_view resource;
  std::string_view name;
  FieldType type;
  bool in;
  bool out;
  std::string_view field = {};
};

// Every row of the element table of invoices-api.txt. Where the spec's Type
// column says "integer" for what is evidently an association, a boolean or a
// decimal, the OAS type is used. Deliberate differences from the spec's
// In/Out columns are marked.
inline constexpr SpecRow kInvoicesApiRows[] = {
    {"invoice-header", "account-type", FieldType::kReference, true, true},
    {"invoice-header", "api-out-tax-code", FieldType::kReference, false, true},
    {"invoice-header", "api-out-tax-rate", FieldType::kFloat, false, true},
    {"invoice-header", "approvals", FieldType::kCollection, false, true},
    {"invoice-header", "attachments", FieldType::kCollection, false, true},
    {"invoice-header", "bill-to-address", FieldType::kReference, true, true},
    {"invoice-header", "cash-accounting-scheme-reference", FieldType::kString, true, true},
    {"invoice-header", "comments", FieldType::kString, true, true},
    {"invoice-header", "compliant", FieldType::kBoolean, false, true},
    {"invoice-header", "contract", FieldType::kReference, true, true},
    {"invoice-header", "created-at", FieldType::kDateTime, false, true},
    {"invoice-header", "created-by", FieldType::kReference, false, true},
    {"invoice-header", "credit-reason", FieldType::kString, true, true},
    {"invoice-header", "currency", FieldType::kReference, true, true},
    {"invoice-header", "current-integration-history-records", FieldType::kCollection, false, true},
    {"invoice-header", "destination-country", FieldType::kReference, false, true},
    {"invoice-header", "discount-amount", FieldType::kDecimal, false, true},
    {"invoice-header", "discount-due-date", FieldType::kDateTime, false, true},
    {"invoice-header", "document-type", FieldType::kString, false, true},
    {"invoice-header", "early-payment-provisions", FieldType::kString, true, true},
    {"invoice-header", "exchange-rate", FieldType::kDecimal, true, true},
    // Out only in the spec, but ERPs mark invoices with PUT ?exported=true.
    {"invoice-header", "exported?", FieldType::kBoolean, true, true, "exported"},
    {"invoice-header", "gross-total-as-money", FieldType::kDecimal, false, true},
    // decimal in the spec; a real instance writes type="float" (REFERENCE.md "Shapes").
    {"invoice-header", "handling-amount", FieldType::kFloat, true, true},
    {"invoice-header", "id", FieldType::kInteger, false, true},
    {"invoice-header", "image-scan", FieldType::kString, false, true},
    {"invoice-header", "image-scan-url", FieldType::kString, false, true},
    {"invoice-header", "inbound-invoice", FieldType::kInteger, false, true},
    {"invoice-header", "internal-note", FieldType::kText, true, true},
    {"invoice-header", "invoice-date", FieldType::kDateTime, true, true},
    // "InvoiceHeader reverse_charge_reference" and "... tags": In/Out left
    // blank in the spec; the OAS makes them writable.
    {"invoice-header", "reverse_charge_reference", FieldType::kString, true, true,
     "reverse-charge-reference"},
    {"invoice-header", "tags", FieldType::kCollection, true, true},
    {"invoice-line", "tags", FieldType::kCollection, true, true},
    {"invoice-header", "invoice-lines", FieldType::kCollection, true, true},
    // The spec spells them "distributation"; the OAS "distribution".
    {"invoice-line", "tax_distributation_total", FieldType::kDecimal, false, true, "tax-distribution-total"},
    {"invoice-line", "shipping_distributation_total", FieldType::kDecimal, false, true,
     "shipping-distribution-total"},
    {"invoice-line", "handling_distributation_total", FieldType::kDecimal, false, true,
     "handling-distribution-total"},
    {"invoice-line", "misc_distributation_total", FieldType::kDecimal, false, true,
     "misc-distribution-total"},
    {"invoice-line-allocation", "tax_distributation_total", FieldType::kDecimal, false, true,
     "tax-distribution-total"},
    {"invoice-line-allocation", "shipping_distributation_total", FieldType::kDecimal, false, true,
     "shipping-distribution-total"},
    {"invoice-line-allocation", "handling_distributation_total", FieldType::kDecimal, false, true,
     "handling-distribution-total"},
    {"invoice-line-allocation", "misc_distributation_total", FieldType::kDecimal, false, true,
     "misc-distribution-total"},
    {"invoice-header", "invoice-number", FieldType::kString, true, true},
    {"invoice-header", "last-exported-at", FieldType::kDateTime, false, true},
    {"invoice-header", "late-payment-penalties", FieldType::kString, true, true},
    {"invoice-header", "legal-destination-country", FieldType::kReference, false, true},
    {"invoice-header", "line-level-taxation", FieldType::kBoolean, true, true},
    {"invoice-header", "margin-scheme", FieldType::kString, true, true},
    {"invoice-header", "misc-amount", FieldType::kFloat, true, true},
    {"invoice-header", "net-due-date", FieldType::kDateTime, false, true},
    {"invoice-header", "origin-country", FieldType::kReference, false, true},
    {"invoice-header", "original-invoice-date", FieldType::kDateTime, false, true},
    {"invoice-header", "original-invoice-number", FieldType::kString, false, true},
    {"invoice-header", "paid", FieldType::kBoolean, true, true},
    {"invoice-header", "payment-date", FieldType::kDateTime, true, true},
    {"invoice-header", "payment-notes", FieldType::kText, true, true},
    {"invoice-header", "payment-term", FieldType::kReference, true, true},
    {"invoice-header", "payments", FieldType::kCollection, true, true},
    {"invoice-header", "remit-to-address", FieldType::kReference, true, true},
    {"invoice-header", "requested-by", FieldType::kReference, false, true},
    {"invoice-header", "ship-to-address", FieldType::kReference, true, true},
    {"invoice-header", "shipping-amount", FieldType::kFloat, true, true},
    {"invoice-header", "shipping-term", FieldType::kReference, false, true},
    {"invoice-header", "status", FieldType::kEnum, false, true},
    {"invoice-header", "supplier", FieldType::kReference, true, true},
    {"invoice-header", "supplier-created?", FieldType::kBoolean, false, true, "supplier-created"},
    {"invoice-header", "supplier-note", FieldType::kText, true, true},
    {"invoice-header", "supplier-remit-to", FieldType::kReference, true, true},
    {"invoice-header", "supplier-total", FieldType::kDecimal, false, true},
    // In only in the spec, but real Coupa renders it (REFERENCE.md "Shapes").
    {"invoice-header", "tax-amount", FieldType::kDecimal, true, true},
    {"invoice-header", "tax-amount-engine", FieldType::kDecimal, false, true},
    // In only in the spec, but real Coupa renders it (REFERENCE.md "Shapes").
    {"invoice-header", "tax-code", FieldType::kReference, true, true},
    {"invoice-header", "tax-lines", FieldType::kCollection, true, true},
    // In only in the spec, but real Coupa renders it (REFERENCE.md "Shapes").
    {"invoice-header", "tax-rate", FieldType::kFloat, true, true},
    {"invoice-header", "tolerance-failures", FieldType::kString, false, true},
    {"invoice-header", "total-tax", FieldType::kDecimal, false, true},
    {"invoice-header", "total-with-taxes-as-money", FieldType::kDecimal, false, true},
    {"invoice-header", "updated-at", FieldType::kDateTime, false, true},
    {"invoice-header", "updated-by", FieldType::kReference, false, true},
};

// The element table of payments-api.txt (catalog_test checks payment-batch-id apart).
inline constexpr SpecRow kPaymentsApiRows[] = {
    {"coupa-pay-payment", "id", FieldType::kInteger, false, true},
    {"coupa-pay-payment", "created-at", FieldType::kDateTime, false, true},
    {"coupa-pay-payment", "updated-at", FieldType::kDateTime, false, true},
    {"coupa-pay-payment", "line-num", FieldType::kInteger, false, true},
    {"coupa-pay-payment", "external-ref-id", FieldType::kInteger, false, true},
    {"coupa-pay-payment", "status", FieldType::kEnum, false, true},
    // Out in the spec; settable to mark the payment exported.
    {"coupa-pay-payment", "exported", FieldType::kBoolean, true, true},
    {"coupa-pay-payment", "last-exported-at", FieldType::kDateTime, false, true},
    {"coupa-pay-payment", "pay-from-total", FieldType::kDecimal, false, true},
    {"coupa-pay-payment", "pay-to-total", FieldType::kDecimal, false, true},
    {"coupa-pay-payment", "reporting-pay-from-total", FieldType::kDecimal, false, true},
    {"coupa-pay-payment", "error-text", FieldType::kString, false, true},
    {"coupa-pay-payment", "payment-details", FieldType::kCollection, false, true},
    {"coupa-pay-payment", "pay-from-account", FieldType::kReference, false, true},
    {"coupa-pay-payment", "pay-to-account", FieldType::kReference, false, true},
    {"coupa-pay-payment", "payee", FieldType::kReference, false, true},
    {"coupa-pay-payment", "payment-batch", FieldType::kReference, false, true},
    {"coupa-pay-payment", "created-by", FieldType::kReference, false, true},
    {"coupa-pay-payment", "updated-by", FieldType::kReference, false, true},
};

// A spec element outside the two tables above: the rest of payments-api.txt,
// the payload and sample response of erp-payment-update.txt, the response of
// supplier-get-invoice.txt. `resource` is the catalog resource it belongs to,
// `name` the spec's spelling and `field` the catalog field it maps to (empty:
// none yet).
struct SpecElement {
  std::string_view document;
  std::string_view resource;
  std::string_view name;
  std::string_view field = {};
};

inline constexpr SpecElement kOtherSpecElements[] = {
    {"payments-api.txt", "coupa-pay-payment", "payment-batch-id", "payment-batch-id"},
    // The "Key Data Elements" of payment-details, named by their descriptions.
    {"payments-api.txt", "coupa-pay-payment-detail", "Payment creation date", "created-at"},
    {"payments-api.txt", "coupa-pay-payment-detail", "Payment update date", "updated-at"},
    {"payments-api.txt", "coupa-pay-payment-detail", "Invoice Coupa ID", "source-transaction-id"},
    {"payments-api.txt", "coupa-pay-payment-detail", "Invoice Number", "source-transaction-reference"},
    {"payments-api.txt", "coupa-pay-payment-detail", "Total Amount", "payment-total"},
    {"payments-api.txt", "coupa-pay-payment-detail", "Payment Currency", "currency"},
    // The sample GET response.
    {"erp-payment-update.txt", "invoice-header", "id", "id"},
    {"erp-payment-update.txt", "invoice-header", "invoice-number", "invoice-number"},
    {"erp-payment-update.txt", "supplier", "name", "name"},
    // The payment payload.
    {"erp-payment-update.txt", "invoice-header", "paid", "paid"},
    {"erp-payment-update.txt", "invoice-header", "payment-date", "payment-date"},
    {"erp-payment-update.txt", "invoice-header", "payment-notes", "payment-notes"},
    {"erp-payment-update.txt", "invoice-header", "payments", "payments"},
    {"erp-payment-update.txt", "payment", "amount-paid", "amount-paid"},
    {"erp-payment-update.txt", "payment", "notes", "notes"},
    {"erp-payment-update.txt", "payment", "payment-date", "payment-date"},
    // The supplier API's own representation: no catalog field maps to it yet.
    {"supplier-get-invoice.txt", "invoice-header", "id"},
    {"supplier-get-invoice.txt", "invoice-header", "invoice_number"},
    {"supplier-get-invoice.txt", "invoice-header", "original_invoice_number"},
    {"supplier-get-invoice.txt", "invoice-header", "total_with_taxes"},
    {"supplier-get-invoice.txt", "invoice-header", "status"},
    {"supplier-get-invoice.txt", "invoice-header", "invoice_date"},
    {"supplier-get-invoice.txt", "invoice-header", "original_invoice_date"},
    {"supplier-get-invoice.txt", "invoice-header", "line_level_taxation"},
    {"supplier-get-invoice.txt", "invoice-header", "paid"},
    {"supplier-get-invoice.txt", "invoice-header", "document_type"},
    {"supplier-get-invoice.txt", "invoice-header", "enterprise_instance_url"},
    {"supplier-get-invoice.txt", "invoice-header", "created_at"},
    {"supplier-get-invoice.txt", "invoice-header", "updated_at"},
    {"supplier-get-invoice.txt", "invoice-header", "invoice_lines"},
    {"supplier-get-invoice.txt", "invoice-line", "id"},
    {"supplier-get-invoice.txt", "invoice-line", "description"},
    {"supplier-get-invoice.txt", "invoice-line", "line_num"},
    {"supplier-get-invoice.txt", "invoice-line", "price"},
    {"supplier-get-invoice.txt", "invoice-line", "total"},
    {"supplier-get-invoice.txt", "invoice-line", "uom"},
    {"supplier-get-invoice.txt", "invoice-line", "status"},
    {"supplier-get-invoice.txt", "invoice-line", "quantity"},
    {"supplier-get-invoice.txt", "invoice-line", "tax_amount"},
    {"supplier-get-invoice.txt", "invoice-header", "tax_amount"},
    {"supplier-get-invoice.txt", "invoice-header", "currency"},
    {"supplier-get-invoice.txt", "invoice-header", "discount_due_date"},
    {"supplier-get-invoice.txt", "invoice-header", "net_due_date"},
    {"supplier-get-invoice.txt", "invoice-header", "dispute_reason"},
};

// A route a spec document names, as "METHOD", "/path/:param".
struct SpecRoute {
  std::string_view document;
  std::string_view method;
  std::string_view path;
};

inline constexpr SpecRoute kSpecRoutes[] = {
    // The route table of invoices-api.txt, in its order.
    {"invoices-api.txt", "PUT", "/api/invoices/:id/dispute"},
    {"invoices-api.txt", "PUT", "/api/invoices/:id/flip_to_advance_ship_notice"},
    {"invoices-api.txt", "PUT", "/api/invoices/:id/image_scan"},
    {"invoices-api.txt", "GET", "/api/invoices"},
    {"invoices-api.txt", "GET", "/api/invoices/:id/retrieve_image_scan"},
    {"invoices-api.txt", "GET", "/api/invoices/:id"},
    {"invoices-api.txt", "PUT", "/api/invoices/:id/submit"},
    {"invoices-api.txt", "GET", "/api/invoices/new/submit_for_approval"},
    {"invoices-api.txt", "PATCH", "/api/invoices/:id"},
    {"invoices-api.txt", "PUT", "/api/invoices/:id"},
    {"invoices-api.txt", "PUT", "/api/invoices/:id/update_line_accounts"},
    {"invoices-api.txt", "PUT", "/api/invoices/:id/void"},
    // "API operations supported: GET, PUT (only to mark exported)".
    {"payments-api.txt", "GET", "/api/coupa_pay/payments"},
    {"payments-api.txt", "GET", "/api/coupa_pay/payments/:id"},
    {"payments-api.txt", "PUT", "/api/coupa_pay/payments/:id"},
    // The GET and POST of "Using API", and the CSV loads' monitor.
    {"erp-payment-update.txt", "GET", "/api/invoices"},
    {"erp-payment-update.txt", "POST", "/api/invoices/:id"},
    {"erp-payment-update.txt", "GET", "/data_sources"},
    {"supplier-get-invoice.txt", "GET", "/api/v1/invoices/:id"},
};

}  // namespace apbridge::model::testing
