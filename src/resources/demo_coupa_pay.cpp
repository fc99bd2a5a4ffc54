// Demo Coupa Pay data: payment partners and pay-from accounts, pay-to accounts
// and payees (every supplier, expense users), and payments in every status
// paying demo invoices and expense reports, grouped into batches.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>

#include "resources/coupa_pay_draft.hpp"

namespace apbridge::resources::demo {
namespace {

struct PartnerSpec {
  std::string_view name;
  std::string_view issuing_bank;
  std::string_view partner_type;
  std::string_view card_network;
  int64_t currency;
  std::string_view products;
};
// clang-format off
constexpr PartnerSpec kPartners[] = {
    {"XYZBank Treasury Services", "XYZBank", "bank", "", kUsd, "ACH, Wire, SEPA Credit Transfer"},
    {"First Union Bank Payables", "First Union Bank", "bank", "", kUsd, "ACH, Check"},
    {"XYZBank Commercial Card", "XYZBank", "virtual_card", "Visa", kUsd, "Virtual Card"},
    {"Thameside Bank Payments", "Thameside Bank", "bank", "", kGbp, "BACS, Faster Payments"},
};

constexpr CompanyAccountSpec kCompanyAccounts[] = {
    {"XYZBank Operating USD", 1, kUsd, "bank", "ach"},
    {"First Union Payables USD", 2, kUsd, "bank", "ach"},
    {"XYZBank Virtual Card Program", 3, kUsd, "virtual_card", "virtual_card"},
    {"XYZBank Operating EUR", 1, kEur, "bank", "sepa_credit_transfer"},
    {"Thameside Bank GBP", 4, kGbp, "bank", "bacs"},
};

// Expense reports (not a resource of apbridge; their payments name them).
struct ExpenseReportSpec {
  int64_t id;
  int64_t user;
  std::string_view title;
  std::string_view total;
};
constexpr ExpenseReportSpec kExpenseReports[] = {
    {7001, kOkafor, "Customer visit, Chicago", "1284.60"},
    {7002, kLindqvist, "Marketing conference, Austin", "2310.45"},
    {7003, kNguyen, "Warehouse audit travel, Dallas", "865.20"},
    {7004, kClerkChen, "Year-end close team dinner", "412.35"},
    {7005, kOkafor, "Data center visit, Ashburn", "1542.10"},
    {7006, kLindqvist, "Client workshop, Boston", "978.00"},
    {7007, kNguyen, "Supplier site visit, Monterrey", "1725.80"},
    {7008, kClerkChen, "CPA license renewal and CPE courses", "645.00"},
    {7009, kOkafor, "Team offsite, Lake Tahoe", "2875.40"},
    {7010, kLindqvist, "Trade show, Las Vegas", "3140.25"},
    {7011, kNguyen, "Forklift certification course", "390.00"},
    {7012, kClerkChen, "Home office equipment", "289.99"},
    {7013, kOkafor, "Security conference, San Francisco", "1199.00"},
    {7014, kLindqvist, "Agency review meetings, Los Angeles", "1456.70"},
};

// A payment pays documents (invoice numbers or expense report numbers "ER-n")
// of one payee in one currency. Payments created at the same time for the same
// kind of payee form one batch.
struct PaymentSpec {
  std::string_view status;
  int64_t pay_from;
  std::string_view created_at;
  std::string_view updated_at;
  std::string_view exported_at;  // empty: not exported
  std::string_view error_text;
  std::string_view documents[2];
};
constexpr PaymentSpec kPayments[] = {
    // Supplier (invoice) payments.
    {"completed_successfully", kXyzUsd, "2019-04-15T17:00:00Z", "2019-04-20T16:05:00Z",
     "2019-04-21T06:00:00Z", "",
     {"NW-19-04412"}},
    {"completed_with_errors", kFirstUnionUsd, "2019-07-01T17:00:00Z", "2019-07-02T14:10:00Z",
     "2019-07-03T06:00:00Z", "ACH return R03: no account / unable to locate account", {"GBX-190611"}},
    {"cancelled", kFirstUnionUsd, "2019-07-01T17:00:00Z", "2019-07-10T18:30:00Z", "", "", {"INI-2019-0788"}},
    {"completed_successfully", kXyzUsd, "2019-07-22T17:00:00Z", "2019-07-25T09:12:00Z",
     "2019-07-26T06:00:00Z", "",
     {"GBX-190611"}},
    {"completed_successfully", kFirstUnionUsd, "2019-07-22T17:00:00Z", "2019-08-02T11:45:00Z",
     "2019-08-03T06:00:00Z", "", {"INI-2019-0788"}},
    {"completed_successfully", kXyzCard, "2020-10-16T17:00:00Z", "2020-10-20T17:20:00Z",
     "2020-10-21T06:00:00Z", "",
     {"BW-77120"}},
    {"completed_with_errors", kXyzUsd, "2023-10-13T17:00:00Z", "2023-10-20T09:30:00Z", "",
     "Payment rejected by beneficiary bank: account name does not match", {"KS-230915-A"}},
    {"completed_successfully", kXyzUsd, "2023-10-23T17:00:00Z", "2023-10-27T14:05:00Z",
     "2023-10-28T06:00:00Z", "",
     {"KS-230915-A"}},
    {"completed_successfully", kXyzEur, "2024-02-16T17:00:00Z", "2024-02-21T08:15:00Z", "", "",
     {"BCG-2024-017"}},
    {"completed_successfully", kFirstUnionUsd, "2024-04-09T17:00:00Z", "2024-04-14T16:40:00Z", "", "",
     {"AIP-240315"}},
    {"payment_initiated", kFirstUnionUsd, "2025-12-01T17:00:00Z", "2025-12-03T13:10:00Z", "", "",
     {"GBX-251103"}},
    {"approved", kXyzUsd, "2026-01-09T17:00:00Z", "2026-01-10T09:25:00Z", "", "",
     {"BW-82291", "feb27_e2e_1_update2"}},
    {"draft", kXyzUsd, "2026-02-02T18:00:00Z", "2026-02-02T18:00:00Z", "", "", {"CCS-INV-260001"}},
    {"payment_in_progress", kThamesideGbp, "2026-02-09T17:00:00Z", "2026-02-10T10:45:00Z", "", "",
     {"TPD-26-0019"}},
    // Employee (expense report) payments.
    {"completed_successfully", kXyzUsd, "2019-06-14T17:00:00Z", "2019-06-18T10:00:00Z",
     "2019-06-19T06:00:00Z", "",
     {"ER-7001"}},
    {"completed_with_errors", kXyzUsd, "2019-06-14T17:00:00Z", "2019-06-17T15:20:00Z", "",
     "Employee bank account closed (R02)", {"ER-7002"}},
    {"completed_successfully", kXyzUsd, "2019-08-09T17:00:00Z", "2019-08-13T10:00:00Z",
     "2019-08-14T06:00:00Z", "",
     {"ER-7002"}},
    {"cancelled", kFirstUnionUsd, "2021-03-05T17:00:00Z", "2021-03-08T09:00:00Z", "", "", {"ER-7003"}},
    {"cancelled", kFirstUnionUsd, "2022-12-16T17:00:00Z", "2022-12-19T11:30:00Z", "", "", {"ER-7004"}},
    {"completed_with_errors", kFirstUnionUsd, "2024-05-10T17:00:00Z", "2024-05-14T12:00:00Z",
     "2024-05-15T06:00:00Z", "Invalid routing number (R03)", {"ER-7005"}},
    {"payment_initiated", kXyzUsd, "2025-11-21T17:00:00Z", "2025-11-24T09:00:00Z", "", "", {"ER-7006"}},
    {"payment_initiated", kFirstUnionUsd, "2025-12-12T17:00:00Z", "2025-12-15T09:00:00Z", "", "",
     {"ER-7007"}},
    {"payment_in_progress", kXyzUsd, "2026-01-16T17:00:00Z", "2026-01-19T08:30:00Z", "", "", {"ER-7008"}},
    {"payment_in_progress", kFirstUnionUsd, "2026-01-23T17:00:00Z", "2026-01-26T08:30:00Z", "", "",
     {"ER-7009", "ER-7013"}},
    {"approved", kXyzUsd, "2026-01-30T17:00:00Z", "2026-02-02T10:00:00Z", "", "", {"ER-7010"}},
    {"approved", kFirstUnionUsd, "2026-02-06T17:00:00Z", "2026-02-09T10:00:00Z", "", "", {"ER-7011"}},
    {"draft", kXyzUsd, "2026-02-13T17:00:00Z", "2026-02-13T17:00:00Z", "", "", {"ER-7012"}},
    {"draft", kXyzUsd, "2026-02-13T17:00:00Z", "2026-02-13T17:00:00Z", "", "", {"ER-7014"}},
};

// Fixed rates into the reporting currency (USD) of the currencies Coupa Pay pays in.
struct ReportingRate {
  int64_t currency;
  std::string_view rate;
};
constexpr ReportingRate kReportingRates[] = {{kUsd, "1"}, {kEur, "1.0850"}, {kGbp, "1.2700"}};
// clang-format on

constexpr std::string_view kSupplierAccountType = "CoupaPay::SupplierPaymentAccount";
constexpr std::string_view kEmployeeAccountType = "CoupaPay::EmployeePaymentAccount";

Decimal ReportingRateOf(int64_t currency) {
  for (const ReportingRate& r : kReportingRates) {
    if (r.currency == currency) return Amount(r.rate);
  }
  throw std::logic_error("demo data: no reporting rate for currency " + std::to_string(currency));
}

// A masked account number and a routing number, stable for an id.
std::string MaskedAccountNumber(int64_t id) { return fmt::format("****{:04}", (id * 7919 + 1234) % 10000); }
std::string RoutingNumber(int64_t id) { return fmt::format("{:09}", 111000000 + (id * 104729) % 888999); }

Status InsertPartnersAndCompanyAccounts(Builder& b, Timestamp setup) {
  for (size_t i = 0; i < std::size(kPartners); ++i) {
    const PartnerSpec& p = kPartners[i];
    auto r = b.Stamped("coupa-pay-payment-partner", setup, setup);
    r->Set("id", static_cast<int64_t>(i + 1));
    r->Set("name", Str(p.name));
    r->Set("issuing-bank", Str(p.issuing_bank));
    r->Set("payment-partner-type", Str(p.partner_type));
    r->Set("type", Str("CoupaPay::PaymentPartner"));
    r->Set("card-network", OrNull(p.card_network));
    r->Set("currency", b.Ref("currency", p.currency));
    r->Set("product-names", Str(p.products));
    r->Set("status", Str("active"));
    r->Set("support-contact", b.Ref("user", kAdmin));
    r->Set("created-by", b.Ref("user", kAdmin));
    r->Set("updated-by", b.Ref("user", kAdmin));
    APB_TRY(int64_t id, b.Insert(*r));
    (void)id;
  }
  for (size_t i = 0; i < std::size(kCompanyAccounts); ++i) {
    const CompanyAccountSpec& a = kCompanyAccounts[i];
    auto r = b.Stamped("coupa-pay-company-payment-account", setup, setup);
    r->Set("id", static_cast<int64_t>(i + 1));
    r->Set("account-name", Str(a.name));
    r->Set("account-kind", Str(a.kind));
    r->Set("currency", b.Ref("currency", a.currency));
    r->Set("payment-partner", b.Ref("coupa-pay-payment-partner", a.partner));
    r->Set("payment-option", Str("direct_bank_integration"));
    r->Set("physical-check-signature-presence", false);
    r->Set("source-name", Str("cpaui"));
    r->Set("status", Str("active"));
    r->Set("created-by", b.Ref("user", kAdmin));
    r->Set("updated-by", b.Ref("user", kAdmin));
    APB_TRY(int64_t id, b.Insert(*r));
    (void)id;
  }
  return Ok();
}

model::RecordPtr PayToAccount(const Builder& b, int64_t id, std::string_view type, std::string holder,
                              std::string_view bank, int64_t currency, Timestamp setup) {
  auto r = b.Stamped("coupa-pay-payment-account", setup, setup);
  r->Set("id", id);
  r->Set("type", Str(type));
  r->Set("name",
         holder + (type == kSupplierAccountType ? " - remittance account" : " - reimbursement account"));
  r->Set("account-name", std::move(holder));
  r->Set("account-number", MaskedAccountNumber(id));
  r->Set("routing-number", RoutingNumber(id));
  r->Set("bank-name", Str(bank));
  r->Set("currency", b.Ref("currency", currency));
  r->Set("status", Str("active"));
  r->Set("active", true);
  return r;
}

// Pay-to accounts and payees of the demo suppliers and of the employees with expenses.
Status InsertPayees(Builder& b, Timestamp setup) {
  std::span<const SupplierSpec> suppliers = Suppliers();
  for (size_t i = 0; i < suppliers.size(); ++i) {
    APB_TRY_STATUS(InsertSupplierPayee(b, static_cast<int64_t>(i + 1), suppliers[i], setup));
  }
  std::span<const UserSpec> users = Users();
  for (size_t i = 0; i < users.size(); ++i) {
    const UserSpec& u = users[i];
    if (!u.expense_user) continue;
    const int64_t id = kEmployeeIdBase + static_cast<int64_t>(i + 1);
    APB_TRY(int64_t account, b.Insert(*PayToAccount(b, id, kEmployeeAccountType, FullName(u),
                                                    "First Union Bank", u.currency, setup)));
    (void)account;
    auto payee = b.New("coupa-pay-payee");
    payee->Set("id", id);
    payee->Set("type", Str("User"));
    payee->Set("login", Str(u.login));
    payee->Set("email", Email(u));
    payee->Set("firstname", Str(u.firstname));
    payee->Set("lastname", Str(u.lastname));
    APB_TRY(int64_t payee_id, b.Insert(*payee));
    (void)payee_id;
  }
  return Ok();
}

// What the payments may pay, by document number.
std::map<std::string, Payable, std::less<>> PayablesByNumber(const std::vector<Payable>& invoices) {
  std::map<std::string, Payable, std::less<>> by_number;
  for (const Payable& p : invoices) by_number.emplace(p.number, p);
  for (const ExpenseReportSpec& e : kExpenseReports) {
    std::string number = fmt::format("ER-{}", e.id);
    by_number.emplace(number, Payable{e.id, number, "ExpenseReport", 0, e.user, kUsd, Amount(e.total),
                                      FullName(ById(Users(), e.user))});
  }
  return by_number;
}

// The documents of a payment; Internal if one is unknown or they do not share
// payee and currency (a bug in the tables).
Result<std::vector<Payable>> DocumentsOf(const PaymentSpec& spec,
                                         const std::map<std::string, Payable, std::less<>>& payables) {
  std::vector<Payable> docs;
  for (std::string_view number : spec.documents) {
    if (number.empty()) continue;
    auto it = payables.find(number);
    if (it == payables.end()) return Fail(Internal("demo payment names unknown document " + Str(number)));
    docs.push_back(it->second);
  }
  if (docs.empty()) return Fail(Internal("demo payment without documents"));
  for (const Payable& d : docs) {
    if (d.supplier != docs[0].supplier || d.user != docs[0].user || d.currency != docs[0].currency) {
      return Fail(Internal("demo payment mixes payees or currencies: " + d.number));
    }
  }
  if (kCompanyAccounts[spec.pay_from - 1].currency != docs[0].currency) {
    return Fail(Internal("demo payment pays from an account in another currency: " + docs[0].number));
  }
  return docs;
}

model::RecordPtr PaymentDetail(const Builder& b, const Payable& doc, Timestamp created, Timestamp updated) {
  const bool invoice = doc.payable_type == "InvoiceHeader";
  auto d = b.Stamped("coupa-pay-payment-detail", created, updated);
  d->Set("currency", b.Ref("currency", doc.currency));
  d->Set("payment-total", doc.total);
  d->Set("transaction-total", doc.total);
  d->Set("discount-total", Decimal::FromInt(0));
  d->Set("adjustment-total", Decimal::FromInt(0));
  d->Set("payable-id", doc.id);
  d->Set("payable-type", Str(doc.payable_type));
  d->Set("payable-document-type", Str(invoice ? "Invoice" : "ExpenseReport"));
  d->Set("source-transaction-id", std::to_string(doc.id));
  d->Set("source-transaction-reference", doc.number);
  d->Set("source-transaction-type", Str(doc.payable_type));
  d->Set("created-by", b.Ref("user", kClerkGarcia));
  d->Set("updated-by", b.Ref("user", kClerkGarcia));
  return d;
}

// One batch per (created-at, supplier or employee payments); keys sort by time.
struct Batch {
  int64_t id = 0;
  Timestamp created;
  Timestamp updated;
  bool released = false;
  int payments = 0;
};
std::string BatchKey(const PaymentSpec& spec, bool employee) {
  return Str(spec.created_at) + (employee ? " employee" : " supplier");
}

}  // namespace

std::span<const CompanyAccountSpec> CompanyAccounts() { return kCompanyAccounts; }

bool IsReleased(std::string_view status) {
  return status != "draft" && status != "approved" && status != "cancelled";
}

Status InsertSupplierPayee(Builder& b, int64_t supplier_id, const SupplierSpec& s, Timestamp setup) {
  APB_TRY(int64_t account, b.Insert(*PayToAccount(b, supplier_id, kSupplierAccountType, Str(s.name), s.bank,
                                                  s.currency, setup)));
  (void)account;
  auto payee = b.New("coupa-pay-payee");
  payee->Set("id", supplier_id);
  payee->Set("type", Str("Supplier"));
  payee->Set("name", Str(s.name));
  payee->Set("display-name", Str(s.name));
  payee->Set("number", Str(s.number));
  APB_TRY(int64_t payee_id, b.Insert(*payee));
  (void)payee_id;
  return Ok();
}

Status InsertCoupaPayReferenceData(Builder& b) {
  const Timestamp setup = At(kSetupTime);
  APB_TRY_STATUS(InsertPartnersAndCompanyAccounts(b, setup));
  return InsertPayees(b, setup);
}

model::RecordPtr MakePaymentBatch(const Builder& b, std::string description, bool released, Timestamp created,
                                  Timestamp updated) {
  auto r = b.Stamped("coupa-pay-payment-batch", created, updated);
  r->Set("description", std::move(description));
  r->Set("status", Str(released ? "released" : "pending_release"));
  r->Set("created-by", b.Ref("user", kClerkGarcia));
  r->Set("updated-by", b.Ref("user", kClerkGarcia));
  return r;
}

model::RecordPtr MakeCoupaPayPayment(const Builder& b, const CoupaPayPaymentDraft& d) {
  const Payable& first = d.documents.front();
  const bool employee = first.user != 0;
  const CompanyAccountSpec& from = kCompanyAccounts[d.pay_from - 1];
  const int64_t payee = employee ? kEmployeeIdBase + first.user : first.supplier;

  model::RecordList details;
  Decimal total = Decimal::FromInt(0);
  std::string numbers;
  for (const Payable& doc : d.documents) {
    details.push_back(PaymentDetail(b, doc, d.created_at, d.updated_at));
    total = total + doc.total;
    numbers += (numbers.empty() ? "" : ", ") + doc.number;
  }
  const Decimal reporting_total = RoundHalfUp(total * ReportingRateOf(first.currency), 2);

  auto p = b.Stamped("coupa-pay-payment", d.created_at, d.updated_at);
  p->Set("status", Str(d.status));
  p->Set("type", Str(employee ? "CoupaPay::ExpensePayment" : "CoupaPay::InvoicePayment"));
  p->Set("description",
         fmt::format("{} to {} for {}", employee ? "Reimbursement" : "Payment", first.payee_name, numbers));
  p->Set("payment-identifier", fmt::format("PMT-{:06}", 100001 + d.sequence));
  p->Set("line-num", d.line_num);
  p->Set("payment-batch", b.Ref("coupa-pay-payment-batch", d.batch));
  p->Set("pay-from-account", b.Ref("coupa-pay-company-payment-account", d.pay_from));
  p->Set("pay-from-currency", b.Ref("currency", from.currency));
  p->Set("pay-to-account", b.Ref("coupa-pay-payment-account", payee));
  p->Set("pay-to-currency", b.Ref("currency", first.currency));
  p->Set("payee", b.Ref("coupa-pay-payee", payee));
  p->Set("transfer-type", Str(from.transfer_type));
  p->Set("exchange-rate", Decimal::FromInt(1));
  p->Set("pay-from-total", total);
  p->Set("estimated-pay-from-total", total);
  p->Set("pay-to-total", total);
  p->Set("reporting-currency", b.Ref("currency", kUsd));
  p->Set("reporting-pay-from-total", reporting_total);
  p->Set("reporting-pay-to-total", reporting_total);
  p->Set("legal-entity-name", Str(ById(AccountTypes(), AccountTypeFor(from.currency)).legal_entity));
  p->Set("source-name", Str("CoupaPay"));
  p->Set("requested-execution-date", d.created_at + std::chrono::days{1});
  const bool released = IsReleased(d.status);
  p->Set("released-at", released ? model::Value{d.created_at + std::chrono::hours{2}} : model::Value{model::Null{}});
  p->Set("external-ref-id", released ? model::Value{int64_t{5500000} + d.sequence} : model::Value{model::Null{}});
  p->Set("error-text", d.error_text.empty() ? model::Value{model::Null{}} : model::Value{d.error_text});
  p->Set("exported", d.exported_at.has_value());
  p->Set("last-exported-at", d.exported_at ? model::Value{*d.exported_at} : model::Value{model::Null{}});
  p->Set("payment-details", std::move(details));
  p->Set("created-by", b.Ref("user", kClerkGarcia));
  p->Set("updated-by", b.Ref("user", kClerkGarcia));
  return p;
}

Status InsertCoupaPay(Builder& b, const std::vector<Payable>& approved_invoices) {
  const auto payables = PayablesByNumber(approved_invoices);
  std::vector<std::vector<Payable>> documents;
  std::map<std::string, Batch> batches;
  for (const PaymentSpec& spec : kPayments) {
    APB_TRY(std::vector<Payable> docs, DocumentsOf(spec, payables));
    Batch& batch = batches[BatchKey(spec, docs[0].user != 0)];
    batch.created = At(spec.created_at);
    batch.updated = std::max(batch.updated, At(spec.updated_at));
    batch.released = batch.released || IsReleased(spec.status);
    documents.push_back(std::move(docs));
  }
  for (auto& [key, batch] : batches) {  // in key order: by creation time
    std::string description =
        (key.ends_with("employee") ? "Employee reimbursements " : "Supplier payment run ") + key.substr(0, 10);
    APB_TRY(batch.id, b.Insert(*MakePaymentBatch(b, std::move(description), batch.released, batch.created,
                                                 batch.updated)));
  }
  for (size_t i = 0; i < std::size(kPayments); ++i) {
    const PaymentSpec& spec = kPayments[i];
    Batch& batch = batches[BatchKey(spec, documents[i].front().user != 0)];
    CoupaPayPaymentDraft d;
    d.status = spec.status;
    d.pay_from = spec.pay_from;
    d.created_at = At(spec.created_at);
    d.updated_at = At(spec.updated_at);
    if (!spec.exported_at.empty()) d.exported_at = At(spec.exported_at);
    d.error_text = Str(spec.error_text);
    d.documents = documents[i];
    d.batch = batch.id;
    d.line_num = ++batch.payments;
    d.sequence = static_cast<int64_t>(i);
    APB_TRY(int64_t id, b.Insert(*MakeCoupaPayPayment(b, d)));
    (void)id;
  }
  return Ok();
}

}  // namespace apbridge::resources::demo
