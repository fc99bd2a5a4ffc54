// Shared pieces of the seed generators (seed_*.cpp): the deterministic random
// source and the supplier facts invoices and payments draw on.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "resources/coupa_pay_draft.hpp"
#include "resources/invoice_draft.hpp"

namespace apbridge::resources::demo {

// A value and its relative share of draws.
struct Share {
  std::string_view value;
  int weight;
};

// xoshiro256** seeded by splitmix64: the same seed gives the same sequence on
// every platform (unlike the std:: distributions). Not thread-safe.
class Rng {
 public:
  explicit Rng(uint64_t seed);
  uint64_t Next();
  // Uniform in [lo, hi].
  int64_t Between(int64_t lo, int64_t hi);
  // True with probability percent / 100.
  bool Percent(int percent) { return Between(1, 100) <= percent; }
  // An index of `items` drawn by their relative weights (`weight_of(item)`).
  template <class T, class WeightOf>
  size_t Weighted(std::span<const T> items, WeightOf weight_of) {
    int64_t total = 0;
    for (const T& item : items) total += weight_of(item);
    int64_t pick = Between(0, total - 1);
    for (size_t i = 0; i < items.size(); ++i) {
      if (pick < weight_of(items[i])) return i;
      pick -= weight_of(items[i]);
    }
    return items.size() - 1;
  }
  size_t Weighted(std::span<const int> weights) {
    return Weighted(weights, [](int w) { return w; });
  }
  // A value drawn by its share.
  std::string_view Draw(std::span<const Share> shares) {
    return shares[Weighted(shares, [](const Share& s) { return s.weight; })].value;
  }
  template <class T>
  const T& Pick(std::span<const T> items) {
    return items[static_cast<size_t>(Between(0, static_cast<int64_t>(items.size()) - 1))];
  }

 private:
  uint64_t s_[4];
};

// What invoices and payments need of a supplier.
struct SupplierProfile {
  int64_t id = 0;
  std::string name;
  std::string prefix;  // of its invoice numbers
  SupplierTerms terms;
  int64_t currency = 0;
  int64_t country = 0;
};

// The demo suppliers followed by the generated ones (inserted when missing);
// the generated ones are the same whatever the seed. Adds the number it
// inserted to `added`.
[[nodiscard]] Result<std::vector<SupplierProfile>> EnsureSeedSuppliers(Builder& builder, int64_t* added);

// Draws invoices: a supplier (a few large, many small), a status, dates,
// 1-10 lines from the chart of accounts of its currency, taxes of its country.
class InvoiceGenerator {
 public:
  InvoiceGenerator(uint64_t seed, const std::vector<SupplierProfile>& suppliers);
  [[nodiscard]] InvoiceDraft Next(int64_t id);
  [[nodiscard]] const SupplierProfile& SupplierOf(const InvoiceDraft& draft) const;

 private:
  Rng rng_;
  const std::vector<SupplierProfile>& suppliers_;
  size_t demo_suppliers_;
};

// Draws Coupa Pay payments: of the approved invoices it is given (in their
// currency, from a pay-from account in that currency) or of expense reports.
class PaymentGenerator {
 public:
  PaymentGenerator(uint64_t seed, std::vector<Payable> payable_invoices);
  // The next payment's draft; batch and line_num are left to the caller.
  [[nodiscard]] CoupaPayPaymentDraft Next(int64_t sequence);

 private:
  Rng rng_;
  std::vector<Payable> invoices_;
  size_t next_invoice_ = 0;
};

}  // namespace apbridge::resources::demo
