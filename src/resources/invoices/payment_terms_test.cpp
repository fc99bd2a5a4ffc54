// ComputeDueDates: a table of terms and invoice dates with their due dates,
// and a table of terms that must be rejected.
#include "resources/invoices/payment_terms.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace apbridge::resources::invoices {
namespace {

using Type = PaymentTerm::Type;

Decimal D(const char* text) { return *Decimal::Parse(text); }
Timestamp T(const char* text) { return *ParseTimestamp(text); }

PaymentTerm DaysAfterNet(int net_days, int discount_days = 0, const char* rate = "0") {
  return {.type = Type::kDaysAfterNet,
          .days_for_net_payment = net_days,
          .days_for_discount_payment = discount_days,
          .discount_rate = D(rate)};
}
PaymentTerm SpecificDayTerm(SpecificDay net, std::optional<SpecificDay> discount = {},
                            const char* rate = "0") {
  return {.type = Type::kSpecificDay, .net_due = net, .discount_due = discount, .discount_rate = D(rate)};
}

struct Case {
  const char* name;
  PaymentTerm term;
  const char* invoice_date;
  const char* net_due;
  const char* discount_due;  // "": none
  const char* discount_percent;
};

std::vector<Case> Cases() {
  return {
      {"Net 30", DaysAfterNet(30), "2019-03-04", "2019-04-03T23:59:59Z", "", "0"},
      {"2/10 Net 30", DaysAfterNet(30, 10, "2"), "2023-01-17", "2023-02-16T23:59:59Z", "2023-01-27T23:59:59Z",
       "2"},
      {"Net 0 is the invoice date's day", DaysAfterNet(0), "2020-05-05", "2020-05-05T23:59:59Z", "", "0"},
      {"counts from the invoice date's day, whatever its time", DaysAfterNet(30), "2019-03-04T18:30:00Z",
       "2019-04-03T23:59:59Z", "", "0"},
      {"a rate without discount days is no discount", DaysAfterNet(45, 0, "2"), "2019-03-04",
       "2019-04-18T23:59:59Z", "", "0"},
      {"into a leap day", DaysAfterNet(1), "2024-02-28", "2024-02-29T23:59:59Z", "", "0"},
      {"past February in a leap year", DaysAfterNet(30), "2024-02-15", "2024-03-16T23:59:59Z", "", "0"},
      {"past February in a common year", DaysAfterNet(30), "2023-02-15", "2023-03-17T23:59:59Z", "", "0"},
      {"into the next year", DaysAfterNet(30, 20, "1.5"), "2023-12-15", "2024-01-14T23:59:59Z",
       "2024-01-04T23:59:59Z", "1.5"},
      {"the last day a date can be written", DaysAfterNet(30), "9999-12-01", "9999-12-31T23:59:59Z", "", "0"},
      {"the 15th of the next month", SpecificDayTerm({.day = 15, .months = 1}), "2024-01-20",
       "2024-02-15T23:59:59Z", "", "0"},
      {"dated on the cutoff day: still this month's", SpecificDayTerm({15, 1, 25}), "2024-01-25",
       "2024-02-15T23:59:59Z", "", "0"},
      {"dated after the cutoff day: one month later", SpecificDayTerm({15, 1, 25}), "2024-01-26",
       "2024-03-15T23:59:59Z", "", "0"},
      {"a cutoff on the 31st never moves", SpecificDayTerm({15, 1, 31}), "2024-01-31", "2024-02-15T23:59:59Z",
       "", "0"},
      {"Jan 31 + 1 month in a common year", SpecificDayTerm({31, 1}), "2023-01-31", "2023-02-28T23:59:59Z",
       "", "0"},
      {"Jan 31 + 1 month in a leap year", SpecificDayTerm({31, 1}), "2024-01-31", "2024-02-29T23:59:59Z", "",
       "0"},
      {"the 31st of a 30-day month", SpecificDayTerm({31, 0}), "2024-04-10", "2024-04-30T23:59:59Z", "", "0"},
      {"the 30th of a leap February", SpecificDayTerm({30, 1}), "2024-01-05", "2024-02-29T23:59:59Z", "",
       "0"},
      {"this month", SpecificDayTerm({25, 0}), "2024-03-10", "2024-03-25T23:59:59Z", "", "0"},
      {"past the cutoff in December: into February", SpecificDayTerm({10, 1, 20}), "2023-12-21",
       "2024-02-10T23:59:59Z", "", "0"},
      {"two months from November", SpecificDayTerm({5, 2}), "2023-11-30", "2024-01-05T23:59:59Z", "", "0"},
      {"a year later", SpecificDayTerm({1, 12}), "2023-06-15", "2024-06-01T23:59:59Z", "", "0"},
      {"a specific-day discount with its own cutoff",
       // Net: May + 1 = June 30. Discount: May 28 is after the 25th, so May + 1 + 1 = July 10.
       SpecificDayTerm({30, 1}, SpecificDay{10, 1, 25}, "1.5"), "2024-05-28", "2024-06-30T23:59:59Z",
       "2024-07-10T23:59:59Z", "1.5"},
      {"a specific-day discount before its cutoff", SpecificDayTerm({30, 1}, SpecificDay{10, 1, 25}, "1.5"),
       "2024-05-25", "2024-06-30T23:59:59Z", "2024-06-10T23:59:59Z", "1.5"},
  };
}

TEST(ComputeDueDatesTest, ComputesTheTable) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(std::string(c.name) + " (" + c.invoice_date + ")");
    Result<DueDates> got = ComputeDueDates(c.term, T(c.invoice_date));
    ASSERT_TRUE(got) << got.error().message;
    EXPECT_EQ(FormatUtcZ(got->net_due), c.net_due);
    EXPECT_EQ(got->discount_due ? FormatUtcZ(*got->discount_due) : "", c.discount_due);
    EXPECT_EQ(got->discount_percent, D(c.discount_percent)) << got->discount_percent.ToString();
  }
}

