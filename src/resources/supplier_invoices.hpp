// The supplier API's reads of invoices (supplier-get-invoice.txt): one by
// its UUID, or a page of them; a client made for a supplier sees only that
// supplier's invoices.
#pragma once

#include <optional>
#include <string>

#include "model/catalog.hpp"
#include "resources/principal.hpp"
#include "storage/store.hpp"

namespace apbridge::resources {

inline constexpr int64_t kSupplierPageLimit = 100;  // REFERENCE.md: limit defaults to 100

struct SupplierListRequest {
  int64_t page = 1;  // from 1
  int64_t limit = kSupplierPageLimit;
  std::optional<std::string> status;
  // An element of the supplier API's invoice (invoice_number, invoice_date,
  // created_at, updated_at, total_with_taxes, status, id); "-" before it: descending.
  std::string sort_by;
};

struct SupplierInvoicePage {
  model::RecordList invoices;
  int64_t total = 0;
  int64_t limit = 0;
  int64_t page = 0;
};

// Thread-safe; borrows the store and catalog.
class SupplierInvoices {
 public:
  SupplierInvoices(storage::Store& store, const model::Catalog& catalog);

  // The invoice whose UUID is `uuid`, loaded with model::SupplierInvoiceProjection.
  // NotFound "Invoice not found" when there is none the caller may see.
  [[nodiscard]] Result<model::RecordPtr> Show(const Principal& caller, std::string_view uuid) const;
  // A page of the invoices the caller may see. InvalidArgument naming the
  // parameter for a page below 1, a limit outside 1..100, an unknown sort_by.
  [[nodiscard]] Result<SupplierInvoicePage> List(const Principal& caller,
                                                 const SupplierListRequest& request) const;

 private:
  // The caller's invoices (all of them for a client of no supplier).
  query::Query Visible(const Principal& caller) const;

  storage::Store& store_;
  const model::Resource& invoices_;
  model::ProjectionPtr projection_;
};

}  // namespace apbridge::resources
