// The supplier API's JSON (supplier-get-invoice.txt): snake_case keys, the
// UUID as id, datetimes in UTC with Z, amounts as JSON numbers, the
// currency and unit as their codes, the dispute reason as a string.
#pragma once

#include <string>
#include <string_view>

#include "model/record.hpp"

namespace apbridge::codec {

// Appends one invoice loaded with model::SupplierInvoiceProjection.
// `instance_url` is enterprise_instance_url.
void AppendSupplierInvoice(const model::Record& invoice, std::string_view instance_url, std::string* out);

// The list envelope of REFERENCE.md: {"data": [...], "total", "limit",
// "current", "num_pages"}.
struct SupplierPageInfo {
  int64_t total = 0;
  int64_t limit = 0;
  int64_t current = 0;  // the page, from 1
};
[[nodiscard]] std::string WriteSupplierInvoicePage(const model::RecordList& invoices,
                                                   std::string_view instance_url,
                                                   const SupplierPageInfo& page);

}  // namespace apbridge::codec
