// The scope table, as data.
#include "model/api_scopes.hpp"

#include <algorithm>
#include <iterator>

#include "model/api_resources.hpp"

namespace apbridge::model {
namespace {

struct ResourceScopes {
  std::string_view api_resource;
  std::string_view read;   // index, show and the other GET actions
  std::string_view write;  // every other action, unless listed below
};

constexpr ResourceScopes kResourceScopes[] = {
    {"invoices", "core.invoice.read", "core.invoice.write"},
    {"coupa_pay/payments", "core.pay.payments.read", "core.pay.payments.write"},
    {"approvals", "core.approval.read", "core.approval.write"},
    {"comments", "core.comment.read", "core.comment.write"},
    {"data_file_sources", "core.integration.read", "core.integration.write"},
    // apbridge's own admin routes (pay runs, faults); no Coupa client asks for it.
    {kAdminResource, "apbridge.admin", "apbridge.admin"},
};

struct ActionScope {
  std::string_view api_resource;
  std::string_view action;
  std::string_view scope;
};

// The actions whose scope is neither the resource's read nor its write one.
constexpr ActionScope kActionScopes[] = {
    {"invoices", "retrieve_image_scan", "core.invoice.read"},
    {"invoices", "create", "core.invoice.create"},
    {"invoices", "submit_for_approval", "core.invoice.create"},
    {"invoices", "destroy", "core.invoice.delete"},
    {"invoices", "add_approver", "core.invoice.approval.write"},
    {"invoices", "remove_approval", "core.invoice.approval.write"},
    {"invoices", "restart_approvals", "core.invoice.approval.write"},
    {"invoices", "bypass_approvals", "core.invoice.approval.bypass"},
};

constexpr std::string_view kKnownScopes[] = {
    "core.invoice.read",
    "core.invoice.write",
    "core.invoice.create",
    "core.invoice.delete",
    "core.invoice.approval.write",
    "core.invoice.approval.bypass",
    "core.pay.payments.read",
    "core.pay.payments.write",
    "core.approval.read",
    "core.approval.write",
    "core.comment.read",
    "core.comment.write",
    "core.integration.read",
    "core.integration.write",
    "core.common.read",
    "apbridge.admin",
    kSupplierInvoicesRead,
    "openid",
    "profile",
    "email",
    "login",
    "offline_access",
};

}  // namespace

std::string_view ScopeFor(std::string_view api_resource, std::string_view action) {
  const auto actions = ActionsOf(api_resource);
  if (std::find(actions.begin(), actions.end(), action) == actions.end()) return {};
  for (const ActionScope& a : kActionScopes) {
    if (a.api_resource == api_resource && a.action == action) return a.scope;
  }
  const auto* r = std::find_if(std::begin(kResourceScopes), std::end(kResourceScopes),
                               [&](const ResourceScopes& s) { return s.api_resource == api_resource; });
  if (r == std::end(kResourceScopes)) return {};
  return action == "index" || action == "show" ? r->read : r->write;
}

std::span<const std::string_view> KnownScopes() { return kKnownScopes; }

}  // namespace apbridge::model
