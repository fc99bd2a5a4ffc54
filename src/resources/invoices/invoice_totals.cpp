// RecomputeTotals: the figures read from the merged invoice (each tax, charge
// and shorthand resolved to one source), ComputeAmounts and ComputeDueDates,
// and every amount written back where Coupa shows it.
#include "resources/invoices/invoice_totals.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "model/fields.hpp"
#include "resources/invoices/amounts.hpp"
#include "resources/invoices/invoice_elements.hpp"
#include "resources/invoices/invoice_items.hpp"
#include "resources/invoices/payment_terms.hpp"

namespace apbridge::resources::invoices {
namespace {

using model::Record;
using model::RecordList;
using model::RecordPtr;
using model::Value;
namespace header = model::invoice_header;
namespace line = model::invoice_line;
namespace charge = model::invoice_charge;
namespace tax_line = model::tax_line;

constexpr std::string_view kFigureElements[] = {
    "currency",    "line-level-taxation", "shipping-amount", "handling-amount",  "misc-amount",
    "tax-rate",    "tax-amount",          "tax-code",        "discount-percent", "invoice-date",
    "payment-term"};

// The three header charges: the header element, the charge type, its description.
struct ChargeKind {
  model::FieldRef<Decimal> amount;
  std::string_view type;
  std::string_view description;
  ChargeFigures InvoiceFigures::*figures;
  Decimal InvoiceAmounts::*tax;
};
const std::array<ChargeKind, 3> kCharges = {{
    {header::kShippingAmount, "InvoiceShipping", "Shipping", &InvoiceFigures::shipping,
     &InvoiceAmounts::shipping_tax},
    {header::kHandlingAmount, "InvoiceHandling", "Handling", &InvoiceFigures::handling,
     &InvoiceAmounts::handling_tax},
    {header::kMiscAmount, "InvoiceMisc", "Miscellaneous", &InvoiceFigures::misc, &InvoiceAmounts::misc_tax},
}};

bool Changes(const Record& now, const Record& before, std::string_view name) {
  const int i = now.resource().IndexOf(name);
  return !Unchanged(now.resource().field(i), now.Get(i), before.Get(i));
}

Decimal DecimalOr(const Record& record, std::string_view name, Decimal fallback) {
  return record.GetDecimal(name).value_or(fallback);
}

RecordPtr Ref(const RecordPtr& record) {
  if (record == nullptr) return nullptr;
  auto ref = Record::Make(record->resource());
  ref->Set(0, record->Get(0));
  return ref;
}

// One thing that bears a tax: a line, a charge or the header.
struct Taxed {
  Record* owner = nullptr;
  const Record* stored = nullptr;  // as stored (an empty record when new)
  std::string path;                // "invoice-lines[0]"; empty: the header
  bool shorthand = false;          // tax-rate, tax-amount, tax-code write its tax line
  RecordPtr tax_line;              // its tax line, if any
  RecordPtr code;                  // the tax line's tax code, loaded
  TaxFigures figures;
  std::optional<Decimal> sent_amount;  // an amount sent with a rate: must be what the rate gives
  std::string amount_path;
};

Taxed TaxedOf(Record* owner, const Record* stored, std::string path, bool shorthand) {
  Taxed t;
  t.owner = owner;
  t.stored = stored;
  t.path = std::move(path);
  t.shorthand = shorthand;
  return t;
}

class Recompute {
 public:
  Recompute(storage::UnitOfWork& uow, Record& merged, const Record& stored, FieldErrors& errors)
      : uow_(uow), merged_(merged), stored_(stored), errors_(errors) {}

