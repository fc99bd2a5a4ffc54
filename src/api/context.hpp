// What every api route family needs, wired once by the app.
#pragma once

#include "codec/codec.hpp"
#include "common/clock.hpp"
#include "common/faults.hpp"
#include "common/rate_limiter.hpp"
#include "model/catalog.hpp"
#include "query/read_request.hpp"
#include "resources/api_keys.hpp"
#include "resources/invoices/approval_decisions.hpp"
#include "resources/invoices/invoice_actions.hpp"
#include "resources/invoices/invoice_create.hpp"
#include "resources/invoices/invoice_update.hpp"
#include "resources/oauth_clients.hpp"
#include "resources/record_reader.hpp"
#include "resources/response_filters.hpp"
#include "resources/supplier_invoices.hpp"
#include "storage/store.hpp"

namespace apbridge::api {

// Borrowed references; all thread-safe. Lives as long as the server.
struct ApiContext {
  const model::Catalog& catalog;
  storage::Store& store;
  const Clock& clock;
  const resources::ApiKeys& keys;
  const resources::OAuthClients& oauth;                  // clients, tokens; POST /oauth2/token
  const resources::SupplierInvoices& supplier_invoices;  // /api/v1/invoices
  const resources::RecordReader& reader;
  const resources::ResponseFilters& filters;  // filter=<name>
  const resources::invoices::InvoiceUpdater& invoice_updater;
  const resources::invoices::InvoiceActions& invoice_actions;        // submit, void, dispute, ...
  const resources::invoices::ApprovalDecisions& approval_decisions;  // /api/approvals/:id/approve|reject
  const resources::invoices::InvoiceCreator& invoice_creator;
  codec::WriteOptions write_options;
  codec::ReadOptions read_options;  // request bodies
  query::ParseOptions query_options;
  // --refuse-invoice-create: POST /api/invoices answers as a Coupa without
  // the route (invoices-api.txt: "Coupa doesn't support POST of invoices").
  bool refuse_invoice_create = false;
  // Requests per API key or OAuth2 client on the core API; null: no limit (--rate-limit 0).
  RateLimiter* core_rate_limiter = nullptr;
  // Calls per OAuth2 client on the supplier API; null: no limit.
  RateLimiter* supplier_rate_limiter = nullptr;
  // The supplier API's enterprise_instance_url (--instance-url); empty: the URL the client called.
  std::string instance_url{};
  // Fault injection for connector tests (/admin/faults, the rules of the config
  // file); null: no faults and no /admin/faults routes.
  FaultInjector* faults = nullptr;
};

}  // namespace apbridge::api
