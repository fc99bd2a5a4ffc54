// `apbridge payrun create`: command-line wiring around CreatePayRun; prints
// the batch and each payment it created.
#include "app/payrun_command.hpp"

#include <iostream>

#include "app/command_error.hpp"
#include "app/stop_signals.hpp"
#include "app/table_output.hpp"
#include "model/fields.hpp"
#include "resources/coupa_pay/pay_run.hpp"

namespace apbridge::app {
namespace {

namespace payment = model::coupa_pay_payment;

// One table row per payment: what an operator checks before approving the batch.
Result<std::vector<std::vector<std::string>>> PaymentRows(storage::Store& store,
                                                          const model::Catalog& catalog,
                                                          const resources::coupa_pay::PayRun& run) {
  const model::Resource& payments = catalog.Get(model::defs::kCoupaPayPayment.name);
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kRead));
  std::vector<std::vector<std::string>> rows;
  for (int64_t id : run.payment_ids) {
    APB_TRY(model::RecordPtr p, uow->Get(id, *payments.projection(model::Shape::kFull)));
    const model::RecordPtr* currency = p->Get(payment::kPayToCurrency);
    const model::RecordPtr* from = p->Get(payment::kPayFromAccount);
    rows.push_back(
        {std::to_string(id), p->GetOr(payment::kPaymentIdentifier, ""),
         std::to_string(p->GetOr(payment::kPaymentDetails, {}).size()),
         p->GetOr(payment::kPayToTotal, Decimal::FromInt(0)).ToString(2),
         currency != nullptr && *currency != nullptr ? (*currency)->GetString("code").value_or("") : "",
         from != nullptr && *from != nullptr ? (*from)->GetString("account-name").value_or("") : "",
         p->GetOr(payment::kDescription, "")});
  }
  return rows;
}

}  // namespace

PayrunCommand::PayrunCommand(CLI::App& parent) {
  command_ = parent.add_subcommand("payrun", "Create Coupa Pay payment batches (pay runs)");
  command_->require_subcommand(1);
  command_->fallthrough();
  AddDatabaseFlags(*command_, database_);
  command_->footer(
      "A pay run pays approved, unpaid invoices (and with --all expense reports) that no open payment\n"
      "pays yet: one payment batch, one draft payment per payee, currency and pay-from account, one\n"
      "payment detail per document.\n"
      "Examples:\n"
      "  apbridge payrun create --supplier 'Northwind Office Supplies'\n"
      "  apbridge payrun create --all --pay-from 'XYZBank Operating USD'\n");
  create_ = command_->add_subcommand("create", "Create a pay run in one transaction and list its payments");
  auto* supplier = create_->add_option("--supplier", supplier_, "A supplier's id or name: its invoices only");
  create_->add_option("--pay-from", pay_from_,
                      "A pay-from account's id or account-name: only what it pays (default: the first "
                      "active account paying each document's currency and type)");
  create_->add_flag("--all", all_, "Every supplier's invoices and every expense report")->excludes(supplier);
}

int PayrunCommand::Run() {
  UnblockStopSignals();
  auto store = OpenDatabase(database_.data_dir, database_.db);
  if (!store) return ReportCommandError("payrun", "create", store.error());
  resources::coupa_pay::PayRunOptions options;
  if (!supplier_.empty()) options.supplier = supplier_;
  if (!pay_from_.empty()) options.pay_from = pay_from_;
  options.all = all_;
  SystemClock clock;
  const model::Catalog& catalog = model::Catalog::Coupa();
  auto run = resources::coupa_pay::CreatePayRun(**store, catalog, clock, options);
  if (!run) return ReportCommandError("payrun", "create", run.error());
  std::cout << "created payment batch " << run->batch_id << ": " << run->payment_ids.size()
            << " draft payment" << (run->payment_ids.size() == 1 ? "" : "s") << " of " << run->documents
            << " document" << (run->documents == 1 ? "" : "s") << "\n";
  auto rows = PaymentRows(**store, catalog, *run);
  if (!rows) return ReportCommandError("payrun", "create", rows.error());
  PrintTable(std::cout, {"ID", "IDENTIFIER", "DOCUMENTS", "TOTAL", "CURRENCY", "PAY FROM", "DESCRIPTION"},
             *rows);
  for (const auto& t : run->totals) std::cout << "total " << t.currency << " " << t.total.ToString(2) << "\n";
  return 0;
}

}  // namespace apbridge::app