  Status Run() {
    const bool line_level = merged_.GetOr(header::kLineLevelTaxation, false);
    merged_.Set(header::kLineLevelTaxation, line_level);
    InvoiceFigures figures{.line_level_taxation = line_level};
    APB_TRY(RecordPtr currency, Load(merged_.Get("currency"), "currency"));
    if (currency != nullptr)
      figures.currency_decimals = static_cast<int>(currency->GetOr(model::currency::kDecimals, 2));
    currency_ = Ref(currency);

    const RecordList& lines = ItemsOf(merged_, "invoice-lines");
    std::vector<Taxed> line_taxes(lines.size());
    int64_t next_num = 1;
    for (const RecordPtr& l : lines) next_num = std::max(next_num, l->GetOr(line::kLineNum, 0) + 1);
    for (size_t n = 0; n < lines.size(); ++n) {
      Record& l = *lines[n];
      FillLineDefaults(l, next_num);
      line_taxes[n] = TaxedOf(&l, Before(l, "invoice-lines"), fmt::format("invoice-lines[{}]", n), true);
      APB_TRY_STATUS(ResolveTax(line_taxes[n]));
      figures.lines.push_back({l.GetOr(line::kPrice, Decimal{}),
                               l.GetOr(line::kQuantity, Decimal::FromInt(1)), line_taxes[n].figures});
    }

    std::array<Record*, 3> charges{};
    std::array<Taxed, 3> charge_taxes{};
    APB_TRY_STATUS(ResolveCharges(charges));
    for (size_t k = 0; k < kCharges.size(); ++k) {
      ChargeFigures& c = figures.*kCharges[k].figures;
      c.in_header_tax_base = !line_level;
      if (charges[k] == nullptr) continue;
      c.amount = charges[k]->GetOr(charge::kTotal, Decimal{});
      charge_taxes[k] =
          TaxedOf(charges[k], Before(*charges[k], "invoice-charges"), ChargePath(charges[k]), false);
      APB_TRY_STATUS(ResolveTax(charge_taxes[k]));
      c.tax = charge_taxes[k].figures;
    }

    Taxed header_tax = TaxedOf(&merged_, &stored_, "", true);
    APB_TRY_STATUS(ResolveTax(header_tax));
    figures.header_tax = header_tax.figures;
    APB_TRY_STATUS(DueDates());
    figures.discount_percent = DecimalOr(merged_, "discount-percent", Decimal{});
    if (!errors_.empty()) return Ok();  // the figures are not what they seem; nothing more to say

    auto amounts = ComputeAmounts(figures);
    if (!amounts) {
      AddAmountsError(amounts.error());
      return Ok();
    }
    for (size_t n = 0; n < lines.size(); ++n) {
      Record& l = *lines[n];
      const LineAmounts& a = amounts->lines[n];
      l.Set(line::kTotal, a.total);
      l.Set(line::kAccountingTotal, a.total);
      WriteTax(line_taxes[n], a.total, a.tax);
    }
    for (size_t k = 0; k < kCharges.size(); ++k) {
      const Decimal amount = (figures.*kCharges[k].figures).amount;
      merged_.Set(kCharges[k].amount, amount);
      if (charges[k] == nullptr) continue;
      charges[k]->Set(charge::kTotal, amount);
      charges[k]->Set(charge::kAccountingTotal, amount);
      WriteTax(charge_taxes[k], amount, (*amounts).*kCharges[k].tax);
    }
    WriteTax(header_tax, amounts->header_tax_base, amounts->total_tax);
    WriteHeaderTotals(*amounts, static_cast<int64_t>(lines.size()));
    return Ok();
  }

 private:
  // The stored copy of `item` of collection `name` (an empty record when new).
  const Record* Before(const Record& item, std::string_view name) {
    if (const Record* found = ItemWithId(ItemsOf(stored_, name), item.id())) return found;
    empties_.push_back(std::make_unique<Record>(item.resource()));
    return empties_.back().get();
  }

  std::string ChargePath(const Record* c) const {
    const RecordList& list = ItemsOf(merged_, "invoice-charges");
    for (size_t n = 0; n < list.size(); ++n) {
      if (list[n].get() == c) return fmt::format("invoice-charges[{}]", n);
    }
    return "invoice-charges";
  }

