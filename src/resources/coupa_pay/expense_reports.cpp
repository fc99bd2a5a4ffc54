// Expense reports: made approved, marked paid by their completed payment.
#include "resources/coupa_pay/expense_reports.hpp"

#include <fmt/format.h>

#include "model/fields.hpp"
#include "resources/coupa_pay/payment_records.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::coupa_pay {
namespace report = model::expense_report;

std::string ExpenseReportNumber(int64_t id) { return fmt::format("ER-{}", id); }

model::RecordPtr MakeApprovedExpenseReport(const model::Catalog& catalog, const ExpenseReportSpec& spec) {
  auto r = model::Record::Make(catalog.Get(model::defs::kExpenseReport.name));
  r->Set(report::kId, spec.id);
  r->Set(report::kTitle, spec.title);
  r->Set(report::kReportNumber, ExpenseReportNumber(spec.id));
  r->Set(report::kExpensedBy, RecordRef(catalog, model::defs::kUser, spec.employee));
  r->Set(report::kCurrency, RecordRef(catalog, model::defs::kCurrency, spec.currency));
  r->Set(report::kTotal, spec.total);
  r->Set(report::kStatus, std::string("approved"));
  r->Set(report::kSubmittedAt, spec.submitted_at);
  r->Set(report::kPaid, false);
  r->SetNull(report::kPaidAt);
  StampCreated(*r, spec.submitted_at, Actor{spec.employee});
  return r;
}

Status MarkExpenseReportPaidIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t id,
                               Timestamp paid_on, const Actor& by, Timestamp now) {
  const model::Resource& resource = catalog.Get(model::defs::kExpenseReport.name);
  APB_TRY(model::RecordPtr current, uow.Get(id, *resource.projection(model::Shape::kStored)));
  if (current->GetOr(report::kPaid, false)) return Ok();
  auto update = model::Record::Make(resource);
  update->Set(report::kId, id);
  update->Set(report::kStatus, std::string("paid"));
  update->Set(report::kPaid, true);
  update->Set(report::kPaidAt, paid_on);
  StampUpdated(*update, *current, now, by);
  return uow.Update(*update);
}

}  // namespace apbridge::resources::coupa_pay
