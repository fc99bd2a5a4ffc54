// The route table and its look-ups.
#include "model/api_resources.hpp"

#include <algorithm>
#include <iterator>

#include "common/text.hpp"

namespace apbridge::model {
namespace {

constexpr ApiResource kApiResources[] = {
    {"invoices", "/api/invoices", "invoice-header"},
    {"coupa_pay/payments", "/api/coupa_pay/payments", "coupa-pay-payment"},
    {"approvals", "/api/approvals", "approval"},
    {"comments", "/api/comments", "comment"},  // commentable-id=N: the comments of a document
    // The loads of flat files (Incoming/...), as /data_sources lists them.
    {"data_file_sources", "/api/data_file_sources", "data-file-source"},
};

// POST is erp-payment-update.txt's payment update, which expects 201.
constexpr ApiWriteRoute kApiWriteRoutes[] = {
    {"PUT", "/api/invoices/:id", "invoices", "update", 200},
    {"PATCH", "/api/invoices/:id", "invoices", "update", 200},
    {"POST", "/api/invoices/:id", "invoices", "update", 201},
    {"DELETE", "/api/invoices/:id", "invoices", "destroy", 200},  // only a new invoice
    {"POST", "/api/invoices", "invoices", "create", 201},         // a draft (newer Coupa)
    // Created and submitted in one (the spec lists GET; clients POST).
    {"GET", "/api/invoices/new/submit_for_approval", "invoices", "submit_for_approval", 201},
    {"POST", "/api/invoices/new/submit_for_approval", "invoices", "submit_for_approval", 201},
    // The status machine's actions (resources/invoices/invoice_status_machine.cpp).
    {"PUT", "/api/invoices/:id/submit", "invoices", "submit", 200},
    {"PUT", "/api/invoices/:id/void", "invoices", "void", 200},
    {"PUT", "/api/invoices/:id/dispute", "invoices", "dispute", 200},
    {"PUT", "/api/invoices/:id/withdraw_dispute", "invoices", "withdraw_dispute", 200},
    {"PUT", "/api/invoices/:id/abandon", "invoices", "abandon", 200},
    {"PUT", "/api/invoices/:id/flip_to_advance_ship_notice", "invoices", "flip_to_advance_ship_notice", 200},
    {"PUT", "/api/invoices/:id/bypass_approvals", "invoices", "bypass_approvals", 200},
    {"PUT", "/api/invoices/:id/restart_approvals", "invoices", "restart_approvals", 200},
    {"PUT", "/api/invoices/:id/add_approver", "invoices", "add_approver", 200},
    {"PUT", "/api/invoices/:id/remove_approval", "invoices", "remove_approval", 200},
    {"PUT", "/api/invoices/:id/update_line_accounts", "invoices", "update_line_accounts", 200},
    {"PUT", "/api/invoices/:id/revalidate_tolerances", "invoices", "revalidate_tolerances", 200},
    {"PUT", "/api/approvals/:id/approve", "approvals", "approve", 200},
    {"PUT", "/api/approvals/:id/reject", "approvals", "reject", 200},
    {"PUT", "/api/invoices/:id/image_scan", "invoices", "image_scan", 200},
    {"GET", "/api/invoices/:id/retrieve_image_scan", "invoices", "retrieve_image_scan", 200},
    {"POST", "/api/invoices/:id/comments", "comments", "create", 201},
    {"DELETE", "/api/invoices/:id/comments/:cid", "comments", "destroy", 200},
    // payments-api.txt: "PUT (only to mark exported)"; the key needs coupa_pay/payments:update.
    {"PUT", "/api/coupa_pay/payments/:id", "coupa_pay/payments", "update", 200},
    {"PUT", "/api/coupa_pay/payments/:id/export", "coupa_pay/payments", "update", 200},
};

constexpr std::string_view kTokenEndpointPaths[] = {"/oauth2/token", "/oauth2/access_tokens"};
constexpr std::string_view kSupplierInvoiceShowPaths[] = {"/api/v1/invoices/:id", "/api/v1/invoice/:id"};

// The routes of the admin namespace, by the action their permission names.
constexpr std::string_view kAdminActions[] = {"pay_runs", "faults"};

}  // namespace

std::span<const ApiResource> ApiResources() { return kApiResources; }

std::span<const std::string_view> AdminActions() { return kAdminActions; }

std::span<const std::string_view> TokenEndpointPaths() { return kTokenEndpointPaths; }

std::span<const std::string_view> SupplierInvoiceShowPaths() { return kSupplierInvoiceShowPaths; }

std::vector<std::string_view> ActionsOf(std::string_view name) {
  if (name == kAdminResource) return {std::begin(kAdminActions), std::end(kAdminActions)};
  std::vector<std::string_view> actions;
  // Grants name resources exactly (ApiResourceNamed also takes copied endpoints).
  const bool known = std::any_of(std::begin(kApiResources), std::end(kApiResources),
                                 [name](const ApiResource& r) { return r.name == name; });
  if (!known) return actions;
  actions = {"index", "show"};
  for (const ApiWriteRoute& r : kApiWriteRoutes) {
    if (r.api_resource == name && std::find(actions.begin(), actions.end(), r.action) == actions.end()) {
      actions.push_back(r.action);
    }
  }
  return actions;
}

std::span<const ApiWriteRoute> ApiWriteRoutes() { return kApiWriteRoutes; }

std::string ApiResourceNames() {
  std::string out;
  for (const ApiResource& r : kApiResources) out += (out.empty() ? "" : ", ") + std::string(r.name);
  return out;
}

const ApiResource* ApiResourceNamed(std::string_view name) {
  name = Trim(name);
  if (name.starts_with('/')) name.remove_prefix(1);
  if (IStartsWith(name, "api/")) name.remove_prefix(4);
  while (name.ends_with('/')) name.remove_suffix(1);
  for (const ApiResource& r : kApiResources) {
    if (IEquals(r.name, name)) return &r;
  }
  return nullptr;
}

const ApiResource* ApiResourceServing(std::string_view resource) {
  for (const ApiResource& r : kApiResources) {
    if (r.resource == resource) return &r;
  }
  return nullptr;
}

}  // namespace apbridge::model