  // The record a reference names (its stored shape), nullptr for none; an
  // unknown id is the element rules' error already.
  Result<RecordPtr> Load(const Value& ref, std::string_view resource) {
    const std::optional<int64_t> id = ReferencedId(ref);
    if (!id) return RecordPtr{};
    auto found = uow_.Get(
        *id,
        *merged_.resource().Target(merged_.resource().IndexOf(resource))->projection(model::Shape::kStored));
    if (!found && found.error().code == ErrorCode::kNotFound) return RecordPtr{};
    return found;
  }

  Result<RecordPtr> LoadTaxCode(const Value& ref) {
    const std::optional<int64_t> id = ReferencedId(ref);
    if (!id) return RecordPtr{};
    const model::Resource& codes = *merged_.resource().Target(merged_.resource().IndexOf("tax-code"));
    auto found = uow_.Get(*id, *codes.projection(model::Shape::kStored));
    if (!found && found.error().code == ErrorCode::kNotFound) return RecordPtr{};
    return found;
  }

  void FillLineDefaults(Record& l, int64_t& next_num) {
    if (l.Get(line::kType) == nullptr) l.Set(line::kType, std::string("InvoiceQuantityLine"));
    if (l.Get(line::kQuantity) == nullptr) l.Set(line::kQuantity, Decimal::FromInt(1));
    if (l.Get(line::kLineNum) == nullptr) l.Set(line::kLineNum, next_num++);
    if (l.Get(line::kStatus) == nullptr) l.Set(line::kStatus, merged_.GetOr(header::kStatus, "draft"));
    l.Set(line::kCurrency, currency_);
    l.Set(line::kAccountingTotalCurrency, currency_);
  }

  // Each header charge amount and the charge of its type, as one figure.
  Status ResolveCharges(std::array<Record*, 3>& found) {
    RecordList charges = ItemsOf(merged_, "invoice-charges");
    int64_t next_num = 1;
    for (const RecordPtr& c : charges) next_num = std::max(next_num, c->GetOr(charge::kLineNum, 0) + 1);
    for (size_t n = 0; n < charges.size(); ++n) {
      const std::string path = fmt::format("invoice-charges[{}].type", n);
      const std::string type = charges[n]->GetOr(charge::kType, "");
      const auto kind =
          std::find_if(kCharges.begin(), kCharges.end(), [&](const ChargeKind& k) { return k.type == type; });
      if (kind == kCharges.end()) {
        errors_.Add(path, type.empty() ? "is required (InvoiceShipping, InvoiceHandling or InvoiceMisc)"
                                       : "is not InvoiceShipping, InvoiceHandling or InvoiceMisc");
        continue;
      }
      Record*& slot = found[static_cast<size_t>(kind - kCharges.begin())];
      if (slot != nullptr) {
        errors_.Add(path, fmt::format("repeats {}: an invoice has one charge of each type", type));
        continue;
      }
      slot = charges[n].get();
    }
    for (size_t k = 0; k < kCharges.size(); ++k) {
      const ChargeKind& kind = kCharges[k];
      const std::string amount_name(merged_.resource().field(kind.amount.index).name);
      if (!Changes(merged_, stored_, amount_name)) continue;
      const Decimal amount = merged_.GetOr(kind.amount, Decimal{});
      Record* c = found[k];
      if (c != nullptr) {
        const Record& before = *Before(*c, "invoice-charges");
        if (Changes(*c, before, "total") && c->GetOr(charge::kTotal, Decimal{}) != amount) {
          errors_.Add(amount_name, fmt::format("disagrees with {}.total: send one of them", ChargePath(c)));
          continue;
        }
        c->Set(charge::kTotal, amount);
        continue;
      }
      if (amount.IsZero()) continue;
      // As the demo books them: on the first line's account.
      auto added = Record::Make(*merged_.resource().Target(merged_.resource().IndexOf("invoice-charges")));
      added->Set(charge::kType, std::string(kind.type));
      added->Set(charge::kDescription, std::string(kind.description));
      added->Set(charge::kLineNum, next_num++);
      added->Set(charge::kTotal, amount);
      added->Set(charge::kDistributed, false);
      added->Set(charge::kTaxLines, RecordList{});
      const RecordList& lines = ItemsOf(merged_, "invoice-lines");
      if (!lines.empty()) {
        if (const RecordPtr* account = lines.front()->Get(line::kAccount))
          added->Set(charge::kAccount, *account);
      }
      charges.push_back(added);
      found[k] = added.get();
    }
    for (const RecordPtr& c : charges) {
      if (c->Get(charge::kLineNum) == nullptr) c->Set(charge::kLineNum, next_num++);
      c->Set(charge::kCurrency, currency_);
      c->Set(charge::kAccountingTotalCurrency, currency_);
    }
    merged_.Set(header::kInvoiceCharges, std::move(charges));
    return Ok();
  }

