// OAuth2 scopes (REFERENCE.md "Auth"): which scope each route of the route
// table needs of a bearer token, and the scopes a client may be given.
#pragma once

#include <span>
#include <string_view>

namespace apbridge::model {

// The scope of the supplier API (supplier-get-invoice.txt).
inline constexpr std::string_view kSupplierInvoicesRead = "csp.invoices.read";

// The scope a token needs for `action` on API resource `api_resource` (the
// names API keys are granted: "invoices", "index"): reads need the
// resource's `.read`, changes its `.write`, and invoices' create, delete and
// approval actions their own. Empty for a pair the route table lacks.
[[nodiscard]] std::string_view ScopeFor(std::string_view api_resource, std::string_view action);

// Every scope a client can be given: those ScopeFor answers, the supplier
// API's, and the ones clients routinely ask for beside them (openid, profile,
// core.common.read, core.integration.*), which grant nothing here.
[[nodiscard]] std::span<const std::string_view> KnownScopes();

}  // namespace apbridge::model
