// What every api route family needs, wired once by the app.
#pragma once

#include "codec/codec.hpp"
#include "common/clock.hpp"
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
#include "storage/store.hpp"

namespace apbridge::api {

// Borrowed references; all thread-safe. Lives as long as the server.
struct ApiContext {
  const model::Catalog& catalog;
  storage::Store& store;
  const Clock& clock;
  const resources::ApiKeys& keys;
  const resources::OAuthClients& oauth;  // clients, tokens; POST /oauth2/token
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
};

}  // namespace apbridge::api