  // The tax of `t`: its tax line, written first by the shorthand elements the
  // write changed; the rate from the tax code when the code changed alone.
  Status ResolveTax(Taxed& t) {
    Record& owner = *t.owner;
    const int list_index = owner.resource().IndexOf("tax-lines");
    const model::Resource& tax_lines = *owner.resource().Target(list_index);
    RecordList list = ItemsOf(owner, "tax-lines");
    const std::string list_path = ElementPath(t.path, "tax-lines");
    if (list.size() > 1) {
      errors_.Add(list_path,
                  "holds one tax line at most (apbridge keeps one tax per line, charge or invoice)");
      return Ok();
    }
    RecordPtr tl = list.empty() ? nullptr : list.front();
    const Record empty(tax_lines);
    const Record* was = tl != nullptr ? ItemWithId(ItemsOf(*t.stored, "tax-lines"), tl->id()) : nullptr;
    if (was == nullptr) was = &empty;
    const auto tl_changes = [&](std::string_view name) { return tl != nullptr && Changes(*tl, *was, name); };
    std::string amount_path = ElementPath(list_path + "[0]", "amount");
    if (t.shorthand) {
      bool added = false;
      constexpr std::pair<std::string_view, std::string_view> kShorthand[] = {
          {"tax-rate", "rate"}, {"tax-amount", "amount"}, {"tax-code", "tax-code"}};
      for (const auto& [own, of_line] : kShorthand) {
        if (!Changes(owner, *t.stored, own)) continue;
        const Value& value = owner.Get(own);
        if (tl == nullptr) {
          tl = Record::Make(tax_lines);
          list.push_back(tl);
          added = true;
        }
        const int i = tax_lines.IndexOf(of_line);
        if (tl_changes(of_line) && !Unchanged(tax_lines.field(i), tl->Get(i), value)) {
          errors_.Add(ElementPath(t.path, own),
                      fmt::format("disagrees with {}[0].{}: send one of them", list_path, of_line));
          continue;
        }
        tl->Set(i, value);
        if (own == "tax-amount") amount_path = ElementPath(t.path, own);
      }
      // A shorthand that states no tax (tax-amount 0) asks for no tax line.
      if (added && tl->Get(tax_line::kRate) == nullptr && tl->Get(tax_line::kTaxCode) == nullptr &&
          tl->GetOr(tax_line::kAmount, Decimal{}).IsZero()) {
        list.clear();
        tl = nullptr;
      }
    }
    owner.Set(list_index, list);
    t.tax_line = tl;
    if (tl == nullptr) return Ok();
    APB_TRY(t.code, LoadTaxCode(tl->Get("tax-code")));
    if (t.code != nullptr && tl_changes("tax-code") && !tl_changes("rate")) {
      if (const Decimal* percentage = t.code->Get(model::tax_code::kPercentage))
        tl->Set(tax_line::kRate, *percentage);
    }
    if (const Decimal* rate = tl->Get(tax_line::kRate)) {
      t.figures.rate = *rate;
      if (tl_changes("amount") && tl->Get(tax_line::kAmount) != nullptr) {
        t.sent_amount = *tl->Get(tax_line::kAmount);
        t.amount_path = amount_path;
      }
    } else if (const Decimal* amount = tl->Get(tax_line::kAmount); amount != nullptr && !amount->IsZero()) {
      t.figures.amount = *amount;
    }
    return Ok();
  }

