// Demo reference data: countries, currencies, terms, users, addresses, charts of
// accounts, tax codes, suppliers (with the spec's supplier "12345") and contracts.
#include <iterator>

#include "common/text.hpp"
#include "resources/demo_data_internal.hpp"

namespace apbridge::resources::demo {
namespace {

// clang-format off
struct CountrySpec {
  std::string_view code;
  std::string_view name;
};
constexpr CountrySpec kCountries[] = {
    {"US", "United States"}, {"GB", "United Kingdom"}, {"DE", "Germany"}, {"IN", "India"}, {"CA", "Canada"},
};

constexpr CurrencySpec kCurrencies[] = {
    {"USD", "US Dollar", "$"},   {"EUR", "Euro", "€"}, {"GBP", "British Pound", "£"},
    {"INR", "Indian Rupee", "₹"}, {"CAD", "Canadian Dollar", "C$"},
};

constexpr PaymentTermSpec kPaymentTerms[] = {
    {"Net 30", "Payment due 30 days after the invoice date", 30, 0, "0"},
    {"Net 45", "Payment due 45 days after the invoice date", 45, 0, "0"},
    {"2/10 Net 30", "2% discount if paid within 10 days, otherwise due in 30 days", 30, 10, "2"},
};

struct UomSpec {
  std::string_view code;
  std::string_view name;
  int64_t precision;
};
constexpr UomSpec kUoms[] = {{"EA", "Each", 0}, {"HR", "Hour", 2}, {"MO", "Month", 0}, {"BX", "Box", 0}};

constexpr std::string_view kDepartments[] = {"Finance", "Information Technology", "Operations", "Marketing",
                                             "Legal"};

struct AddressSpec {
  std::string_view name;
  std::string_view street1;
  std::string_view street2;
  std::string_view city;
  std::string_view state;
  std::string_view postal_code;
  int64_t country;
  std::string_view location_code;
};
constexpr AddressSpec kAddresses[] = {
    {"Headquarters (Bill To)", "500 Market Street", "Suite 1200", "San Francisco", "CA", "94105", kUs,
     "SF-HQ"},
    {"Chicago Warehouse", "2200 W Fulton Street", "Dock 4", "Chicago", "IL", "60612", kUs, "CHI-WH"},
    {"New York Office", "1 Liberty Plaza", "Floor 23", "New York", "NY", "10006", kUs, "NYC-01"},
    {"London Office", "30 Finsbury Square", "", "London", "", "EC2A 1AG", kGb, "LON-01"},
    {"Berlin Office", "Friedrichstrasse 68", "", "Berlin", "BE", "10117", kDe, "BER-01"},
    {"Toronto Office", "100 King Street West", "Suite 5700", "Toronto", "ON", "M5X 1C7", kCa, "TOR-01"},
    {"Bengaluru Office", "Embassy Golf Links, Off Intermediate Ring Road", "Block C", "Bengaluru", "KA",
     "560071", kIn, "BLR-01"},
};

constexpr UserSpec kUsers[] = {
    {"admin", "Alex", "Morgan", "E0001", kFinance, kHeadquarters, kUsd, false},
    {"erp-integration", "ERP", "Integration", "SVC-001", kFinance, kHeadquarters, kUsd, false},
    {"jchen", "Jamie", "Chen", "E1021", kFinance, kHeadquarters, kUsd, true},
    {"pnatarajan", "Priya", "Natarajan", "E1034", kFinance, kHeadquarters, kUsd, false},
    {"mgarcia", "Maria", "Garcia", "E1047", kFinance, kChicagoWarehouse, kUsd, false},
    {"dokafor", "David", "Okafor", "E2210", kIt, kHeadquarters, kUsd, true},
    {"slindqvist", "Sofia", "Lindqvist", "E2318", kMarketing, kNewYorkOffice, kUsd, true},
    {"tnguyen", "Thomas", "Nguyen", "E2405", kOperations, kChicagoWarehouse, kUsd, true},
    {"rkapoor", "Rohan", "Kapoor", "E3102", kIt, kBengaluruOffice, kInr, false},
    {"ebrooks", "Emma", "Brooks", "E3240", kMarketing, kLondonOffice, kGbp, false},
    {"lschmidt", "Lukas", "Schmidt", "E3377", kLegal, kBerlinOffice, kEur, false},
    {"mtremblay", "Marie", "Tremblay", "E3415", kOperations, kTorontoOffice, kCad, true},
};

constexpr AccountTypeSpec kAccountTypes[] = {
    {"US Corporate", kUsd, kHeadquarters, "Acme Corporation"},
    {"UK Ltd", kGbp, kLondonOffice, "Acme Europe Ltd"},
    {"EU GmbH", kEur, kBerlinOffice, "Acme Deutschland GmbH"},
    {"Canada Inc", kCad, kTorontoOffice, "Acme Canada Inc."},
    {"India Pvt Ltd", kInr, kBengaluruOffice, "Acme Technologies India Pvt Ltd"},
};

struct AccountSpec {
  std::string_view code;  // segments joined by '-'
  std::string_view name;
  int64_t account_type;
};
constexpr AccountSpec kAccounts[] = {
    {"100-2000-6010", "Office Supplies", kUsCorporate},
    {"100-2100-6200", "IT Hardware", kUsCorporate},
    {"100-2100-6210", "Software and SaaS", kUsCorporate},
    {"100-3000-6300", "Facilities and Maintenance", kUsCorporate},
    {"100-4000-6400", "Marketing and Advertising", kUsCorporate},
    {"100-5000-6500", "Legal and Professional Fees", kUsCorporate},
    {"100-3000-6600", "Freight and Logistics", kUsCorporate},
    {"100-2000-6700", "Telecommunications", kUsCorporate},
    {"100-1000-6800", "Contract Labor", kUsCorporate},
    {"100-1000-6900", "Meals and Entertainment", kUsCorporate},
    {"200-2000-6010", "UK Office Supplies", kUkLtd},
    {"200-4000-6400", "UK Marketing and Print", kUkLtd},
    {"300-5000-6500", "EU Professional Fees", kEuGmbh},
    {"400-3000-6600", "Canada Freight", kCanadaInc},
    {"500-2100-6210", "India Software Services", kIndiaPvt},
};

constexpr TaxCodeSpec kTaxCodes[] = {
    {"US-CA-8.25", kUs, "8.25", "California sales tax (San Francisco)"},
    {"US-IL-10.25", kUs, "10.25", "Illinois sales tax (Chicago)"},
    {"UK-VAT-20", kGb, "20", "UK VAT standard rate"},
    {"DE-VAT-19", kDe, "19", "German VAT (Umsatzsteuer) standard rate"},
    {"CA-ON-HST-13", kCa, "13", "Ontario harmonized sales tax"},
    {"IN-GST-18", kIn, "18", "India GST (IGST) 18%"},
    {"US-EXEMPT", kUs, "0", "Exempt (resale or services)"},
};

constexpr SupplierSpec kSuppliers[] = {
    {"12345", "12345", "supplier12345.example", "Adam", "Test", "12345 Test Lane", "Pleasanton", "CA",
     "94588", kUs, kUsd, kNet30, "Check", "XYZBank"},
    {"Northwind Office Supplies", "SUP-1002", "northwind.example", "Laura", "Callahan", "410 Terry Avenue N",
     "Seattle", "WA", "98109", kUs, kUsd, kNet30, "ACH", "First Union Bank"},
    {"Contoso Cloud Services", "SUP-1003", "contoso.example", "Dana", "Whitfield", "1 Contoso Way", "Redmond",
     "WA", "98052", kUs, kUsd, kNet45, "ACH", "XYZBank"},
    {"Globex Logistics", "SUP-1004", "globex.example", "Hank", "Scorpio", "8800 Cypress Creek Parkway",
     "Houston", "TX", "77070", kUs, kUsd, kTwoTenNet30, "ACH", "First Union Bank"},
    {"Initech Software", "SUP-1005", "initech.example", "Bill", "Lumbergh", "4120 Freidrich Lane", "Austin",
     "TX", "78744", kUs, kUsd, kNet30, "ACH", "XYZBank"},
    {"Pinnacle Facilities Management", "SUP-1006", "pinnaclefm.example", "Rosa", "Delgado",
     "77 Industrial Drive", "Oakland", "CA", "94607", kUs, kUsd, kNet45, "Check", "First Union Bank"},
    {"Bluewater IT Hardware", "SUP-1007", "bluewater-it.example", "Kevin", "Park",
     "2150 Mission College Blvd", "Santa Clara", "CA", "95054", kUs, kUsd, kTwoTenNet30, "ACH", "XYZBank"},
    {"Summit Legal LLP", "SUP-1008", "summitlegal.example", "Margaret", "Osei", "350 Park Avenue", "New York",
     "NY", "10022", kUs, kUsd, kNet30, "Wire", "First Union Bank"},
    {"Redwood Marketing Group", "SUP-1009", "redwoodmg.example", "Carlos", "Mendes", "901 Van Ness Avenue",
     "San Francisco", "CA", "94109", kUs, kUsd, kNet30, "ACH", "XYZBank"},
    {"Keystone Staffing", "SUP-1010", "keystonestaffing.example", "Olivia", "Brennan", "1600 Market Street",
     "Philadelphia", "PA", "19103", kUs, kUsd, kNet45, "ACH", "First Union Bank"},
    {"Evergreen Catering Co.", "SUP-1011", "evergreencatering.example", "Nadia", "Haddad",
     "58 Harrison Street", "San Francisco", "CA", "94105", kUs, kUsd, kNet30, "Check", "XYZBank"},
    {"Sterling Telecom", "SUP-1012", "sterlingtelecom.example", "George", "Mills", "200 W Adams Street",
     "Chicago", "IL", "60606", kUs, kUsd, kNet30, "ACH", "XYZBank"},
    {"Apex Industrial Parts", "SUP-1013", "apexparts.example", "Wendy", "Kowalski", "4500 S Kolin Avenue",
     "Chicago", "IL", "60632", kUs, kUsd, kTwoTenNet30, "ACH", "First Union Bank"},
    {"Brightline Consulting GmbH", "SUP-1014", "brightline.example", "Jonas", "Becker",
     "Maximilianstrasse 35", "Munich", "BY", "80539", kDe, kEur, kNet30, "Wire", "Deutsche Handelsbank"},
    {"Thames Print & Design Ltd", "SUP-1015", "thamesprint.example", "Oliver", "Hughes",
     "12 Southwark Street", "London", "", "SE1 1RQ", kGb, kGbp, kNet30, "Wire", "Thameside Bank"},
    {"Mumbai Tech Services Pvt Ltd", "SUP-1016", "mumbaitech.example", "Ananya", "Iyer",
     "Mindspace, Malad West", "Mumbai", "MH", "400064", kIn, kInr, kNet45, "Wire", "Western India Bank"},
    {"Maple Leaf Freight Inc.", "SUP-1017", "mapleleaffreight.example", "Etienne", "Roy",
     "6300 Northam Drive", "Mississauga", "ON", "L4V 1H7", kCa, kCad, kNet30, "Wire", "Dominion Trust"},
};

struct ContractSpec {
  std::string_view number;
  std::string_view name;
  int64_t supplier;
  int64_t owner;
  int64_t department;
  std::string_view start;
  std::string_view end;
  std::string_view max_commit;
  std::string_view description;
};
constexpr ContractSpec kContracts[] = {
    {"CTR-2023-001", "Contoso Cloud Enterprise Agreement", kContoso, kOkafor, kIt, "2023-01-01",
     "2026-12-31", "450000.00", "Three-year committed spend agreement for compute and storage"},
    {"CTR-2023-014", "Keystone Staffing Master Services Agreement", kKeystone, kClerkChen, kFinance,
     "2023-07-01", "2026-06-30", "120000.00", "Temporary finance and AP staff at agreed hourly rates"},
};
// clang-format on

// Inserts one record per row of `rows` with id = position + 1, set-up stamps
// and the admin as creator; `fill` sets the row's fields.
template <class Rows, class Fill>
Status InsertTable(Builder& b, std::string_view resource, const Rows& rows, Fill fill) {
  const Timestamp setup = At(kSetupTime);
  for (size_t i = 0; i < std::size(rows); ++i) {
    model::RecordPtr r = b.Stamped(resource, setup, setup);
    r->Set("id", static_cast<int64_t>(i + 1));
    for (std::string_view by : {"created-by", "updated-by"}) {
      if (r->resource().IndexOf(by) >= 0) r->Set(by, b.Ref("user", kAdmin));
    }
    fill(*r, rows[i]);
    APB_TRY(int64_t id, b.Insert(*r));
    (void)id;
  }
  return Ok();
}

// A supplier's contact and remit-to address get the supplier's id.
model::RecordList SupplierContacts(const Builder& b, int64_t id, const SupplierSpec& s) {
  auto contact = b.Stamped("contact", At(kSetupTime), At(kSetupTime));
  contact->Set("id", id);
  contact->Set("name-given", Str(s.contact_given));
  contact->Set("name-family", Str(s.contact_family));
  contact->Set("name-fullname", Str(s.contact_given) + " " + Str(s.contact_family));
  contact->Set("email", AsciiLower(Str(s.contact_given) + "." + Str(s.contact_family) + "@" + Str(s.domain)));
  contact->Set("active", true);
  return {contact};
}

model::RecordList SupplierRemitTo(const Builder& b, int64_t id, const SupplierSpec& s) {
  auto remit = b.Stamped("remit-to-address", At(kSetupTime), At(kSetupTime));
  remit->Set("id", id);
  remit->Set("remit-to-code", Str(s.number) + "-RT1");
  remit->Set("name", Str(s.name) + " remittance");
  remit->Set("street1", Str(s.street));
  remit->Set("city", Str(s.city));
  remit->Set("state", OrNull(s.state));
  remit->Set("postal-code", Str(s.postal_code));
  remit->Set("country", b.Ref("country", s.country));
  remit->Set("active", true);
  return {remit};
}

}  // namespace

std::span<const CurrencySpec> Currencies() { return kCurrencies; }
std::span<const PaymentTermSpec> PaymentTerms() { return kPaymentTerms; }
std::span<const TaxCodeSpec> TaxCodes() { return kTaxCodes; }
std::span<const AccountTypeSpec> AccountTypes() { return kAccountTypes; }
std::span<const UserSpec> Users() { return kUsers; }
std::span<const SupplierSpec> Suppliers() { return kSuppliers; }

int64_t AccountTypeFor(int64_t currency) {
  for (const AccountTypeSpec& type : kAccountTypes) {
    if (type.currency == currency) return &type - kAccountTypes + 1;
  }
  throw std::logic_error("demo data: no chart of accounts in currency " + std::to_string(currency));
}

model::RecordPtr MakeSupplier(const Builder& b, int64_t id, const SupplierSpec& s) {
  const Timestamp setup = At(kSetupTime);
  model::RecordPtr r = b.Stamped("supplier", setup, setup);
  r->Set("id", id);
  r->Set("created-by", b.Ref("user", kAdmin));
  r->Set("updated-by", b.Ref("user", kAdmin));
  r->Set("name", Str(s.name));
  r->Set("display-name", Str(s.name));
  r->Set("number", Str(s.number));
  r->Set("status", Str("active"));
  r->Set("payment-term", b.Ref("payment-term", s.payment_term));
  r->Set("payment-method", Str(s.payment_method));
  r->Set("po-method", Str("email"));
  r->Set("po-email", "orders@" + Str(s.domain));
  r->Set("website", "https://www." + Str(s.domain));
  r->Set("tax-id", Str(s.number) + "-TIN");
  r->Set("invoice-matching-level", Str("2-way"));
  r->Set("on-hold", false);
  r->Set("one-time-supplier", false);
  r->Set("allow-inv-from-connect", true);
  r->Set("allow-inv-no-backing-doc-from-connect", true);
  r->Set("contacts", SupplierContacts(b, id, s));
  r->Set("primary-contact", b.Ref("contact", id));
  r->Set("remit-to-addresses", SupplierRemitTo(b, id, s));
  return r;
}

Status InsertReferenceData(Builder& b) {
  APB_TRY_STATUS(InsertTable(b, "country", kCountries, [](model::Record& r, const CountrySpec& c) {
    r.Set("code", Str(c.code));
    r.Set("name", Str(c.name));
  }));
  APB_TRY_STATUS(InsertTable(b, "currency", Currencies(), [](model::Record& r, const CurrencySpec& c) {
    r.Set("code", Str(c.code));
    r.Set("name", Str(c.name));
    r.Set("symbol", Str(c.symbol));
    r.Set("decimals", int64_t{2});
    r.Set("enabled", true);
  }));
  APB_TRY_STATUS(
      InsertTable(b, "payment-term", PaymentTerms(), [](model::Record& r, const PaymentTermSpec& t) {
        r.Set("code", Str(t.code));
        r.Set("description", Str(t.description));
        r.Set("days-for-net-payment", int64_t{t.net_days});
        r.Set("days-for-discount-payment", int64_t{t.discount_days});
        r.Set("discount-rate", Amount(t.discount_rate));
        r.Set("type", Str("DaysAfterNetPaymentTerm"));
        r.Set("active", true);
      }));
  APB_TRY_STATUS(InsertTable(b, "uom", kUoms, [](model::Record& r, const UomSpec& u) {
    r.Set("code", Str(u.code));
    r.Set("name", Str(u.name));
    r.Set("allowable-precision", u.precision);
    r.Set("active", true);
  }));
  APB_TRY_STATUS(InsertTable(b, "department", kDepartments, [](model::Record& r, std::string_view d) {
    r.Set("name", Str(d));
    r.Set("active", true);
  }));
  APB_TRY_STATUS(InsertTable(b, "address", kAddresses, [&b](model::Record& r, const AddressSpec& a) {
    r.Set("name", Str(a.name));
    r.Set("attention", Str("Accounts Payable"));
    r.Set("street1", Str(a.street1));
    r.Set("street2", OrNull(a.street2));
    r.Set("city", Str(a.city));
    r.Set("state", OrNull(a.state));
    r.Set("postal-code", Str(a.postal_code));
    r.Set("country", b.Ref("country", a.country));
    r.Set("location-code", Str(a.location_code));
    r.Set("active", true);
  }));
  APB_TRY_STATUS(InsertTable(b, "user", Users(), [&b](model::Record& r, const UserSpec& u) {
    r.Set("login", Str(u.login));
    r.Set("email", Email(u));
    r.Set("firstname", Str(u.firstname));
    r.Set("lastname", Str(u.lastname));
    r.Set("fullname", FullName(u));
    r.Set("employee-number", Str(u.employee_number));
    r.Set("department", b.Ref("department", u.department));
    r.Set("default-address", b.Ref("address", u.address));
    r.Set("default-currency", b.Ref("currency", u.currency));
    r.Set("default-locale", Str("en"));
    r.Set("active", true);
    r.Set("api-user", u.login == "erp-integration");
    r.Set("invoicing-user", true);
    r.Set("expense-user", u.expense_user);
    r.Set("authentication-method", Str("coupa_credentials"));
  }));
  APB_TRY_STATUS(
      InsertTable(b, "account-type", AccountTypes(), [&b](model::Record& r, const AccountTypeSpec& t) {
        r.Set("name", Str(t.name));
        r.Set("currency", b.Ref("currency", t.currency));
        r.Set("primary-address", b.Ref("address", t.address));
        r.Set("legal-entity-name", Str(t.legal_entity));
        r.Set("active", true);
        r.Set("dynamic-flag", false);
      }));
  APB_TRY_STATUS(InsertTable(b, "account", kAccounts, [&b](model::Record& r, const AccountSpec& a) {
    r.Set("code", Str(a.code));
    r.Set("name", Str(a.name));
    r.Set("account-type", b.Ref("account-type", a.account_type));
    r.Set("active", true);
    int n = 0;
    for (std::string_view segment : Split(a.code, '-')) r.Set("segment-" + std::to_string(++n), Str(segment));
  }));
  APB_TRY_STATUS(InsertTable(b, "tax-code", TaxCodes(), [&b](model::Record& r, const TaxCodeSpec& t) {
    r.Set("code", Str(t.code));
    r.Set("country", b.Ref("country", t.country));
    r.Set("percentage", Amount(t.percentage));
    r.Set("description", Str(t.description));
    r.Set("effective-date", At("2018-01-01"));
    r.Set("active", true);
  }));
  for (size_t i = 0; i < Suppliers().size(); ++i) {
    APB_TRY(int64_t id, b.Insert(*MakeSupplier(b, static_cast<int64_t>(i + 1), Suppliers()[i])));
    (void)id;
  }
  return InsertTable(b, "contract", kContracts, [&b](model::Record& r, const ContractSpec& c) {
    const SupplierSpec& supplier = ById(Suppliers(), c.supplier);
    r.Set("number", Str(c.number));
    r.Set("name", Str(c.name));
    r.Set("description", Str(c.description));
    r.Set("supplier", b.Ref("supplier", c.supplier));
    r.Set("currency", b.Ref("currency", supplier.currency));
    r.Set("payment-term", b.Ref("payment-term", supplier.payment_term));
    r.Set("contract-owner", b.Ref("user", c.owner));
    r.Set("department", b.Ref("department", c.department));
    r.Set("start-date", At(c.start));
    r.Set("end-date", At(c.end));
    r.Set("execution-date", At(c.start));
    r.Set("max-commit", Amount(c.max_commit));
    r.Set("status", Str("published"));
    r.Set("supplier-invoiceable", true);
    r.Set("version", int64_t{1});
  });
}

}  // namespace apbridge::resources::demo
