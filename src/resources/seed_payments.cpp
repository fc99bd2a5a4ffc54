// Seed Coupa Pay payments: of approved invoices (one or two of a supplier in
// its currency) or of expense reports, in every status, from the pay-from
// accounts of the payment's currency.
#include <fmt/format.h>

#include <chrono>
#include <iterator>

#include "resources/seed_internal.hpp"

namespace apbridge::resources::demo {
namespace {

using std::chrono::days;
using std::chrono::hours;

// clang-format off
constexpr Share kStatuses[] = {
    {"completed_successfully", 600}, {"completed_with_errors", 60}, {"cancelled", 50},
    {"payment_initiated", 80}, {"payment_in_progress", 80}, {"approved", 70}, {"draft", 60},
};
constexpr std::string_view kErrors[] = {
    "ACH return R03: no account / unable to locate account",
    "Payment rejected by beneficiary bank: account name does not match",
    "Invalid routing number (R03)",
    "Account closed (R02)",
    "Beneficiary bank could not be reached; retry scheduled",
};
// clang-format on

// One in five payments reimburses an expense report.
constexpr int kExpensePercent = 20;
// Expense reports are not stored; their payments name ids from here.
constexpr int64_t kFirstExpenseReport = 10000000;
const Timestamp kFirstExpenseDate = At("2019-01-15");
constexpr int64_t kExpenseDays = 2830;

int64_t PayFromFor(Rng& rng, int64_t currency) {
  switch (currency) {
    case kEur: return kXyzEur;
    case kGbp: return kThamesideGbp;
    default: {
      const int weights[] = {50, 35, 15};
      const int64_t accounts[] = {kXyzUsd, kFirstUnionUsd, kXyzCard};
      return accounts[rng.Weighted(weights)];
    }
  }
}

std::vector<int64_t> ExpenseUsers() {
  std::vector<int64_t> out;
  for (size_t i = 0; i < Users().size(); ++i) {
    if (Users()[i].expense_user) out.push_back(static_cast<int64_t>(i + 1));
  }
  return out;
}

}  // namespace

PaymentGenerator::PaymentGenerator(uint64_t seed, std::vector<Payable> payable_invoices)
    : rng_(seed), invoices_(std::move(payable_invoices)) {}

CoupaPayPaymentDraft PaymentGenerator::Next(int64_t sequence) {
  static const std::vector<int64_t> expense_users = ExpenseUsers();
  CoupaPayPaymentDraft d;
  d.sequence = sequence;
  d.status = rng_.Draw(kStatuses);
  Timestamp due;
  if (next_invoice_ < invoices_.size() && !rng_.Percent(kExpensePercent)) {
    d.documents.push_back(invoices_[next_invoice_++]);
    // Sometimes a second invoice of the same supplier and currency.
    if (next_invoice_ < invoices_.size() && rng_.Percent(30)) {
      const Payable& next = invoices_[next_invoice_];
      if (next.supplier == d.documents[0].supplier && next.currency == d.documents[0].currency) {
        d.documents.push_back(next);
        ++next_invoice_;
      }
    }
    due = d.documents[0].due;
  } else {
    const int64_t user = expense_users[static_cast<size_t>(rng_.Between(0, std::ssize(expense_users) - 1))];
    const int64_t report = kFirstExpenseReport + sequence;
    d.documents.push_back(Payable{report, fmt::format("ER-{}", report), "ExpenseReport", 0, user, kUsd,
                                  Decimal::FromScaled(rng_.Between(2500, 450000), 2),
                                  FullName(ById(Users(), user)), {}});
    due = kFirstExpenseDate + days{rng_.Between(0, kExpenseDays)};
  }
  d.pay_from = PayFromFor(rng_, d.documents[0].currency);
  d.created_at = due - days{rng_.Between(1, 5)} + hours{17};
  d.updated_at = d.created_at + hours{rng_.Between(1, 240)};
  if (d.status == "completed_with_errors") {
    d.error_text = Str(rng_.Pick(std::span<const std::string_view>(kErrors)));
  }
  if ((d.status == "completed_successfully" || d.status == "completed_with_errors") && rng_.Percent(75)) {
    d.exported_at = d.updated_at + hours{rng_.Between(6, 30)};
  }
  return d;
}

}  // namespace apbridge::resources::demo
