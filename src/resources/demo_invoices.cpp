// Demo invoices: the spec's invoice 106 and supplier-API invoice (107), and a
// table of realistic invoices (ids from 1000) expanded with exact totals.
#include <iterator>

#include "resources/demo_data_internal.hpp"
#include "resources/invoice_draft.hpp"

namespace apbridge::resources::demo {
namespace {

struct LineSpec {
  std::string_view description;
  std::string_view price;
  std::string_view quantity;
  int64_t account = 0;
  int64_t uom = kEach;
};

using enum Settlement;

struct InvoiceSpec {
  std::string_view number;
  int64_t supplier;
  std::string_view status;
  int64_t currency;
  std::string_view invoice_date;
  std::string_view updated_at;
  int64_t requester;  // also decides the ship-to address (the requester's)
  int64_t tax_code;   // kNoTax: untaxed
  bool line_level_taxation;
  Settlement settlement;
  std::string_view paid_on;
  std::string_view exported_at;  // empty: not exported
  LineSpec lines[5];             // up to five; unused ones have no description
  int64_t contract = 0;
  std::string_view credit_of = {};  // a credit note: the number of the invoice it credits
};

// The spec's own invoices, with the ids the spec shows.
constexpr int64_t kErpPaymentInvoiceId = 106;
constexpr int64_t kSupplierApiInvoiceId = 107;
// clang-format off
constexpr InvoiceSpec kErpPaymentInvoice = {
    "test1234536", kSupplier12345, "approved", kUsd, "2016-06-10", "2016-06-10T15:00:00Z", kClerkChen,
    kNoTax, false, kOpen, "", "",
    {{"Test item", "1.00", "1", kOfficeSupplies}}};
constexpr InvoiceSpec kSupplierApiInvoice = {
    "feb27_e2e_1_update2", kBluewater, "approved", kUsd, "2024-02-27", "2025-08-14T12:30:55Z", kOkafor,
    kExempt, true, kOpen, "", "",
    {{"Impressivo 1000 motherboard", "10", "10", kItHardware}}};

// The other invoices: ids 1000, 1001, ... in this order.
// number, supplier, status, currency, invoice date, updated at, requester, tax code,
// line-level taxation, settlement, paid on, exported at, lines[, contract, credit of]
constexpr InvoiceSpec kInvoices[] = {
    // Approved.
    {"NW-19-04412", kNorthwind, "approved", kUsd, "2019-03-04", "2019-04-20T16:05:00Z", kNguyen, kIlSalesTax,
     false, kOpen, "", "2019-03-12T08:00:00Z",
     {{"Copy paper, letter, 10-ream case", "42.99", "12", kOfficeSupplies},
      {"Toner cartridge, black, high yield", "89.50", "4", kOfficeSupplies}}},
    {"GBX-190611", kGlobex, "approved", kUsd, "2019-06-11", "2019-07-25T09:12:00Z", kNguyen, kNoTax, false,
     kOpen, "", "2019-06-20T08:00:00Z",
     {{"LTL freight, Chicago IL to Dallas TX", "1850.00", "1", kFreight},
      {"Liftgate delivery service", "95.00", "1", kFreight},
      {"Fuel surcharge", "148.00", "1", kFreight}}},
    {"INI-2019-0788", kInitech, "approved", kUsd, "2019-06-28", "2019-08-02T11:45:00Z", kOkafor, kNoTax,
     false, kOpen, "", "2019-07-01T08:00:00Z",
     {{"TPS Reporter annual subscription (seats)", "120.00", "25", kSoftware}}},
    {"BW-77120", kBluewater, "approved", kUsd, "2020-09-15", "2020-10-20T17:20:00Z", kOkafor, kCaSalesTax,
     true, kOpen, "", "2020-09-18T08:00:00Z",
     {{"Laptop, 14-inch, 16 GB RAM, 512 GB SSD", "1349.00", "5", kItHardware},
      {"USB-C docking station", "189.99", "5", kItHardware}}},
    {"NW-23-10234", kNorthwind, "approved", kUsd, "2023-01-17", "2023-03-20T10:02:00Z", kOkafor, kCaSalesTax,
     false, kPaidInTwo, "2023-03-17", "2023-01-20T07:30:00Z",
     {{"Ergonomic task chair", "289.00", "6", kOfficeSupplies},
      {"Desk organizer set", "24.95", "10", kOfficeSupplies}}},
    {"CCS-INV-230045", kContoso, "approved", kUsd, "2023-03-01", "2023-04-14T09:00:00Z", kOkafor, kNoTax,
     false, kPaid, "2023-04-14", "2023-03-03T07:30:00Z",
     {{"Cloud compute reserved capacity - February 2023", "8450.00", "1", kSoftware, kMonth},
      {"Object storage, TB-month", "23.00", "48.5", kSoftware}},
     kContosoAgreement},
    {"SLL-2023-0611", kSummitLegal, "approved", kUsd, "2023-06-11", "2023-07-11T15:30:00Z", kLindqvist,
     kNoTax, false, kPaid, "2023-07-10", "2023-06-13T07:30:00Z",
     {{"Contract review and negotiation", "425.00", "14.5", kProfessionalFees, kHour},
      {"Court filing fees", "350.00", "1", kProfessionalFees}}},
    {"RMG-5521", kRedwood, "approved", kUsd, "2023-08-22", "2023-09-30T12:00:00Z", kLindqvist, kNoTax, false,
     kPartlyPaid, "2023-09-29", "2023-08-25T07:30:00Z",
     {{"Trade show booth design and build", "6500.00", "1", kMarketingSpend},
      {"Printed brochures, tri-fold", "0.84", "2500", kMarketingSpend}}},
    {"KS-230915-A", kKeystone, "approved", kUsd, "2023-09-15", "2023-10-27T14:05:00Z", kClerkChen, kNoTax,
     false, kOpen, "", "2023-09-18T07:30:00Z",
     {{"Temporary AP specialist, week 36", "58.50", "40", kContractLabor, kHour},
      {"Temporary AP specialist, week 37", "58.50", "38.5", kContractLabor, kHour}},
     kKeystoneMsa},
    {"TPD-23-0456", kThamesPrint, "approved", kGbp, "2023-12-05", "2024-01-05T09:30:00Z", kBrooks, kUkVat,
     false, kPaid, "2024-01-04", "2023-12-07T07:30:00Z",
     {{"Annual report print run (A4, 48 pages)", "3.20", "1500", kUkMarketing},
      {"Design and typesetting", "1200.00", "1", kUkMarketing}}},
    {"BCG-2024-017", kBrightline, "approved", kEur, "2024-01-22", "2024-02-21T08:15:00Z", kSchmidt, kDeVat,
     true, kOpen, "", "",
     {{"ERP integration workshop (consultant days)", "1450.00", "4", kEuProfessionalFees},
      {"Travel expenses, Munich to Berlin", "612.40", "1", kEuProfessionalFees}}},
    {"AIP-240315", kApex, "approved", kUsd, "2024-03-15", "2024-04-14T16:40:00Z", kNguyen, kIlSalesTax, true,
     kOpen, "", "2024-03-18T07:30:00Z",
     {{"Hydraulic pump seal kit", "38.40", "25", kFacilities},
      {"Ball bearing 6205-2RS", "4.15", "200", kFacilities},
      {"Nitrile safety gloves, box of 100", "22.80", "10", kFacilities, kBox}}},
    {"MTS-2024-0042", kMumbaiTech, "approved", kInr, "2024-04-30", "2024-06-14T07:00:00Z", kKapoor, kInGst,
     false, kPaid, "2024-06-14", "2024-05-02T07:30:00Z",
     {{"Offshore QA and test automation - April 2024", "850000.00", "1", kInSoftwareServices, kMonth}}},
    {"NW-24-CN-0031", kNorthwind, "approved", kUsd, "2024-07-08", "2024-07-09T11:00:00Z", kOkafor,
     kCaSalesTax, false, kOpen, "", "2024-07-09T06:00:00Z",
     {{"Return: ergonomic task chair (damaged in transit)", "289.00", "-2", kOfficeSupplies}},
     0, "NW-23-10234"},
    {"GBX-251103", kGlobex, "approved", kUsd, "2025-11-03", "2025-12-03T13:10:00Z", kNguyen, kNoTax, false,
     kOpen, "", "2025-11-05T07:30:00Z",
     {{"Full truckload, Chicago IL to Atlanta GA", "3275.00", "1", kFreight},
      {"Detention time", "85.00", "3", kFreight, kHour}}},
    {"BW-82291", kBluewater, "approved", kUsd, "2025-12-15", "2026-01-10T09:25:00Z", kOkafor, kCaSalesTax,
     true, kOpen, "", "2025-12-17T07:30:00Z",
     {{"27-inch 4K monitor", "329.00", "12", kItHardware},
      {"Dual monitor arm", "119.00", "6", kItHardware}}},
    {"CCS-INV-260001", kContoso, "approved", kUsd, "2026-01-05", "2026-02-02T18:00:00Z", kOkafor, kNoTax,
     false, kOpen, "", "",
     {{"Cloud compute reserved capacity - December 2025", "9120.00", "1", kSoftware, kMonth},
      {"Object storage, TB-month", "23.00", "52.25", kSoftware}},
     kContosoAgreement},
    {"TPD-26-0019", kThamesPrint, "approved", kGbp, "2026-01-20", "2026-02-10T10:45:00Z", kBrooks, kUkVat,
     false, kOpen, "", "2026-01-22T07:30:00Z",
     {{"Product catalogue print run", "2.75", "4000", kUkMarketing},
      {"Proofing and colour matching", "350.00", "1", kUkMarketing}}},
    // Pending approval.
    {"INI-2024-1190", kInitech, "pending_approval", kUsd, "2024-09-03", "2024-09-05T09:00:00Z", kOkafor,
     kNoTax, false, kOpen, "", "",
     {{"Platform subscription renewal", "18000.00", "1", kSoftware},
      {"Premium support", "3600.00", "1", kSoftware}}},
    {"BW-81544", kBluewater, "pending_approval", kUsd, "2024-11-19", "2024-11-21T14:30:00Z", kOkafor,
     kCaSalesTax, true, kOpen, "", "",
     {{"Wireless keyboard and mouse set", "64.99", "30", kItHardware}}},
    {"CCS-INV-250011", kContoso, "pending_approval", kUsd, "2025-01-31", "2025-02-03T08:00:00Z", kOkafor,
     kNoTax, false, kOpen, "", "",
     {{"Cloud compute reserved capacity - January 2025", "9120.00", "1", kSoftware, kMonth},
      {"Object storage, TB-month", "23.00", "50.75", kSoftware}},
     kContosoAgreement},
    {"PFM-2025-032", kPinnacle, "pending_approval", kUsd, "2025-03-02", "2025-03-04T10:20:00Z", kOkafor,
     kNoTax, false, kOpen, "", "",
     {{"Janitorial services - February 2025", "4200.00", "1", kFacilities, kMonth},
      {"Carpet deep cleaning (square feet)", "0.35", "12000", kFacilities}}},
    {"TPD-25-0112", kThamesPrint, "pending_approval", kGbp, "2025-06-20", "2025-06-23T09:10:00Z", kBrooks,
     kUkVat, false, kOpen, "", "",
     {{"Event banner, 2 m x 1 m", "85.00", "12", kUkMarketing}}},
    // Draft.
    {"SLL-2025-0930", kSummitLegal, "draft", kUsd, "2025-09-30", "2025-10-01T16:00:00Z", kLindqvist, kNoTax,
     false, kOpen, "", "",
     {{"Employment law advisory", "450.00", "6.25", kProfessionalFees, kHour}}},
    {"GBX-251014", kGlobex, "draft", kUsd, "2025-10-14", "2025-10-14T18:30:00Z", kNguyen, kNoTax, false,
     kOpen, "", "",
     {{"LTL freight, Chicago IL to Denver CO", "1420.00", "1", kFreight}}},
    {"AIP-260105", kApex, "draft", kUsd, "2026-01-05", "2026-01-06T08:45:00Z", kNguyen, kIlSalesTax, true,
     kOpen, "", "",
     {{"Pallet jack, 5500 lb capacity", "429.00", "2", kFacilities},
      {"Stretch wrap, 18-inch roll", "21.50", "24", kFacilities}}},
    {"KS-260112-B", kKeystone, "draft", kUsd, "2026-01-12", "2026-01-13T12:00:00Z", kClerkChen, kNoTax, false,
     kOpen, "", "",
     {{"Temporary AP specialist, week 1", "61.00", "40", kContractLabor, kHour}},
     kKeystoneMsa},
    // Every other status once.
    {"ST-2026-01-9920", kSterling, "new", kUsd, "2026-01-28", "2026-01-28T14:00:00Z", kNguyen, kIlSalesTax,
     true, kOpen, "", "",
     {{"Mobile voice and data plan - December 2025", "45.00", "92", kTelecom},
      {"Device protection plan", "7.99", "92", kTelecom}}},
    {"BW-83002", kBluewater, "pending_receipt", kUsd, "2025-12-02", "2025-12-04T10:00:00Z", kOkafor,
     kCaSalesTax, true, kOpen, "", "",
     {{"Rack server, 2U, dual CPU", "6850.00", "2", kItHardware}}},
    {"MTS-2025-0117", kMumbaiTech, "pending_action", kInr, "2025-07-15", "2025-07-22T05:30:00Z", kKapoor,
     kInGst, false, kOpen, "", "",
     {{"Mobile app regression testing - June 2025", "620000.00", "1", kInSoftwareServices, kMonth}}},
    {"PFM-2025-077", kPinnacle, "on_hold", kUsd, "2025-08-01", "2025-08-12T13:00:00Z", kOkafor, kNoTax, false,
     kOpen, "", "",
     {{"Emergency plumbing repair, 3rd floor", "1875.00", "1", kFacilities}}},
    {"NW-25-11876", kNorthwind, "ap_hold", kUsd, "2025-08-19", "2025-08-25T09:40:00Z", kOkafor, kCaSalesTax,
     false, kOpen, "", "",
     {{"Standing desk, electric", "649.00", "8", kOfficeSupplies}}},
    {"BCG-2025-088", kBrightline, "booking_hold", kEur, "2025-09-09", "2025-09-30T23:00:00Z", kSchmidt,
     kDeVat, true, kOpen, "", "",
     {{"Data migration advisory (consultant days)", "1450.00", "6", kEuProfessionalFees}}},
    {"GBX-250702", kGlobex, "disputed", kUsd, "2025-07-02", "2025-07-09T15:15:00Z", kNguyen, kNoTax, false,
     kOpen, "", "",
     {{"Expedited freight, Chicago IL to Newark NJ", "2980.00", "1", kFreight},
      {"Residential delivery surcharge", "125.00", "1", kFreight}}},
    {"RMG-5870", kRedwood, "abandoned", kUsd, "2024-10-01", "2024-12-01T17:00:00Z", kLindqvist, kNoTax, false,
     kOpen, "", "",
     {{"Social media campaign management - Q3 2024", "7800.00", "1", kMarketingSpend}}},
    {"ECC-24-0415", kEvergreen, "rejected", kUsd, "2024-04-15", "2024-04-18T11:20:00Z", kOkafor, kCaSalesTax,
     false, kOpen, "", "",
     {{"Quarterly all-hands lunch, 140 guests", "18.75", "140", kMeals},
      {"Coffee and pastry service", "240.00", "1", kMeals}}},
    {"INI-2023-0907", kInitech, "voided", kUsd, "2023-09-07", "2023-09-20T10:00:00Z", kOkafor, kNoTax, false,
     kOpen, "", "2023-09-08T07:30:00Z",
     {{"TPS Reporter annual subscription (seats) - duplicate", "120.00", "25", kSoftware}}},
    {"CCS-INV-260003", kContoso, "processing", kUsd, "2026-02-02", "2026-02-02T16:00:00Z", kOkafor, kNoTax,
     false, kOpen, "", "",
     {{"Cloud compute reserved capacity - January 2026", "9120.00", "1", kSoftware, kMonth}},
     kContosoAgreement},
    {"SLL-2024-1203", kSummitLegal, "invalid", kUsd, "2024-12-03", "2024-12-03T20:00:00Z", kLindqvist, kNoTax,
     false, kOpen, "", "",
     {{"Trademark filing and search", "395.00", "3.5", kProfessionalFees, kHour}}},
    {"MLF-25-4410", kMapleLeaf, "payable_adjustment", kCad, "2025-10-28", "2025-11-15T14:00:00Z", kTremblay,
     kOnHst, false, kOpen, "", "",
     {{"Cross-border freight, Toronto ON to Buffalo NY", "2350.00", "1", kCaFreight},
      {"Customs brokerage fee", "185.00", "1", kCaFreight}}},
};
// clang-format on
constexpr int64_t kFirstInvoiceId = 1000;

const InvoiceSpec& FindInvoice(std::string_view number) {
  for (const InvoiceSpec& spec : kInvoices) {
    if (spec.number == number) return spec;
  }
  throw std::logic_error("demo data: no invoice " + std::string(number));
}

InvoiceDraft ToDraft(int64_t id, const InvoiceSpec& spec) {
  const SupplierSpec& supplier = ById(Suppliers(), spec.supplier);
  const int64_t clerks[] = {kClerkChen, kClerkNatarajan, kClerkGarcia};
  InvoiceDraft d;
  d.id = id;
  d.number = Str(spec.number);
  d.supplier = {spec.supplier, supplier.payment_term, supplier.payment_method};
  d.status = spec.status;
  d.currency = spec.currency;
  d.invoice_date = At(spec.invoice_date);
  d.updated_at = At(spec.updated_at);
  d.requester = spec.requester;
  d.updated_by = clerks[id % 3];
  d.tax_code = spec.tax_code;
  d.line_level_taxation = spec.line_level_taxation;
  d.settlement = spec.settlement;
  if (!spec.paid_on.empty()) d.paid_on = At(spec.paid_on);
  if (!spec.exported_at.empty()) d.exported_at = At(spec.exported_at);
  for (const LineSpec& l : spec.lines) {
    if (l.description.empty()) break;
    d.lines.push_back({Str(l.description), Amount(l.price), Amount(l.quantity), l.account, l.uom});
  }
  d.contract = spec.contract;
  if (!spec.credit_of.empty()) {
    d.credit_of = Str(spec.credit_of);
    d.credit_of_date = At(FindInvoice(spec.credit_of).invoice_date);
  }
  return d;
}

// The values supplier-get-invoice.txt shows that the table cannot express.
void ApplySupplierApiExample(model::Record* inv) {
  const Timestamp created = At("2024-02-28T05:46:29Z");
  inv->Set("supplier-api-id", Str("680fa552-3ef1-576c-b531-b743ca208134"));
  inv->Set("created-at", created);
  inv->Set("date-received", created);
  inv->Set("original-invoice-number", Str("fdelc-dchrl-qisty-xeskl"));
  inv->Set("original-invoice-date", At("2024-02-27T11:42:15Z"));
  inv->Set("discount-due-date", At("2024-03-18T23:59:59Z"));
  inv->Set("net-due-date", model::Null{});
  const model::RecordPtr& line = inv->GetList("invoice-lines")->front();
  line->Set("supplier-api-id", Str("684dd604-77e1-55c1-939e-4aebd152fd0a"));
  line->Set("status", Str("missing_po"));
  line->Set("created-at", created);
}

Result<Payable> Insert(Builder& b, const model::Record& invoice, const InvoiceDraft& draft) {
  APB_TRY(int64_t id, b.Insert(invoice));
  (void)id;
  return InvoicePayable(invoice, draft, Str(ById(Suppliers(), draft.supplier.id).name));
}

}  // namespace

Result<std::vector<Payable>> InsertInvoices(Builder& b) {
  std::vector<Payable> approved;
  auto insert = [&](const InvoiceDraft& draft, void (*adjust)(model::Record*)) -> Status {
    model::RecordPtr invoice = MakeInvoice(b, draft);
    if (adjust != nullptr) adjust(invoice.get());
    APB_TRY(Payable payable, Insert(b, *invoice, draft));
    if (draft.status == "approved" && draft.credit_of.empty()) approved.push_back(std::move(payable));
    return Ok();
  };
  APB_TRY_STATUS(insert(ToDraft(kErpPaymentInvoiceId, kErpPaymentInvoice), nullptr));
  APB_TRY_STATUS(insert(ToDraft(kSupplierApiInvoiceId, kSupplierApiInvoice), ApplySupplierApiExample));
  for (size_t i = 0; i < std::size(kInvoices); ++i) {
    APB_TRY_STATUS(insert(ToDraft(kFirstInvoiceId + static_cast<int64_t>(i), kInvoices[i]), nullptr));
  }
  return approved;
}

}  // namespace apbridge::resources::demo
