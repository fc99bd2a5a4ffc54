// InvoiceDraft -> invoice record: lines, tax lines, totals, discount and due
// dates from the payment term, and the ERP's payments per the settlement.
#include "resources/invoice_draft.hpp"

#include <fmt/format.h>

#include <chrono>

#include "common/crypto.hpp"

namespace apbridge::resources::demo {
namespace {

using std::chrono::days;
using std::chrono::hours;

// Invoices arrive (created-at) the morning of their invoice date.
constexpr hours kReceivedAfter{8};
// Due dates fall at the end of their day, as Coupa computes them.
constexpr auto kEndOfDay = hours{23} + std::chrono::minutes{59} + std::chrono::seconds{59};

const Decimal kZero = Decimal::FromInt(0);
const Decimal kHalf = Decimal::FromScaled(5, 1);
const Decimal kPercent = Decimal::FromScaled(1, 2);

std::string Uuid(const std::string& number, std::string_view suffix = {}) {
  return NameBasedUuid("demo-invoice:" + number + Str(suffix));
}

model::RecordPtr MakeTaxLine(const Builder& b, int64_t tax_code, const Decimal& base, const Decimal& amount,
                             Timestamp at) {
  const TaxCodeSpec& code = ById(TaxCodes(), tax_code);
  auto t = b.Stamped("tax-line", at, at);
  t->Set("tax-code", b.Ref("tax-code", tax_code));
  t->Set("code", Str(code.code));
  t->Set("description", Str(code.description));
  t->Set("rate", Amount(code.percentage));
  t->Set("base", base);
  t->Set("taxable-amount", base);
  t->Set("amount", amount);
  t->Set("type", Str("TaxLine"));
  return t;
}

// The invoice's lines; adds their totals to `net` and line-level taxes to `tax`.
model::RecordList MakeLines(const Builder& b, const InvoiceDraft& d, Timestamp created, Decimal* net,
                            Decimal* tax) {
  model::RecordList lines;
  int line_num = 0;
  for (const LineDraft& l : d.lines) {
    ++line_num;
    const Decimal total = l.price * l.quantity;
    Decimal line_tax = kZero;
    auto line = b.Stamped("invoice-line", created, d.updated_at);
    line->Set("line-num", int64_t{line_num});
    line->Set("description", l.description);
    line->Set("price", l.price);
    line->Set("quantity", l.quantity);
    line->Set("total", total);
    line->Set("accounting-total", total);
    line->Set("accounting-total-currency", b.Ref("currency", d.currency));
    line->Set("currency", b.Ref("currency", d.currency));
    line->Set("uom", b.Ref("uom", l.uom));
    line->Set("account", b.Ref("account", l.account));
    line->Set("status", Str(d.status));
    line->Set("type", Str("InvoiceQuantityLine"));
    line->Set("supplier-api-id", Uuid(d.number, ":line:" + std::to_string(line_num)));
    if (d.contract != 0) line->Set("contract", b.Ref("contract", d.contract));
    if (d.line_level_taxation && d.tax_code != kNoTax) {
      const TaxCodeSpec& code = ById(TaxCodes(), d.tax_code);
      line_tax = RoundHalfUp(total * Amount(code.percentage) * kPercent, 2);
      line->Set("tax-code", b.Ref("tax-code", d.tax_code));
      line->Set("tax-rate", Amount(code.percentage));
      line->Set("tax-description", Str(code.description));
      line->Set("tax-lines", model::RecordList{MakeTaxLine(b, d.tax_code, total, line_tax, created)});
    }
    line->Set("tax-amount", line_tax);
    *net = *net + total;
    *tax = *tax + line_tax;
    lines.push_back(std::move(line));
  }
  return lines;
}

model::RecordPtr MakePayment(const Builder& b, int64_t invoice_id, const Decimal& amount, std::string notes,
                             Timestamp date) {
  auto p = b.Stamped("payment", date, date);
  p->Set("amount-paid", amount);
  p->Set("notes", std::move(notes));
  p->Set("payment-date", date);
  p->Set("payable-id", invoice_id);
  p->Set("payable-type", Str("InvoiceHeader"));
  p->Set("created-by", b.Ref("user", kIntegrationUser));
  p->Set("updated-by", b.Ref("user", kIntegrationUser));
  return p;
}

// The ERP's payments on the invoice per its settlement, and paid/payment-date/payment-notes.
void AddPayments(const Builder& b, const InvoiceDraft& d, const Decimal& gross, model::Record* invoice) {
  using enum Settlement;
  model::RecordList payments;
  invoice->Set("paid", d.settlement == kPaid || d.settlement == kPaidInTwo);
  invoice->Set("payment-date", model::Null{});
  invoice->Set("payment-notes", model::Null{});
  if (d.settlement == kOpen) {
    invoice->Set("payments", payments);
    return;
  }
  const std::string_view currency = ById(Currencies(), d.currency).code;
  auto reference = [&](int n) { return fmt::format("{} {}", d.supplier.payment_method, 700000 + d.id * 10 + n); };
  Decimal last = gross;
  if (d.settlement != kPaid) {
    const Decimal half = RoundHalfUp(gross * kHalf, 2);
    const Timestamp first_date = d.settlement == kPaidInTwo ? d.paid_on - days{30} : d.paid_on;
    payments.push_back(MakePayment(b, d.id, half, reference(1), first_date));
    last = gross - half;
  }
  if (d.settlement != kPartlyPaid) {
    payments.push_back(MakePayment(b, d.id, last, reference(2), d.paid_on));
    invoice->Set("payment-date", d.paid_on);
    invoice->Set("payment-notes", fmt::format("{}|{}|{}|FULLY PAID|", reference(2), currency, gross.ToString(2)));
  } else {
    invoice->Set("payment-notes", fmt::format("{}|{}|{}|PARTIAL|", reference(1), currency,
                                              payments.front()->GetDecimal("amount-paid")->ToString(2)));
  }
  invoice->Set("payments", payments);
}

}  // namespace

model::RecordPtr MakeInvoice(const Builder& b, const InvoiceDraft& d) {
  const Timestamp created = d.invoice_date + kReceivedAfter;
  const PaymentTermSpec& term = ById(PaymentTerms(), d.supplier.payment_term);
  const UserSpec& requester = ById(Users(), d.requester);
  const int64_t account_type = AccountTypeFor(d.currency);

  auto inv = b.Stamped("invoice-header", created, d.updated_at);
  inv->Set("id", d.id);
  inv->Set("invoice-number", d.number);
  inv->Set("invoice-date", d.invoice_date);
  inv->Set("date-received", created);
  inv->Set("status", Str(d.status));
  inv->Set("supplier", b.Ref("supplier", d.supplier.id));
  inv->Set("remit-to-address", b.Ref("remit-to-address", d.supplier.id));
  inv->Set("currency", b.Ref("currency", d.currency));
  inv->Set("payment-term", b.Ref("payment-term", d.supplier.payment_term));
  inv->Set("account-type", b.Ref("account-type", account_type));
  inv->Set("bill-to-address", b.Ref("address", ById(AccountTypes(), account_type).address));
  inv->Set("ship-to-address", b.Ref("address", requester.address));
  inv->Set("requested-by", b.Ref("user", d.requester));
  inv->Set("requester-name", FullName(requester));
  inv->Set("requester-email", Email(requester));
  inv->Set("created-by", b.Ref("user", kIntegrationUser));
  inv->Set("updated-by", b.Ref("user", d.updated_by));
  inv->Set("supplier-api-id", Uuid(d.number));
  inv->Set("compliant", true);
  inv->Set("line-level-taxation", d.line_level_taxation);
  if (d.contract != 0) inv->Set("contract", b.Ref("contract", d.contract));
  const bool credit_note = !d.credit_of.empty();
  inv->Set("is-credit-note", credit_note);
  inv->Set("document-type", Str(credit_note ? "Credit Note" : "Invoice"));
  if (credit_note) {
    inv->Set("original-invoice-number", d.credit_of);
    inv->Set("original-invoice-date", d.credit_of_date);
  }

  Decimal net = kZero;
  Decimal tax = kZero;
  model::RecordList lines = MakeLines(b, d, created, &net, &tax);
  inv->Set("line-count", static_cast<int64_t>(lines.size()));
  inv->Set("invoice-lines", std::move(lines));
  model::RecordList header_taxes;
  if (!d.line_level_taxation && d.tax_code != kNoTax) {
    const TaxCodeSpec& code = ById(TaxCodes(), d.tax_code);
    tax = RoundHalfUp(net * Amount(code.percentage) * kPercent, 2);
    header_taxes.push_back(MakeTaxLine(b, d.tax_code, net, tax, created));
    inv->Set("tax-code", b.Ref("tax-code", d.tax_code));
    inv->Set("api-out-tax-code", b.Ref("tax-code", d.tax_code));
    inv->Set("tax-rate", Amount(code.percentage));
    inv->Set("api-out-tax-rate", Amount(code.percentage));
  }
  inv->Set("tax-lines", std::move(header_taxes));

  // No charges: the gross total is the lines plus their taxes.
  const Decimal gross = net + tax;
  for (std::string_view charge : {"shipping-amount", "handling-amount", "misc-amount"}) inv->Set(charge, kZero);
  inv->Set("tax-amount", tax);
  inv->Set("total-tax", tax);
  for (std::string_view total : {"gross-total", "gross-total-as-money", "total-with-taxes",
                                 "total-with-taxes-as-money", "supplier-total", "amount-due"}) {
    inv->Set(total, gross);
  }
  const Decimal discount =
      term.discount_days > 0 ? RoundHalfUp(gross * Amount(term.discount_rate) * kPercent, 2) : kZero;
  inv->Set("discount-percent", Amount(term.discount_rate));
  inv->Set("discount-amount", discount);
  inv->Set("gross-total-less-discount", gross - discount);
  inv->Set("amount-due-less-discount", gross - discount);
  inv->Set("net-due-date", d.invoice_date + days{term.net_days} + kEndOfDay);
  inv->Set("discount-due-date", term.discount_days > 0
                                    ? model::Value{d.invoice_date + days{term.discount_days} + kEndOfDay}
                                    : model::Value{model::Null{}});

  AddPayments(b, d, gross, inv.get());
  inv->Set("exported", d.exported_at.has_value());
  inv->Set("last-exported-at", d.exported_at ? model::Value{*d.exported_at} : model::Value{model::Null{}});
  return inv;
}

Payable InvoicePayable(const model::Record& invoice, const InvoiceDraft& draft, std::string supplier_name) {
  return Payable{draft.id,
                 draft.number,
                 "InvoiceHeader",
                 draft.supplier.id,
                 0,
                 draft.currency,
                 *invoice.GetDecimal("gross-total"),
                 std::move(supplier_name),
                 invoice.GetTime("net-due-date").value_or(draft.invoice_date)};
}

}  // namespace apbridge::resources::demo
