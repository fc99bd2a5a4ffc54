// The resource catalog: every resource apbridge serves, declared once.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "model/resource.hpp"

namespace apbridge::model {

// All resources, resolved and cross-checked. Built once; immutable and
// thread-safe afterwards. A broken declaration (unknown target, duplicate
// field) is a bug and throws std::logic_error at first use.
class Catalog {
 public:
  // The catalog of Coupa resources (invoices, Coupa Pay and what they reference).
  static const Catalog& Coupa();
  // Coupa's catalog plus an instance's custom fields; InvalidArgument when
  // one breaks a rule of ValidateCustomField or two share a name.
  static Result<std::unique_ptr<const Catalog>> CoupaWith(std::span<const CustomFieldDef> custom);

  explicit Catalog(std::span<const ResourceDef* const> defs, std::span<const CustomFieldDef> custom = {});

  // By singular name ("invoice-header"), dash or underscore; nullptr if unknown.
  [[nodiscard]] const Resource* Find(std::string_view name) const;
  // Like Find, but a missing resource is a bug (throws std::logic_error).
  [[nodiscard]] const Resource& Get(std::string_view name) const;
  [[nodiscard]] const std::vector<std::unique_ptr<Resource>>& resources() const { return resources_; }

 private:
  std::vector<std::unique_ptr<Resource>> resources_;
};

// The declarations, one per catalog_*.cpp file.
std::span<const ResourceDef* const> CoupaResourceDefs();

}  // namespace apbridge::model
