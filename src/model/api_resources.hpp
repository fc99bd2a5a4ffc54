// The route table: every catalog resource the core API serves, under which
// path and under which name API keys are granted permissions on it.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace apbridge::model {

struct ApiResource {
  std::string_view name;      // permissions and response filters name it: "invoices"
  std::string_view path;      // its index route; show is path + "/:id"
  std::string_view resource;  // the catalog resource answered: "invoice-header"
};

// A route beyond index and show: its method ("PUT"), path with :id, the
// API resource it belongs to and the action its permission names.
struct ApiWriteRoute {
  std::string_view method;
  std::string_view path;
  std::string_view api_resource;  // ApiResource::name
  std::string_view action;        // "update", "destroy": keys are granted invoices:update
  int status;                     // the success status
};

// The write routes served, in registration order (the api layer registers
// exactly these; docs/PARITY.md is held to them).
[[nodiscard]] std::span<const ApiWriteRoute> ApiWriteRoutes();

// Every API resource with index and show routes, in registration order.
[[nodiscard]] std::span<const ApiResource> ApiResources();

// The paths of the OAuth2 token endpoint (POST; Coupa's spec files name both).
[[nodiscard]] std::span<const std::string_view> TokenEndpointPaths();

// The permission resource of apbridge's own admin routes (/admin/...), and
// the actions it grants ("admin:pay_runs").
inline constexpr std::string_view kAdminResource = "admin";
[[nodiscard]] std::span<const std::string_view> AdminActions();

// The actions a key can be granted on API resource `name` (index, show and
// those of its write routes; the admin actions for kAdminResource), in
// table order without repeats; empty for an unknown name.
[[nodiscard]] std::vector<std::string_view> ActionsOf(std::string_view name);

// "invoices, coupa_pay/payments": the names, for messages.
[[nodiscard]] std::string ApiResourceNames();
// By name ("invoices", "coupa_pay/payments"; case-insensitive, and a copied
// endpoint such as "/api/invoices/" is accepted); nullptr if none.
[[nodiscard]] const ApiResource* ApiResourceNamed(std::string_view name);
// The API resource that answers with catalog resource `resource`; nullptr if none.
[[nodiscard]] const ApiResource* ApiResourceServing(std::string_view resource);

}  // namespace apbridge::model
