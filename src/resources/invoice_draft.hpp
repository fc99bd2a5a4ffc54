// An invoice to generate, as plain values (InvoiceDraft), and the one function
// that turns it into a complete invoice record: lines, taxes, totals, due
// dates and the ERP's payments. Shared by the demo data set and `seed`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "resources/demo_data_internal.hpp"

namespace apbridge::resources::demo {

struct LineDraft {
  std::string description;
  Decimal price;
  Decimal quantity;
  int64_t account = 0;
  int64_t uom = kEach;
};

enum class Settlement {
  kOpen,        // no payment recorded on the invoice
  kPaid,        // one payment of the whole total on `paid_on`
  kPaidInTwo,   // half 30 days before `paid_on`, the rest on `paid_on`
  kPartlyPaid,  // half on `paid_on`; still unpaid
};

// The supplier facts an invoice copies (terms, how it is paid).
struct SupplierTerms {
  int64_t id = 0;
  int64_t payment_term = 0;
  std::string_view payment_method;  // ACH, Check, Wire: prefixes payment references
};

struct InvoiceDraft {
  int64_t id = 0;
  std::string number;
  SupplierTerms supplier;
  std::string_view status;
  int64_t currency = 0;
  Timestamp invoice_date;
  Timestamp updated_at;
  int64_t requester = 0;  // also decides the ship-to address (the requester's)
  int64_t updated_by = 0;
  int64_t tax_code = kNoTax;
  bool line_level_taxation = false;
  Settlement settlement = Settlement::kOpen;
  Timestamp paid_on;
  std::optional<Timestamp> exported_at;
  std::vector<LineDraft> lines;
  int64_t contract = 0;
  // A credit note: the number and date of the invoice it credits.
  std::string credit_of;
  Timestamp credit_of_date;
};

// The invoice record with its lines, tax lines and payments, totals exact.
[[nodiscard]] model::RecordPtr MakeInvoice(const Builder& b, const InvoiceDraft& draft);

// What Coupa Pay may pay for the inserted `invoice` (made by MakeInvoice).
[[nodiscard]] Payable InvoicePayable(const model::Record& invoice, const InvoiceDraft& draft,
                                     std::string supplier_name);

}  // namespace apbridge::resources::demo
