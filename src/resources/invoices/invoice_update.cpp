// InvoiceUpdater: the element rules, lines, charges and tax lines merged and
// their totals recomputed, payments from the ERP and exported marking,
// checked in full before anything is written.
#include "resources/invoices/invoice_update.hpp"

#include <fmt/format.h>

#include <set>
#include <variant>

#include "model/fields.hpp"
#include "resources/field_errors.hpp"
#include "resources/invoices/invoice_items.hpp"
#include "resources/invoices/invoice_payments.hpp"
#include "resources/invoices/invoice_totals.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

using model::Record;
using model::RecordList;
using model::RecordPtr;
using model::Value;
namespace header = model::invoice_header;
namespace payment = model::payment;

std::string ValueText(const Value& value) {
  const auto* n = std::get_if<int64_t>(&value);
  return n != nullptr ? std::to_string(*n) : "none";
}

}  // namespace

bool FiguresEditable(std::string_view status) { return status == "new" || status == "draft"; }

InvoiceUpdater::InvoiceUpdater(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                               UpdateOptions options)
    : store_(store), invoice_(catalog.Get("invoice-header")), clock_(clock), options_(options) {}

Status InvoiceUpdater::Update(int64_t id, const InvoiceChanges& changes) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(RecordPtr current, uow->Get(id, *invoice_.projection(model::Shape::kStored)));
  const model::Resource& payment_resource = *invoice_.Target(header::kPayments.index);

  RecordPtr merged = Clone(*current);
  RecordList new_payments;
  std::optional<bool> exported = changes.exported;
  FieldErrors errors;
  ElementRules rules(*uow, options_, errors);
  if (changes.body != nullptr) {
    const Record& body = *changes.body;
    const int lock = header::kLockVersionKey.index;
    // Optimistic locking, as Rails' lock_version.
    if (body.Has(lock) && !Unchanged(invoice_.field(lock), body.Get(lock), current->Get(lock))) {
      return Fail(Conflict(fmt::format(
          "lock-version-key: invoice {} was changed since this copy was read (sent {}, now {}); read it "
          "again and resend the change",
          id, ValueText(body.Get(lock)), ValueText(current->Get(lock)))));
    }
    const int lines = header::kInvoiceLines.index;
    const int charges = header::kInvoiceCharges.index;
    const int tax_lines = header::kTaxLines.index;
    APB_TRY_STATUS(rules.Apply(
        body, *current, "", {header::kPayments.index, lines, charges, tax_lines, header::kTags.index, lock},
        *merged));
    if (const auto* items = std::get_if<RecordList>(&body.Get(header::kPayments.index)))
      new_payments = *items;
    for (std::string_view name : kMergedCollections) {
      const int i = invoice_.IndexOf(name);
      RecordList items = ItemsOf(*merged, i);
      APB_TRY_STATUS(MergeItems(rules, invoice_.field(i), body.Get(i), ItemsOf(*current, i), name, items));
      if (i == header::kTags.index) DropRepeatedNames(items);
      merged->Set(i, std::move(items));
    }
    if (!exported) {
      if (const bool* sent = body.Get(header::kExported)) exported = *sent;
    }
  }
  if (exported) merged->Set(header::kExported, *exported);

  // Figures: only while the invoice is not yet submitted, and then recomputed.
  if (const std::vector<std::string> figures = ChangedFigures(*merged, *current); !figures.empty()) {
    const std::string status = current->GetOr(header::kStatus, "");
    if (!FiguresEditable(status)) {
      for (const std::string& name : figures) {
        errors.Add(name,
                   fmt::format("cannot be changed in status {}: only a new or draft invoice's figures can "
                               "(the lines of a submitted or approved invoice change only through "
                               "update_line_accounts)",
                               status));
      }
    } else if (errors.empty()) {
      APB_TRY_STATUS(RecomputeTotals(*uow, *merged, *current, errors));
    }
  }

  // Payments: complete, then appended unless the invoice has them already.
  std::set<PaymentKey> known;
  std::set<int64_t> recorded;
  for (const RecordPtr& p : current->GetOr(header::kPayments, {})) {
    known.insert(KeyOf(*p));
    recorded.insert(p->id().value_or(0));
  }
  RecordList appended;
  for (size_t n = 0; n < new_payments.size(); ++n) {
    const Record& sent = *new_payments[n];
    const std::string path = fmt::format("payments[{}]", n);
    if (sent.id()) {  // one the invoice has, sent back by a client that GETs, edits and PUTs
      if (!recorded.contains(*sent.id())) {
        errors.Add(path + ".id", "names no payment of this invoice (payments are appended without an id)");
      }
      continue;
    }
    if (sent.Get(payment::kAmountPaid) == nullptr) {
      errors.Add(path + ".amount-paid", "is required");
      continue;
    }
    if (!known.insert(KeyOf(sent)).second) continue;  // an exact duplicate
    appended.push_back(new_payments[n]);
  }
  if (!errors.empty()) return Fail(errors.ToError("the invoice has invalid elements"));

  const Timestamp now = clock_.Now();
  RecordPtr update = ColumnChanges(*merged, *current);
  if (update == nullptr) {
    update = Record::Make(invoice_);
    update->Set(header::kId, id);
  }
  if (exported) {
    update->Set(header::kExported, *exported);
    if (*exported) update->Set(header::kLastExportedAt, now);
  }
  StampUpdated(*update, *current, now, changes.by);
  APB_TRY_STATUS(uow->Update(*update));
  APB_TRY_STATUS(WriteOwnedChanges(*uow, *merged, *current, now, changes.by));
  for (const RecordPtr& sent : appended) {
    APB_TRY_STATUS(AppendPaymentIn(*uow, payment_resource, id, *sent, now, changes.by));
  }
  return uow->Commit();
}

}  // namespace apbridge::resources::invoices
