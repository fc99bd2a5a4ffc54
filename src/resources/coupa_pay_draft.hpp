// A Coupa Pay payment to generate, as plain values (CoupaPayPaymentDraft), and
// the function that turns it into a payment record with its details; plus
// the pay-from accounts and payees both the demo data set and `seed` use.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "resources/demo_data_internal.hpp"

namespace apbridge::resources::demo {

// Pay-from (company) accounts.
inline constexpr int64_t kXyzUsd = 1, kFirstUnionUsd = 2, kXyzCard = 3, kXyzEur = 4, kThamesideGbp = 5;
struct CompanyAccountSpec {
  std::string_view name;
  int64_t partner;
  int64_t currency;
  std::string_view kind;
  std::string_view transfer_type;
};
std::span<const CompanyAccountSpec> CompanyAccounts();

// Pay-to accounts and payees: a supplier's have the supplier's id, an
// employee's the user's id plus this.
inline constexpr int64_t kEmployeeIdBase = 100;

// Whether a payment in `status` has been released to the bank.
[[nodiscard]] bool IsReleased(std::string_view status);

struct CoupaPayPaymentDraft {
  std::string_view status;
  int64_t pay_from = 0;
  Timestamp created_at;
  Timestamp updated_at;
  std::optional<Timestamp> exported_at;
  std::string error_text;           // empty: none
  std::vector<Payable> documents;   // one payee, one currency, at least one
  int64_t batch = 0;                // coupa-pay-payment-batch id
  int64_t line_num = 0;             // position in the batch, from 1
  int64_t sequence = 0;             // numbers payment-identifier and external-ref-id
};

// The payment record with one payment detail per document.
[[nodiscard]] model::RecordPtr MakeCoupaPayPayment(const Builder& b, const CoupaPayPaymentDraft& draft);

// A payment batch record (no id: the store assigns one).
[[nodiscard]] model::RecordPtr MakePaymentBatch(const Builder& b, std::string description, bool released,
                                                Timestamp created, Timestamp updated);

// Inserts the supplier's pay-to account and payee (both with the supplier's id).
[[nodiscard]] Status InsertSupplierPayee(Builder& b, int64_t supplier_id, const SupplierSpec& supplier,
                                         Timestamp setup);

// Payment partners, pay-from accounts and the payees of the demo suppliers
// and expense users: the Coupa Pay set-up every payment refers to.
[[nodiscard]] Status InsertCoupaPayReferenceData(Builder& b);

}  // namespace apbridge::resources::demo
