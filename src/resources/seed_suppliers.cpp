// Seed suppliers: the demo suppliers plus 2,000 generated ones (ids from
// 1001) with contacts, remit-to addresses, pay-to accounts and payees.
#include <fmt/format.h>

#include <cctype>
#include <iterator>

#include "common/text.hpp"
#include "resources/seed_internal.hpp"

namespace apbridge::resources::demo {
namespace {

constexpr int64_t kFirstSeedSupplier = 1001;
constexpr int64_t kSeedSuppliers = 2000;
constexpr uint64_t kSupplierSeed = 0x5eed5u;  // suppliers do not depend on --seed

// clang-format off
constexpr std::string_view kNameWords[] = {
    "Acorn", "Atlas", "Beacon", "Birch", "Cascade", "Cedar", "Cobalt", "Crescent", "Delta", "Ember",
    "Falcon", "Fjord", "Granite", "Harbor", "Horizon", "Iron", "Juniper", "Keystone", "Lakeside", "Lumen",
    "Meridian", "Monarch", "Nimbus", "Northgate", "Oak", "Orchid", "Pioneer", "Quarry", "Rapid", "Ridge",
    "Sable", "Sequoia", "Silver", "Spruce", "Summit", "Tidewater", "Trident", "Vantage", "Willow", "Zenith"};
constexpr std::string_view kTrades[] = {
    "Office Products", "Logistics", "Software", "Facilities", "Print", "Staffing", "Networks", "Catering",
    "Industrial Supply", "Consulting", "Freight", "Telecom", "Security", "Cleaning", "Hardware", "Media",
    "Electrical", "Packaging", "Analytics", "Legal Services"};
constexpr std::string_view kGivenNames[] = {"Alice", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace",
                                            "Hiro", "Isabel", "Jonah", "Kira", "Leon", "Mina", "Noah",
                                            "Olga", "Pedro", "Quinn", "Rosa", "Sanjay", "Tara"};
constexpr std::string_view kFamilyNames[] = {"Anders", "Baker", "Castillo", "Dubois", "Eriksen", "Fischer",
                                             "Gupta", "Hughes", "Ito", "Jensen", "Khan", "Lopez", "Moreau",
                                             "Novak", "Okoye", "Patel", "Quist", "Rossi", "Silva", "Walsh"};

// Where generated suppliers are, with what they are paid in and by.
struct Locale {
  int64_t country;
  int64_t currency;
  std::string_view suffix;
  std::string_view city;
  std::string_view state;
  std::string_view postal_code;
  std::string_view street;
  std::string_view payment_method;
  std::string_view bank;
  int weight;
};
constexpr Locale kLocales[] = {
    {kUs, kUsd, "Inc.", "Chicago", "IL", "60601", "Wacker Drive", "ACH", "XYZBank", 40},
    {kUs, kUsd, "LLC", "Austin", "TX", "78701", "Congress Avenue", "ACH", "First Union Bank", 25},
    {kUs, kUsd, "Corp.", "San Jose", "CA", "95113", "Santa Clara Street", "Check", "XYZBank", 5},
    {kGb, kGbp, "Ltd", "Manchester", "", "M1 1AE", "Deansgate", "Wire", "Thameside Bank", 10},
    {kDe, kEur, "GmbH", "Hamburg", "HH", "20095", "Moenckebergstrasse", "Wire", "Deutsche Handelsbank", 10},
    {kCa, kCad, "Ltd.", "Vancouver", "BC", "V6B 1A1", "Granville Street", "Wire", "Dominion Trust", 5},
    {kIn, kInr, "Pvt Ltd", "Pune", "MH", "411001", "MG Road", "Wire", "Western India Bank", 5},
};
// clang-format on

// The letters that start each word of `name`, at most three.
std::string Initials(std::string_view name) {
  std::string out;
  for (std::string_view word : Split(name, ' ')) {
    if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0])) && out.size() < 3) {
      out.push_back(word[0]);
    }
  }
  return out;
}

// A generated supplier's text, owned, for a SupplierSpec to view.
struct GeneratedSupplier {
  std::string name, number, domain, street, postal_code;
  std::string_view given, family;
  const Locale* locale = nullptr;
  int64_t payment_term = 0;

  SupplierSpec View() const {
    return {name,          number,           domain,          given,
            family,        street,           locale->city,    locale->state,
            postal_code,   locale->country,  locale->currency, payment_term,
            locale->payment_method, locale->bank};
  }
};

GeneratedSupplier Generate(Rng& rng, int64_t n) {
  const int64_t words = std::ssize(kNameWords);
  const int64_t trades = std::ssize(kTrades);
  GeneratedSupplier g;
  g.locale = &kLocales[rng.Weighted(std::span<const Locale>(kLocales), [](const Locale& l) { return l.weight; })];
  // Word and trade vary fastest so that the first 800 names are all distinct.
  g.name = fmt::format("{} {} {}", kNameWords[n % words], kTrades[(n / words + n) % trades], g.locale->suffix);
  if (n >= words * trades) g.name = fmt::format("{} {}", g.name, n / (words * trades) + 1);
  g.number = fmt::format("SUP-{}", 20000 + n);
  g.domain = AsciiLower(fmt::format("{}{}-{}.example", kNameWords[n % words], kTrades[(n / words + n) % trades], n));
  for (char& c : g.domain) c = c == ' ' ? '-' : c;
  g.street = fmt::format("{} {}", rng.Between(10, 9990), g.locale->street);
  g.postal_code = Str(g.locale->postal_code);
  g.given = rng.Pick(std::span<const std::string_view>(kGivenNames));
  g.family = rng.Pick(std::span<const std::string_view>(kFamilyNames));
  g.payment_term = rng.Between(kNet30, kTwoTenNet30);
  return g;
}

SupplierProfile Profile(int64_t id, const SupplierSpec& s) {
  std::string prefix = Initials(s.name);
  if (prefix.empty()) prefix = "S";
  return {id, Str(s.name), prefix, {id, s.payment_term, s.payment_method}, s.currency, s.country};
}

}  // namespace

Result<std::vector<SupplierProfile>> EnsureSeedSuppliers(Builder& b, int64_t* added) {
  std::vector<SupplierProfile> profiles;
  for (size_t i = 0; i < Suppliers().size(); ++i) {
    profiles.push_back(Profile(static_cast<int64_t>(i + 1), Suppliers()[i]));
  }
  auto present = b.unit_of_work().Get(b.catalog().Get("supplier"), kFirstSeedSupplier,
                                      storage::LoadPlan{storage::LoadPlan::Shape::kLimited});
  if (!present && present.error().code != ErrorCode::kNotFound) return Fail(present.error());
  const Timestamp setup = At(kSetupTime);
  Rng rng(kSupplierSeed);
  for (int64_t n = 0; n < kSeedSuppliers; ++n) {
    const int64_t id = kFirstSeedSupplier + n;
    const GeneratedSupplier g = Generate(rng, n);
    const SupplierSpec spec = g.View();
    if (!present) {
      APB_TRY(int64_t supplier_id, b.Insert(*MakeSupplier(b, id, spec)));
      (void)supplier_id;
      APB_TRY_STATUS(InsertSupplierPayee(b, id, spec, setup));
      ++*added;
    }
    profiles.push_back(Profile(id, spec));  // copies the strings it keeps
  }
  return profiles;
}

}  // namespace apbridge::resources::demo
