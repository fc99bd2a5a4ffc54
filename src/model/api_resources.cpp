// The route table and its look-ups.
#include "model/api_resources.hpp"

#include "common/text.hpp"

namespace apbridge::model {
namespace {

constexpr ApiResource kApiResources[] = {
    {"invoices", "/api/invoices", "invoice-header"},
    {"coupa_pay/payments", "/api/coupa_pay/payments", "coupa-pay-payment"},
    {"comments", "/api/comments", "comment"},  // commentable-id=N: the comments of a document
};

// POST is erp-payment-update.txt's payment update, which expects 201.
constexpr ApiWriteRoute kApiWriteRoutes[] = {
    {"PUT", "/api/invoices/:id", "invoices", "update", 200},
    {"PATCH", "/api/invoices/:id", "invoices", "update", 200},
    {"POST", "/api/invoices/:id", "invoices", "update", 201},
    {"DELETE", "/api/invoices/:id", "invoices", "destroy", 200},  // only a new invoice
    {"POST", "/api/invoices/:id/comments", "comments", "create", 201},
    {"DELETE", "/api/invoices/:id/comments/:cid", "comments", "destroy", 200},
};

}  // namespace

std::span<const ApiResource> ApiResources() { return kApiResources; }

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
