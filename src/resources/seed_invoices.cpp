// Seed invoices: drawn per supplier, in every status, with 1-10 lines from a
// catalogue of items, taxes of the supplier's country and ERP payments.
#include <fmt/format.h>

#include <chrono>
#include <iterator>

#include "resources/seed_internal.hpp"

namespace apbridge::resources::demo {
namespace {

using std::chrono::days;

// clang-format off
// What is bought: a US account and the price range in cents (USD).
struct ItemSpec {
  std::string_view description;
  int64_t account;
  int64_t min_cents;
  int64_t max_cents;
  int64_t uom;
};
constexpr ItemSpec kItems[] = {
    {"Copy paper, letter, 10-ream case", kOfficeSupplies, 3500, 5200, kBox},
    {"Toner cartridge, black", kOfficeSupplies, 6500, 14900, kEach},
    {"Ergonomic task chair", kOfficeSupplies, 18900, 45900, kEach},
    {"Whiteboard markers, assorted", kOfficeSupplies, 899, 2499, kBox},
    {"Laptop, 14-inch, 16 GB RAM", kItHardware, 99900, 189900, kEach},
    {"27-inch monitor", kItHardware, 19900, 45900, kEach},
    {"USB-C docking station", kItHardware, 12900, 28900, kEach},
    {"Network switch, 48 port", kItHardware, 89000, 320000, kEach},
    {"SaaS subscription, per seat", kSoftware, 800, 15000, kMonth},
    {"Software license renewal", kSoftware, 50000, 2500000, kEach},
    {"Cloud compute reserved capacity", kSoftware, 200000, 1200000, kMonth},
    {"Janitorial services", kFacilities, 150000, 650000, kMonth},
    {"HVAC maintenance visit", kFacilities, 35000, 180000, kEach},
    {"Replacement filters, MERV 13", kFacilities, 1800, 4500, kBox},
    {"Digital advertising campaign", kMarketingSpend, 250000, 1500000, kEach},
    {"Printed brochures", kMarketingSpend, 40, 250, kEach},
    {"Trade show booth rental", kMarketingSpend, 300000, 1200000, kEach},
    {"Contract review", kProfessionalFees, 25000, 65000, kHour},
    {"Audit fieldwork", kProfessionalFees, 18000, 42000, kHour},
    {"LTL freight", kFreight, 45000, 380000, kEach},
    {"Fuel surcharge", kFreight, 2500, 25000, kEach},
    {"Courier, same-day delivery", kFreight, 2500, 12000, kEach},
    {"Mobile voice and data plan", kTelecom, 3500, 9500, kMonth},
    {"Fiber internet, 1 Gbps", kTelecom, 45000, 180000, kMonth},
    {"Temporary staff, accounts payable", kContractLabor, 4500, 8500, kHour},
    {"IT contractor", kContractLabor, 7500, 16500, kHour},
    {"Team lunch catering", kMeals, 1500, 3500, kEach},
    {"Coffee service", kMeals, 12000, 45000, kMonth},
};

// Invoice statuses with their share of invoices (per thousand).
constexpr Share kStatuses[] = {
    {"approved", 620}, {"pending_approval", 80}, {"draft", 40}, {"new", 20}, {"pending_receipt", 20},
    {"pending_action", 20}, {"on_hold", 15}, {"ap_hold", 15}, {"booking_hold", 10}, {"disputed", 30},
    {"abandoned", 20}, {"rejected", 20}, {"voided", 30}, {"processing", 20}, {"invalid", 10},
    {"payable_adjustment", 10},
};
// Line counts 1-10, most invoices short.
constexpr int kLineCountWeights[] = {34, 20, 13, 9, 7, 5, 4, 3, 3, 2};
// clang-format on

// Invoice dates run from 2019-01-01 over this many days (to late 2026).
const Timestamp kFirstInvoiceDate = At("2019-01-01");
constexpr int64_t kInvoiceDays = 2860;

// Currency units per US dollar, roughly, for item prices.
int64_t PriceFactorPercent(int64_t currency) {
  switch (currency) {
    case kEur: return 92;
    case kGbp: return 79;
    case kCad: return 136;
    case kInr: return 8300;
    default: return 100;
  }
}

// The account of the item in the chart of accounts of `currency`.
int64_t AccountIn(int64_t currency, int64_t us_account) {
  switch (currency) {
    case kGbp: return us_account == kMarketingSpend ? kUkMarketing : kUkOfficeSupplies;
    case kEur: return kEuProfessionalFees;
    case kCad: return kCaFreight;
    case kInr: return kInSoftwareServices;
    default: return us_account;
  }
}

// Who requests: a user of the invoice's currency when there is one.
int64_t Requester(Rng& rng, int64_t currency) {
  std::vector<int64_t> candidates;
  for (size_t i = 0; i < Users().size(); ++i) {
    if (Users()[i].currency == currency && i + 1 != static_cast<size_t>(kIntegrationUser)) {
      candidates.push_back(static_cast<int64_t>(i + 1));
    }
  }
  if (candidates.empty()) return kOkafor;
  return candidates[static_cast<size_t>(rng.Between(0, std::ssize(candidates) - 1))];
}

// The tax of the supplier's country, or of the requester's state in the US.
int64_t TaxCodeFor(Rng& rng, const SupplierProfile& s, int64_t requester) {
  switch (s.country) {
    case kGb: return kUkVat;
    case kDe: return kDeVat;
    case kCa: return kOnHst;
    case kIn: return kInGst;
    default: break;
  }
  if (rng.Percent(30)) return kNoTax;
  if (rng.Percent(15)) return kExempt;
  return ById(Users(), requester).address == kChicagoWarehouse ? kIlSalesTax : kCaSalesTax;
}

LineDraft DrawLine(Rng& rng, int64_t currency) {
  const ItemSpec& item = rng.Pick(std::span<const ItemSpec>(kItems));
  int64_t cents = rng.Between(item.min_cents, item.max_cents) * PriceFactorPercent(currency) / 100;
  // Quarter hours times a multiple of 4 cents: every line total is whole cents.
  if (item.uom == kHour) cents -= cents % 4;
  LineDraft line;
  line.description = Str(item.description);
  line.price = Decimal::FromScaled(cents, 2);
  // Hours come in quarters; everything else in whole units.
  line.quantity = item.uom == kHour ? Decimal::FromScaled(rng.Between(4, 160) * 25, 2)
                                    : Decimal::FromInt(item.min_cents < 5000 ? rng.Between(1, 200) : rng.Between(1, 12));
  line.account = AccountIn(currency, item.account);
  line.uom = item.uom;
  return line;
}

}  // namespace

InvoiceGenerator::InvoiceGenerator(uint64_t seed, const std::vector<SupplierProfile>& suppliers)
    : rng_(seed), suppliers_(suppliers), demo_suppliers_(Suppliers().size()) {}

const SupplierProfile& InvoiceGenerator::SupplierOf(const InvoiceDraft& draft) const {
  const int64_t id = draft.supplier.id;
  // Demo suppliers come first (ids 1..n), then the generated ones in id order.
  if (id <= static_cast<int64_t>(demo_suppliers_)) return suppliers_[static_cast<size_t>(id - 1)];
  return suppliers_[demo_suppliers_ + static_cast<size_t>(id - suppliers_[demo_suppliers_].id)];
}

InvoiceDraft InvoiceGenerator::Next(int64_t id) {
  // One in twenty invoices comes from a demo supplier; the others from the
  // generated ones, skewed so that a few suppliers send many invoices.
  size_t index;
  if (rng_.Percent(5)) {
    index = static_cast<size_t>(rng_.Between(0, static_cast<int64_t>(demo_suppliers_) - 1));
  } else {
    const int64_t generated = static_cast<int64_t>(suppliers_.size() - demo_suppliers_);
    const int64_t u = rng_.Between(0, generated - 1);
    index = demo_suppliers_ + static_cast<size_t>(u * u / generated);
  }
  const SupplierProfile& s = suppliers_[index];

  InvoiceDraft d;
  d.id = id;
  d.supplier = s.terms;
  d.status = rng_.Draw(kStatuses);
  d.currency = s.currency;
  d.invoice_date = kFirstInvoiceDate + days{rng_.Between(0, kInvoiceDays)};
  d.updated_at = d.invoice_date + std::chrono::seconds{rng_.Between(8 * 3600, 60 * 86400)};
  d.number = fmt::format("{}-{}-{:07}", s.prefix, FormatUtcZ(d.invoice_date).substr(2, 2), id);
  d.requester = Requester(rng_, d.currency);
  d.updated_by = kClerkChen + rng_.Between(0, 2);
  d.tax_code = TaxCodeFor(rng_, s, d.requester);
  d.line_level_taxation = d.tax_code != kNoTax && rng_.Percent(40);
  const size_t line_count = rng_.Weighted(kLineCountWeights) + 1;
  for (size_t i = 0; i < line_count; ++i) d.lines.push_back(DrawLine(rng_, d.currency));

  const bool approved = d.status == "approved";
  if (approved || d.status == "voided") {
    // Most approved invoices have reached the ERP.
    if (rng_.Percent(85)) d.exported_at = d.invoice_date + days{rng_.Between(1, 5)};
  }
  if (approved && d.exported_at) {
    const int settle = static_cast<int>(rng_.Between(1, 100));
    using enum Settlement;
    d.settlement = settle <= 45 ? kPaid : settle <= 55 ? kPaidInTwo : settle <= 60 ? kPartlyPaid : kOpen;
    d.paid_on = d.invoice_date + days{ById(PaymentTerms(), s.terms.payment_term).net_days + rng_.Between(-5, 10)};
    if (d.settlement != kOpen && d.updated_at < d.paid_on) d.updated_at = d.paid_on + std::chrono::hours{2};
  }
  if (d.exported_at && d.updated_at < *d.exported_at) d.updated_at = *d.exported_at;
  return d;
}

}  // namespace apbridge::resources::demo
