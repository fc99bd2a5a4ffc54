// ComputeDueDates: the term's days or specific day of a later month, on
// std::chrono's calendar, each due date at the end of its day.
#include "resources/invoices/payment_terms.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>

#include "resources/invoices/limits.hpp"

namespace apbridge::resources::invoices {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// Due dates fall at the end of their day, as Coupa computes them.
constexpr auto kEndOfDay = std::chrono::hours{23} + std::chrono::minutes{59} + std::chrono::seconds{59};
// The last day a due date may fall on: timestamps are written with four-digit years.
constexpr sys_days kLastDueDay{std::chrono::year{9999} / std::chrono::December / 31};
// Months enough to pass kLastDueDay from any invoice date, few enough not to overflow year_month.
constexpr int kMaxMonths = 12 * 10000;

Status CheckNotNegative(std::string_view field, int value) {
  if (value >= 0) return Ok();
  return Fail(InvalidArgument(std::string(field) + " " + std::to_string(value) + " is negative"));
}

Status CheckDayOfMonth(std::string_view field, int value) {
  if (value >= 1 && value <= 31) return Ok();
  return Fail(InvalidArgument(std::string(field) + " " + std::to_string(value) + " is not between 1 and 31"));
}

Error TooLate() { return InvalidArgument("the payment term's due date falls after the year 9999"); }

// The end of `day`, or InvalidArgument past kLastDueDay.
Result<Timestamp> EndOf(sys_days day) {
  if (day > kLastDueDay) return Fail(TooLate());
  return day + kEndOfDay;
}

Result<Timestamp> DaysAfter(sys_days invoice_day, std::string_view field, int count) {
  APB_TRY_STATUS(CheckNotNegative(field, count));
  return EndOf(invoice_day + days{count});
}

// `rule` from the invoice's day; `prefix` names its fields (net or discount).
Result<Timestamp> SpecificDayAfter(sys_days invoice_day, std::string_view prefix, const SpecificDay& rule) {
  const std::string name(prefix);
  APB_TRY_STATUS(CheckDayOfMonth(name + "-due-day", rule.day));
  APB_TRY_STATUS(CheckNotNegative(name + "-due-month", rule.months));
  if (rule.months > kMaxMonths) return Fail(TooLate());
  if (rule.cutoff_day) APB_TRY_STATUS(CheckDayOfMonth(name + "-cutoff-day", *rule.cutoff_day));
  const year_month_day invoiced{invoice_day};
  const bool after_cutoff = rule.cutoff_day && invoiced.day() > std::chrono::day(*rule.cutoff_day);
  const std::chrono::year_month month =
      invoiced.year() / invoiced.month() + std::chrono::months{rule.months + (after_cutoff ? 1 : 0)};
  const std::chrono::day last = (month / std::chrono::last).day();
  return EndOf(sys_days{month / std::min(std::chrono::day(rule.day), last)});
}

}  // namespace

Result<DueDates> ComputeDueDates(const PaymentTerm& term, Timestamp invoice_date) {
  const sys_days invoice_day = std::chrono::floor<days>(invoice_date);
  DueDates due;
  if (term.type == PaymentTerm::Type::kDaysAfterNet) {
    APB_TRY(due.net_due, DaysAfter(invoice_day, "days-for-net-payment", term.days_for_net_payment));
    if (term.days_for_discount_payment != 0) {
      APB_TRY(due.discount_due,
              DaysAfter(invoice_day, "days-for-discount-payment", term.days_for_discount_payment));
    }
  } else {
    APB_TRY(due.net_due, SpecificDayAfter(invoice_day, "net", term.net_due));
    if (term.discount_due) {
      APB_TRY(due.discount_due, SpecificDayAfter(invoice_day, "discount", *term.discount_due));
    }
  }
  APB_TRY(const Decimal rate, CheckedRate("discount-rate", term.discount_rate, kMaxDiscountRate));
  if (due.discount_due) due.discount_percent = rate;
  return due;
}

}  // namespace apbridge::resources::invoices
