// PaymentSimulator: each payment's fate from (seed, id), the status machine
// of the partner, and one claimed write transaction per transition.
#include "resources/coupa_pay/payment_simulator.hpp"

#include <fmt/format.h>

#include <array>
#include <memory>

#include "common/decimal.hpp"
#include "common/log.hpp"
#include "common/splitmix64.hpp"
#include "model/fields.hpp"
#include "resources/coupa_pay/paid_documents.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace pay = model::coupa_pay_payment;

constexpr std::string_view kDraft = "draft";
constexpr std::string_view kApproved = "approved";
constexpr std::string_view kInitiated = "payment_initiated";
constexpr std::string_view kInProgress = "payment_in_progress";
constexpr std::string_view kSucceeded = "completed_successfully";
constexpr std::string_view kFailed = "completed_with_errors";
constexpr std::string_view kCancelled = "cancelled";

// What banks answer when a payment fails (ISO 20022 and NACHA reason codes).
constexpr std::array<std::string_view, 6> kBankErrors = {
    "AC04 Closed account number: the beneficiary bank reports the account closed",
    "AC01 Incorrect account number: the beneficiary bank could not locate the account",
    "AM04 Insufficient funds in the funding account at settlement",
    "BE01 Inconsistent with end customer: beneficiary name does not match the account holder",
    "ACH return R04: invalid account number structure",
    "RC01 Bank identifier incorrect: the routing number does not exist",
};
constexpr std::array<std::string_view, 2> kCancelSteps = {kApproved, kInitiated};

// Where the partner's reference numbers start (external-ref-id = base + id).
constexpr int64_t kExternalRefBase = 7'100'000;
// Payments listed per read; each page is read in its own short transaction.
constexpr int kPageSize = 100;

}  // namespace

Result<int64_t> ParseRate(std::string_view text, std::string_view what) {
  auto invalid = [&] {
    return Fail(InvalidArgument(fmt::format(
        "{}: '{}' is not a rate: write a decimal from 0 to 1 with at most 6 fraction digits (0.05 = 5%)",
        what, text)));
  };
  auto parsed = Decimal::Parse(text);
  if (!parsed || parsed->mantissa() < 0) return invalid();
  auto ppm = parsed->ToScaledInt64(6);  // fails on a seventh fraction digit: nothing is rounded
  if (!ppm || *ppm > kPartsPerMillion) return invalid();
  return *ppm;
}

Status Validate(const SimulatorOptions& options) {
  if (options.pace.count() < 0) return Fail(InvalidArgument("payment pace: must not be negative"));
  for (int64_t ppm : {options.error_ppm, options.cancel_ppm}) {
    if (ppm < 0 || ppm > kPartsPerMillion)
      return Fail(InvalidArgument("payment rates: each must be within 0..1"));
  }
  if (options.error_ppm + options.cancel_ppm > kPartsPerMillion) {
    return Fail(InvalidArgument("payment rates: the error rate and the cancel rate together exceed 1"));
  }
  return Ok();
}

PaymentFate FateOf(const SimulatorOptions& options, int64_t payment_id) {
  const uint64_t draw = SplitMix64(options.seed ^ SplitMix64(static_cast<uint64_t>(payment_id)));
  const uint64_t detail = SplitMix64(draw);
  const auto roll = static_cast<int64_t>(draw % static_cast<uint64_t>(kPartsPerMillion));
  PaymentFate fate;
  if (roll < options.error_ppm) {
    fate.end = PaymentFate::End::kFails;
    fate.error_text = kBankErrors[detail % kBankErrors.size()];
  } else if (roll < options.error_ppm + options.cancel_ppm) {
    fate.end = PaymentFate::End::kCancelled;
    fate.cancelled_from = kCancelSteps[detail % kCancelSteps.size()];
  }
  return fate;
}

