// Payment terms: when an invoice falls due, net and for the early-payment
// discount, under both kinds of term of the catalog's `payment-term`.
#pragma once

#include <optional>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "common/timestamp.hpp"

namespace apbridge::resources::invoices {

// A due date on a set day of a later month (SpecificDayPaymentTerm's
// net-due-day, net-due-month, net-cutoff-day, or the discount-* ones).
struct SpecificDay {
  int day = 1;     // 1..31; past the end of the month it means the month's last day
  int months = 0;  // months after the invoice date's month
  // Invoices dated after this day of their month (1..31) count from the next month.
  std::optional<int> cutoff_day{};
};

// A payment term as the catalog declares it.
struct PaymentTerm {
  enum class Type {
    kDaysAfterNet,  // DaysAfterNetPaymentTerm: due a number of days after the invoice date
    kSpecificDay,   // SpecificDayPaymentTerm: due on a day of a later month
  };
  Type type = Type::kDaysAfterNet;
  int days_for_net_payment = 0;               // kDaysAfterNet
  int days_for_discount_payment = 0;          // kDaysAfterNet; 0: no early-payment discount
  SpecificDay net_due{};                      // kSpecificDay
  std::optional<SpecificDay> discount_due{};  // kSpecificDay; none: no early-payment discount
  Decimal discount_rate{};                    // percent off when paid by the discount due date
};

struct DueDates {
  Timestamp net_due{};
  std::optional<Timestamp> discount_due{};  // none when the term has no early-payment discount
  Decimal discount_percent{};               // the term's discount-rate, zero without a discount
};

// The due dates of an invoice dated `invoice_date` under `term`. The term
// counts from the invoice date's day in UTC (date-only values are midnight
// UTC); each due date is the end of its day, 23:59:59 UTC. A specific day past
// the end of its month is the month's last day (Jan 31 + 1 month: Feb 28 or
// 29). InvalidArgument when a days count or months count is negative, a day or
// cutoff day is outside 1..31, the discount rate is outside 0..100 percent, or
// a due date would fall after the year 9999.
[[nodiscard]] Result<DueDates> ComputeDueDates(const PaymentTerm& term, Timestamp invoice_date);

}  // namespace apbridge::resources::invoices