  // The computed tax of `t` on `base`, where Coupa shows it.
  void WriteTax(const Taxed& t, const Decimal& base, const Decimal& tax) {
    if (t.sent_amount && *t.sent_amount != tax) {
      errors_.Add(
          t.amount_path,
          fmt::format("is computed from the rate ({}% of {} is {}): send rate null to state an amount",
                      t.figures.rate->ToString(), base.ToString(), tax.ToString()));
    }
    Record& owner = *t.owner;
    const Record* tl = t.tax_line.get();
    if (t.tax_line != nullptr) {
      Record& l = *t.tax_line;
      l.Set(tax_line::kBase, base);
      l.Set(tax_line::kTaxableAmount, base);
      l.Set(tax_line::kAmount, tax);
      if (t.code != nullptr) {
        l.Set(tax_line::kCode, t.code->GetOr(model::tax_code::kCode, ""));
        if (l.Get(tax_line::kDescription) == nullptr) {
          l.Set(tax_line::kDescription, t.code->GetOr(model::tax_code::kDescription, ""));
        }
      }
      if (l.Get(tax_line::kType) == nullptr) l.Set(tax_line::kType, std::string("TaxLine"));
    }
    const auto rate = [&]() -> Value {
      if (tl != nullptr && tl->Get(tax_line::kRate) != nullptr) return *tl->Get(tax_line::kRate);
      return model::Null{};
    };
    const auto code = [&]() -> Value {
      return t.code != nullptr ? Value(Ref(t.code)) : Value(model::Null{});
    };
    if (&owner == &merged_) {
      merged_.Set(header::kTaxAmount, tax);
      merged_.Set(header::kTotalTax, tax);
      if (merged_.GetOr(header::kLineLevelTaxation, false)) return;
      for (std::string_view name : {"tax-rate", "api-out-tax-rate"}) merged_.Set(name, rate());
      for (std::string_view name : {"tax-code", "api-out-tax-code"}) merged_.Set(name, code());
      return;
    }
    if (!t.shorthand) return;  // a charge shows its tax in its tax line only
    owner.Set(line::kTaxAmount, tax);
    owner.Set("tax-rate", rate());
    owner.Set("tax-code", code());
    if (t.code != nullptr) {
      owner.Set(line::kTaxDescription, t.code->GetOr(model::tax_code::kDescription, ""));
    } else {
      owner.Set("tax-description", model::Null{});
    }
  }

  void WriteHeaderTotals(const InvoiceAmounts& a, int64_t line_count) {
    merged_.Set("line-count", line_count);
    for (auto total : {header::kGrossTotal, header::kGrossTotalAsMoney, header::kTotalWithTaxes,
                       header::kSupplierTotal, header::kAmountDue}) {
      merged_.Set(total, a.gross_total);
    }
    merged_.Set("total-with-taxes-as-money", a.gross_total);
    merged_.Set(header::kDiscountAmount, a.discount_amount);
    merged_.Set("gross-total-less-discount", a.gross_total_less_discount);
    merged_.Set("amount-due-less-discount", a.gross_total_less_discount);
  }

  // Net and discount due dates (and the term's discount) when the invoice is
  // new or its date or payment term changed.
  Status DueDates() {
    const bool fresh = !stored_.id().has_value();
    if (!fresh && !Changes(merged_, stored_, "invoice-date") && !Changes(merged_, stored_, "payment-term")) {
      return Ok();
    }
    const Timestamp* date = merged_.Get(header::kInvoiceDate);
    APB_TRY(RecordPtr term, Load(merged_.Get("payment-term"), "payment-term"));
    if (date == nullptr || term == nullptr) return Ok();
    auto due = ComputeDueDates(TermOf(*term), *date);
    if (!due) {
      errors_.Add("payment-term", due.error().message);
      return Ok();
    }
    merged_.Set(header::kNetDueDate, due->net_due);
    if (due->discount_due) {
      merged_.Set(header::kDiscountDueDate, *due->discount_due);
    } else {
      merged_.SetNull(header::kDiscountDueDate);
    }
    if (!Changes(merged_, stored_, "discount-percent"))
      merged_.Set(header::kDiscountPercent, due->discount_percent);
    return Ok();
  }

