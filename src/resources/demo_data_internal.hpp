// Shared pieces of the demo data builders (demo_*.cpp): literal parsing, the
// record builder, the reference tables and the ids that tie them together.
#pragma once

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "common/decimal.hpp"
#include "common/result.hpp"
#include "common/timestamp.hpp"
#include "model/catalog.hpp"
#include "model/record.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::demo {

// Reference records have fixed ids (their position in their table, from 1), so
// the tables can name each other. The constants below are those ids.
// clang-format off
inline constexpr int64_t kUs = 1, kGb = 2, kDe = 3, kIn = 4, kCa = 5;          // countries
inline constexpr int64_t kUsd = 1, kEur = 2, kGbp = 3, kInr = 4, kCad = 5;     // currencies
inline constexpr int64_t kNet30 = 1, kNet45 = 2, kTwoTenNet30 = 3;             // payment terms
inline constexpr int64_t kEach = 1, kHour = 2, kMonth = 3, kBox = 4;           // uoms
inline constexpr int64_t kFinance = 1, kIt = 2, kOperations = 3, kMarketing = 4, kLegal = 5;  // departments
// Addresses.
inline constexpr int64_t kHeadquarters = 1, kChicagoWarehouse = 2, kNewYorkOffice = 3, kLondonOffice = 4,
                         kBerlinOffice = 5, kTorontoOffice = 6, kBengaluruOffice = 7;
// Users.
inline constexpr int64_t kAdmin = 1, kIntegrationUser = 2, kClerkChen = 3, kClerkNatarajan = 4,
                         kClerkGarcia = 5, kOkafor = 6, kLindqvist = 7, kNguyen = 8, kKapoor = 9,
                         kBrooks = 10, kSchmidt = 11, kTremblay = 12;
// Account types (charts of accounts).
inline constexpr int64_t kUsCorporate = 1, kUkLtd = 2, kEuGmbh = 3, kCanadaInc = 4, kIndiaPvt = 5;
// Accounts.
inline constexpr int64_t kOfficeSupplies = 1, kItHardware = 2, kSoftware = 3, kFacilities = 4,
                         kMarketingSpend = 5, kProfessionalFees = 6, kFreight = 7, kTelecom = 8,
                         kContractLabor = 9, kMeals = 10, kUkOfficeSupplies = 11, kUkMarketing = 12,
                         kEuProfessionalFees = 13, kCaFreight = 14, kInSoftwareServices = 15;
// Tax codes.
inline constexpr int64_t kNoTax = 0, kCaSalesTax = 1, kIlSalesTax = 2, kUkVat = 3, kDeVat = 4,
                         kOnHst = 5, kInGst = 6, kExempt = 7;
// Contracts.
inline constexpr int64_t kContosoAgreement = 1, kKeystoneMsa = 2;
// Suppliers.
inline constexpr int64_t kSupplier12345 = 1, kNorthwind = 2, kContoso = 3, kGlobex = 4, kInitech = 5,
                         kPinnacle = 6, kBluewater = 7, kSummitLegal = 8, kRedwood = 9, kKeystone = 10,
                         kEvergreen = 11, kSterling = 12, kApex = 13, kBrightline = 14, kThamesPrint = 15,
                         kMumbaiTech = 16, kMapleLeaf = 17;
// clang-format on

// When the reference data was set up (its created-at and updated-at).
inline constexpr std::string_view kSetupTime = "2018-01-15T09:00:00Z";

// The rows of the reference tables that the invoice and Coupa Pay builders read.
struct CurrencySpec {
  std::string_view code;
  std::string_view name;
  std::string_view symbol;
};
struct PaymentTermSpec {
  std::string_view code;
  std::string_view description;
  int net_days;
  int discount_days;               // 0 = no early-payment discount
  std::string_view discount_rate;  // percent
};
struct TaxCodeSpec {
  std::string_view code;
  int64_t country;
  std::string_view percentage;
  std::string_view description;
};
struct AccountTypeSpec {
  std::string_view name;
  int64_t currency;
  int64_t address;
  std::string_view legal_entity;
};
struct UserSpec {
  std::string_view login;
  std::string_view firstname;
  std::string_view lastname;
  std::string_view employee_number;
  int64_t department;
  int64_t address;
  int64_t currency;
  bool expense_user;  // has a Coupa Pay employee payment account
};
struct SupplierSpec {
  std::string_view name;
  std::string_view number;
  std::string_view domain;  // e-mail and web domain
  std::string_view contact_given;
  std::string_view contact_family;
  std::string_view street;
  std::string_view city;
  std::string_view state;
  std::string_view postal_code;
  int64_t country;
  int64_t currency;  // the currency it invoices and is paid in
  int64_t payment_term;
  std::string_view payment_method;  // ACH, Check, Wire
  std::string_view bank;            // where it is paid (Coupa Pay pay-to account)
};

