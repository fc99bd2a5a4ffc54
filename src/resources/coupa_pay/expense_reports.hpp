// The rules of the expense reports Coupa Pay pays (the internal
// expense-report resource): how one is made approved, how payment details
// name it, and marking it paid when the payment that pays it completes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "model/record.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::coupa_pay {

// What payment details name expense report `id` by (its report-number and
// their source-transaction-reference): "ER-<id>".
[[nodiscard]] std::string ExpenseReportNumber(int64_t id);

// An approved, unpaid expense report to insert.
struct ExpenseReportSpec {
  int64_t id = 0;  // kept: payment details name it
  std::string title;
  int64_t employee = 0;  // the user reimbursed (expensed-by)
  int64_t currency = 0;  // currency id
  Decimal total;
  Timestamp submitted_at;  // also its created-at and updated-at; the employee made it
};
[[nodiscard]] model::RecordPtr MakeApprovedExpenseReport(const model::Catalog& catalog,
                                                         const ExpenseReportSpec& spec);

// Marks expense report `id` paid (status paid, paid, paid-at = paid_on,
// updated-at = now, updated-by = by) in `uow`, for the payment that paid it.
// A report already paid is left as it is (a payment completes once; a second
// call writes nothing). NotFound when there is no such report.
[[nodiscard]] Status MarkExpenseReportPaidIn(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                             int64_t id, Timestamp paid_on, const Actor& by, Timestamp now);

}  // namespace apbridge::resources::coupa_pay