  static PaymentTerm TermOf(const Record& term) {
    const auto day = [&](std::string_view prefix) {
      SpecificDay d;
      d.day = static_cast<int>(term.GetInt(fmt::format("{}-due-day", prefix)).value_or(1));
      d.months = static_cast<int>(term.GetInt(fmt::format("{}-due-month", prefix)).value_or(0));
      if (auto cutoff = term.GetInt(fmt::format("{}-cutoff-day", prefix)))
        d.cutoff_day = static_cast<int>(*cutoff);
      return d;
    };
    PaymentTerm out;
    out.discount_rate = term.GetOr(model::payment_term::kDiscountRate, Decimal{});
    if (term.GetOr(model::payment_term::kType, "") == "SpecificDayPaymentTerm") {
      out.type = PaymentTerm::Type::kSpecificDay;
      out.net_due = day("net");
      if (term.GetInt("discount-due-day")) out.discount_due = day("discount");
      return out;
    }
    out.days_for_net_payment = static_cast<int>(term.GetOr(model::payment_term::kDaysForNetPayment, 0));
    out.days_for_discount_payment =
        static_cast<int>(term.GetOr(model::payment_term::kDaysForDiscountPayment, 0));
    return out;
  }

  // ComputeAmounts' error, named after the element it is about.
  void AddAmountsError(const Error& e) {
    std::string_view message = e.message;
    constexpr std::string_view kLine = "invoice line ";
    if (message.starts_with(kLine)) {
      message.remove_prefix(kLine.size());
      const size_t space = message.find(' ');
      int64_t number = 0;
      for (char c : message.substr(0, space)) number = number * 10 + (c - '0');
      errors_.Add(fmt::format("invoice-lines[{}]", number - 1),
                  space == std::string_view::npos ? "" : message.substr(space + 1));
      return;
    }
    for (const ChargeKind& kind : kCharges) {
      const std::string_view name = merged_.resource().field(kind.amount.index).name;
      if (message.starts_with(name)) {
        errors_.Add(name, Trim(message.substr(name.size())));
        return;
      }
    }
    constexpr std::string_view kHeader = "the invoice header ";
    if (message.starts_with(kHeader)) {
      errors_.Add("tax-lines", message.substr(kHeader.size()));
    } else if (message.starts_with("currency")) {
      errors_.Add("currency", message);
    } else {
      errors_.Add("discount-percent", message);
    }
  }

  static std::string_view Trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return s;
  }

  storage::UnitOfWork& uow_;
  Record& merged_;
  const Record& stored_;
  FieldErrors& errors_;
  RecordPtr currency_;
  std::vector<std::unique_ptr<Record>> empties_;
};

}  // namespace

std::vector<std::string> ChangedFigures(const Record& merged, const Record& stored) {
  std::vector<std::string> changed;
  for (std::string_view name : kFigureElements) {
    if (Changes(merged, stored, name)) changed.emplace_back(name);
  }
  for (std::string_view name : kFigureCollections) {
    const RecordList& items = ItemsOf(merged, name);
    if (std::any_of(items.begin(), items.end(), [&](const RecordPtr& item) {
          return Changed(*item, ItemWithId(ItemsOf(stored, name), item->id()));
        })) {
      changed.emplace_back(name);
    }
  }
  return changed;
}

Status RecomputeTotals(storage::UnitOfWork& uow, Record& merged, const Record& stored, FieldErrors& errors) {
  return Recompute(uow, merged, stored, errors).Run();
}

}  // namespace apbridge::resources::invoices