// Table accessors; record (id) n is element n - 1.
std::span<const CurrencySpec> Currencies();
std::span<const PaymentTermSpec> PaymentTerms();
std::span<const TaxCodeSpec> TaxCodes();
std::span<const AccountTypeSpec> AccountTypes();
std::span<const UserSpec> Users();
// A supplier's one contact and one remit-to address have the supplier's id.
std::span<const SupplierSpec> Suppliers();
// The chart of accounts (account type) kept in `currency`.
int64_t AccountTypeFor(int64_t currency);
// Element `id` of a table (ids count from 1); an id out of range is a bug
// in the tables and throws std::logic_error.
template <class T>
const T& ById(std::span<const T> table, int64_t id);

// A literal of the tables as a timestamp or decimal. The tables are constant
// data, so a malformed literal is a bug and throws std::logic_error.
[[nodiscard]] Timestamp At(std::string_view literal);
[[nodiscard]] Decimal Amount(std::string_view literal);
// At(literal), or null for an empty cell.
[[nodiscard]] model::Value AtOrNull(std::string_view literal);
// `value` rounded half away from zero to `scale` fraction digits.
[[nodiscard]] Decimal RoundHalfUp(const Decimal& value, int scale);
// A table cell as a record's string value; OrNull stores an empty cell as null.
[[nodiscard]] inline std::string Str(std::string_view cell) { return std::string(cell); }
[[nodiscard]] inline model::Value OrNull(std::string_view cell) {
  return cell.empty() ? model::Value{model::Null{}} : model::Value{std::string(cell)};
}
// A user's "First Last" and e-mail address.
[[nodiscard]] std::string FullName(const UserSpec& user);
[[nodiscard]] std::string Email(const UserSpec& user);

// Makes records of the catalog's resources and inserts them into one unit of
// work. Borrows both; not thread-safe (like the unit of work).
class Builder {
 public:
  Builder(storage::UnitOfWork& uow, const model::Catalog& catalog) : uow_(uow), catalog_(catalog) {}

  // An empty record of `resource` (a resource the catalog lacks is a bug: throws).
  [[nodiscard]] model::RecordPtr New(std::string_view resource) const;
  // A reference to the record `id` of `resource`, as stored references are: only its id.
  [[nodiscard]] model::RecordPtr Ref(std::string_view resource, int64_t id) const;
  // An empty record with created-at and updated-at set.
  [[nodiscard]] model::RecordPtr Stamped(std::string_view resource, Timestamp created,
                                         Timestamp updated) const;
  // Inserts `record` with its collections; returns its id.
  [[nodiscard]] Result<int64_t> Insert(const model::Record& record) { return uow_.Insert(record); }
  [[nodiscard]] storage::UnitOfWork& unit_of_work() { return uow_; }
  [[nodiscard]] const model::Catalog& catalog() const { return catalog_; }

 private:
  storage::UnitOfWork& uow_;
  const model::Catalog& catalog_;
};

// What a Coupa Pay payment can pay: an invoice or an expense report.
struct Payable {
  int64_t id = 0;
  std::string number;
  std::string_view payable_type;  // "InvoiceHeader" or "ExpenseReport"
  int64_t supplier = 0;           // the supplier paid (invoices)
  int64_t user = 0;               // the employee paid (expense reports)
  int64_t currency = 0;
  Decimal total;
  std::string payee_name;  // the supplier's name or the employee's full name
  Timestamp due{};         // when it falls due (invoices: net-due-date)
};

// A supplier record with its contact and remit-to address (all with id `id`).
[[nodiscard]] model::RecordPtr MakeSupplier(const Builder& builder, int64_t id, const SupplierSpec& supplier);

// Countries, currencies, terms, users, charts of accounts, tax codes, the demo
// suppliers, contracts and the Coupa Pay set-up, unless present (the demo
// data set and `seed` both start from them). Tells whether it inserted.
[[nodiscard]] Result<bool> EnsureReferenceData(Builder& builder);
// The parts of the reference data (EnsureReferenceData calls them).
[[nodiscard]] Status InsertReferenceData(Builder& builder);
// Returns the approved invoices (what Coupa Pay may pay).
[[nodiscard]] Result<std::vector<Payable>> InsertInvoices(Builder& builder);
// The demo's Coupa Pay payments and batches (after EnsureReferenceData).
[[nodiscard]] Status InsertCoupaPay(Builder& builder, const std::vector<Payable>& approved_invoices);

template <class T>
const T& ById(std::span<const T> table, int64_t id) {
  if (id < 1 || id > static_cast<int64_t>(table.size())) {
    throw std::logic_error("demo data: no row " + std::to_string(id));
  }
  return table[static_cast<size_t>(id - 1)];
}

}  // namespace apbridge::resources::demo