struct Rejected {
  const char* name;
  PaymentTerm term;
  const char* message;  // a part of the error message
};

std::vector<Rejected> RejectedCases() {
  return {
      {"negative net days", DaysAfterNet(-1), "days-for-net-payment -1 is negative"},
      {"negative discount days", DaysAfterNet(30, -5, "2"), "days-for-discount-payment -5 is negative"},
      {"net days past the year 9999", DaysAfterNet(3'000'000), "after the year 9999"},
      {"a due day of 0", SpecificDayTerm({0, 1}), "net-due-day 0 is not between 1 and 31"},
      {"a due day of 32", SpecificDayTerm({32, 1}), "net-due-day 32"},
      {"a negative due month", SpecificDayTerm({15, -1}), "net-due-month -1 is negative"},
      {"a cutoff day of 0", SpecificDayTerm({15, 1, 0}), "net-cutoff-day 0 is not between 1 and 31"},
      {"a cutoff day of 32", SpecificDayTerm({15, 1, 32}), "net-cutoff-day 32"},
      {"a discount due day of 40", SpecificDayTerm({15, 1}, SpecificDay{40, 0}), "discount-due-day 40"},
      {"a discount cutoff day of -3", SpecificDayTerm({15, 1}, SpecificDay{5, 1, -3}),
       "discount-cutoff-day -3"},
      {"due months past the year 9999", SpecificDayTerm({15, 96'000}), "after the year 9999"},
      {"due months far past the year 9999", SpecificDayTerm({15, 2'000'000'000}), "after the year 9999"},
      {"a negative discount rate", DaysAfterNet(30, 10, "-2"), "discount-rate '-2' is not between 0 and 100"},
      {"a discount rate over 100%", DaysAfterNet(30, 10, "100.5"), "discount-rate '100.5'"},
  };
}

TEST(ComputeDueDatesTest, RejectsBadTerms) {
  for (const Rejected& c : RejectedCases()) {
    SCOPED_TRACE(c.name);
    Result<DueDates> got = ComputeDueDates(c.term, T("2024-01-15"));
    ASSERT_FALSE(got);
    EXPECT_EQ(got.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(got.error().message.find(c.message), std::string::npos) << got.error().message;
  }
}

}  // namespace
}  // namespace apbridge::resources::invoices