std::string_view NextStatus(std::string_view status, const PaymentFate& fate) {
  const bool cancelled_here = fate.end == PaymentFate::End::kCancelled && fate.cancelled_from == status;
  if (status == kDraft) return kApproved;
  if (status == kApproved) return cancelled_here ? kCancelled : kInitiated;
  if (status == kInitiated) return cancelled_here ? kCancelled : kInProgress;
  if (status == kInProgress) return fate.end == PaymentFate::End::kFails ? kFailed : kSucceeded;
  return {};
}

PaymentSimulator::PaymentSimulator(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                                   SimulatorOptions options)
    : store_(store),
      catalog_(catalog),
      payment_(catalog.Get("coupa-pay-payment")),
      clock_(clock),
      options_(options) {}

Result<StepReport> PaymentSimulator::Step(const std::stop_token& stop) const {
  const Timestamp now = clock_.Now();
  query::Query due;
  due.resource = &payment_;
  due.conditions.push_back(query::Condition{
      {{&payment_, pay::kStatus.index}},
      query::Op::kIn,
      {std::string(kDraft), std::string(kApproved), std::string(kInitiated), std::string(kInProgress)}});
  due.conditions.push_back(query::Condition{
      {{&payment_, payment_.IndexOf("updated-at")}}, query::Op::kLtOrEq, {now - options_.pace}});
  due.page = {kPageSize, 0};
  StepReport report;
  int64_t after = 0;  // keyset: a payment left as it was is not read again
  for (;;) {
    query::Query page = due;
    page.conditions.push_back(query::Condition{{{&payment_, 0}}, query::Op::kGt, {after}});
    model::RecordList listed;
    {
      APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
      APB_TRY(listed, uow->Find(page, *payment_.projection(model::Shape::kStored)));
    }
    for (const model::RecordPtr& p : listed) {
      if (stop.stop_requested()) return report;
      after = p->id().value_or(after);
      auto moved = Advance(*p, now, report);
      if (!moved) {
        ++report.errors;
        log::Warn("payment simulator: payment {} not moved: {} {}", after, moved.error().message,
                  moved.error().details);
      } else if (*moved == Moved::kLost) {
        ++report.lost_claims;
      }
    }
    if (static_cast<int>(listed.size()) < kPageSize) return report;
  }
}

Result<PaymentSimulator::Moved> PaymentSimulator::Advance(const model::Record& listed, Timestamp now,
                                                          StepReport& report) const {
  const int64_t id = listed.id().value_or(0);
  const std::string status = listed.GetOr(pay::kStatus, "");
  const PaymentFate fate = FateOf(options_, id);
  const std::string_view next = NextStatus(status, fate);
  if (next.empty()) return Fail(Internal("no transition from status " + status));
  const int updated_at = payment_.IndexOf("updated-at");

  // The claim: the payment still as listed (status and updated-at).
  auto expected = model::Record::Make(payment_);
  expected->Set(pay::kStatus, status);
  expected->Set(updated_at, listed.Get(updated_at));
  auto change = model::Record::Make(payment_);
  change->Set(0, id);
  change->Set(pay::kStatus, std::string(next));
  if (next == kFailed) change->Set(pay::kErrorText, std::string(fate.error_text));
  if (next == kInitiated) {
    if (listed.Get(pay::kReleasedAt) == nullptr) change->Set(pay::kReleasedAt, now);
    if (listed.Get(pay::kExternalRefId) == nullptr) change->Set(pay::kExternalRefId, kExternalRefBase + id);
  }
  StampUpdated(*change, listed, now, options_.by);

  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(bool claimed, uow->UpdateIf(*change, *expected));
  if (!claimed) return Moved::kLost;  // another simulator moved it: roll back
  if (next == kSucceeded) {
    APB_TRY(model::RecordPtr full, uow->Get(id, *payment_.projection(model::Shape::kFull)));
    APB_TRY_STATUS(MarkDocumentPaidIn(*uow, catalog_, *full, now, options_.by));
  }
  APB_TRY_STATUS(uow->Commit());
  ++report.moved;
  if (next == kSucceeded) ++report.completed;
  if (next == kFailed) ++report.failed;
  if (next == kCancelled) ++report.cancelled;
  return Moved::kMoved;
}

}  // namespace apbridge::resources::coupa_pay
