// Request/response header fields with case-insensitive names, in arrival order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace apbridge::http {

// An ordered list of header fields. Lookups ignore ASCII case; a repeated field
// keeps every value. Not thread-safe; a value type.
class Headers {
 public:
  using Field = std::pair<std::string, std::string>;

  void Add(std::string name, std::string value);
  // The first value of `name`, or nullopt when absent.
  [[nodiscard]] std::optional<std::string_view> Get(std::string_view name) const;
  [[nodiscard]] bool Has(std::string_view name) const { return Get(name).has_value(); }
  // Every value of `name`, in order.
  [[nodiscard]] std::vector<std::string_view> GetAll(std::string_view name) const;

  [[nodiscard]] size_t size() const { return fields_.size(); }
  [[nodiscard]] bool empty() const { return fields_.empty(); }
  [[nodiscard]] std::vector<Field>::const_iterator begin() const { return fields_.begin(); }
  [[nodiscard]] std::vector<Field>::const_iterator end() const { return fields_.end(); }

 private:
  std::vector<Field> fields_;
};

}  // namespace apbridge::http
