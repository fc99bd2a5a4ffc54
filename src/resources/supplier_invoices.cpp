// SupplierInvoices: the supplier API's look-ups over invoice headers.
#include "resources/supplier_invoices.hpp"

#include <fmt/format.h>

#include "common/text.hpp"
#include "model/fields.hpp"
#include "model/supplier_invoice_shape.hpp"
#include "resources/field_errors.hpp"

namespace apbridge::resources {
namespace {

namespace h = model::invoice_header;

struct SortKey {
  std::string_view name;
  int field;
};

constexpr SortKey kSortKeys[] = {
    {"id", h::kId.index},
    {"invoice_number", h::kInvoiceNumber.index},
    {"invoice_date", h::kInvoiceDate.index},
    {"created_at", h::kCreatedAt.index},
    {"updated_at", h::kUpdatedAt.index},
    {"total_with_taxes", h::kTotalWithTaxes.index},
    {"status", h::kStatus.index},
};

}  // namespace

SupplierInvoices::SupplierInvoices(storage::Store& store, const model::Catalog& catalog)
    : store_(store),
      invoices_(catalog.Get("invoice-header")),
      projection_(model::SupplierInvoiceProjection(catalog)) {}

query::Query SupplierInvoices::Visible(const Principal& caller) const {
  query::Query q;
  q.resource = &invoices_;
  if (caller.supplier_id) {
    const model::Resource& suppliers = *invoices_.Target(h::kSupplier.index);
    q.conditions.push_back(
        query::Condition{{{&invoices_, h::kSupplier.index}, {&suppliers, model::supplier::kId.index}},
                         query::Op::kEq,
                         {model::Value{*caller.supplier_id}}});
  }
  return q;
}

Result<model::RecordPtr> SupplierInvoices::Show(const Principal& caller, std::string_view uuid) const {
  query::Query q = Visible(caller);
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(invoices_, h::kSupplierApiId, std::string(uuid)));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList found, uow->Find(q, *projection_));
  // UUIDs match in any case (RFC 4122: case-insensitive on input), as the store compares text.
  if (found.empty()) return Fail(NotFound("Invoice not found"));
  return found.front();
}

Result<SupplierInvoicePage> SupplierInvoices::List(const Principal& caller,
                                                   const SupplierListRequest& r) const {
  if (r.page < 1) return Fail(FieldError("page", "page must be 1 or more"));
  if (r.limit < 1 || r.limit > kSupplierPageLimit) {
    return Fail(FieldError("limit", fmt::format("limit must be between 1 and {}", kSupplierPageLimit)));
  }
  query::Query q = Visible(caller);
  if (r.status) q.conditions.push_back(query::Equal(invoices_, h::kStatus, *r.status));
  if (!r.sort_by.empty()) {
    const bool descending = r.sort_by.front() == '-';
    const std::string_view name = std::string_view(r.sort_by).substr(descending ? 1 : 0);
    const auto* key = std::find_if(std::begin(kSortKeys), std::end(kSortKeys),
                                   [&](const SortKey& k) { return k.name == name; });
    if (key == std::end(kSortKeys)) {
      return Fail(FieldError("sort_by",
                             "sort_by must be one of id, invoice_number, invoice_date, created_at, "
                             "updated_at, total_with_taxes, status (a leading - sorts descending)"));
    }
    q.order.path = {{&invoices_, key->field}};
    q.order.descending = descending;
  }
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  SupplierInvoicePage page;
  APB_TRY(page.total, uow->Count(q));
  q.page.limit = static_cast<int>(r.limit);
  q.page.offset = (r.page - 1) * r.limit;
  APB_TRY(page.invoices, uow->Find(q, *projection_));
  page.limit = r.limit;
  page.page = r.page;
  return page;
}

}  // namespace apbridge::resources
