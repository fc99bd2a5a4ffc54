// InvoiceCreator: the body's elements taken against an empty invoice, its
// lines, charges and tax lines merged in, the draft's own values, the totals,
// Required and the invoice number's uniqueness, then the inserts.
#include "resources/invoices/invoice_create.hpp"

#include <fmt/format.h>

#include "common/crypto.hpp"
#include "model/fields.hpp"
#include "query/query.hpp"
#include "resources/invoices/invoice_items.hpp"
#include "resources/invoices/invoice_totals.hpp"

namespace apbridge::resources::invoices {
namespace {

using model::Record;
using model::RecordList;
using model::RecordPtr;
namespace header = model::invoice_header;

// Rails' optimistic lock counts the saves after the first; the demo counts
// one for every invoice past new (its submission), and the API's create
// saves the draft and then its computed totals.
constexpr int64_t kCreatedLockVersion = 1;

// The invoice of `supplier_id` numbered `number` (compared as Coupa's
// collation does, case-insensitively), if there is one.
Result<std::optional<int64_t>> SameNumber(storage::UnitOfWork& uow, const model::Resource& invoice,
                                          const std::string& number, int64_t supplier_id) {
  query::Query q;
  q.resource = &invoice;
  q.page.limit = 1;
  q.conditions.push_back(query::Equal(invoice, header::kInvoiceNumber, number));
  q.conditions.push_back(
      query::Condition{{{&invoice, header::kSupplier.index}, {invoice.Target(header::kSupplier.index), 0}},
                       query::Op::kEq,
                       {model::Value{supplier_id}}});
  APB_TRY(RecordList found, uow.Find(q, *invoice.projection(model::Shape::kLimited)));
  if (found.empty()) return std::optional<int64_t>{};
  return found.front()->id();
}

}  // namespace

InvoiceCreator::InvoiceCreator(storage::Store& store, const model::Catalog& catalog, const Clock& clock,
                               ElementOptions options)
    : store_(store), invoice_(catalog.Get("invoice-header")), clock_(clock), options_(options) {}

Result<int64_t> InvoiceCreator::Create(const Record& body, const Actor& by) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  APB_TRY(const int64_t id, CreateIn(*uow, body, by, clock_.Now()));
  APB_TRY_STATUS(uow->Commit());
  return id;
}

Result<int64_t> InvoiceCreator::CreateIn(storage::UnitOfWork& uow, const Record& body, const Actor& by,
                                         Timestamp now) const {
  FieldErrors errors;
  ElementRules rules(uow, options_, errors);
  const Record none(invoice_);
  auto invoice = Record::Make(invoice_);
  APB_TRY_STATUS(rules.Apply(body, none, "",
                             {header::kPayments.index, header::kInvoiceLines.index,
                              header::kInvoiceCharges.index, header::kTaxLines.index, header::kTags.index},
                             *invoice));
  for (std::string_view name : kMergedCollections) {
    const int i = invoice_.IndexOf(name);
    RecordList items;
    APB_TRY_STATUS(MergeItems(rules, invoice_.field(i), body.Get(i), {}, name, items));
    if (i == header::kTags.index) DropRepeatedNames(items);
    invoice->Set(i, std::move(items));
  }
  if (const RecordList* payments = body.Get(header::kPayments); payments != nullptr && !payments->empty()) {
    errors.Add("payments",
               "are recorded on an existing invoice (PUT /api/invoices/:id), not when it is created");
  }
  if (invoice->GetOr(header::kExported, false))
    errors.Add("exported", "cannot be true: a new invoice was never exported");

  // What a new draft is, whatever the body said of it.
  invoice->Set(header::kStatus, std::string("draft"));
  invoice->Set(header::kExported, false);
  invoice->Set(header::kLockVersionKey, kCreatedLockVersion);
  invoice->Set(header::kDateReceived, now);
  invoice->Set(header::kCanceled, false);
  invoice->Set(header::kSupplierCreated, false);
  invoice->Set(header::kSupplierApiId, RandomUuid());
  invoice->Set(header::kPayments, RecordList{});
  if (invoice->Get(header::kPaid) == nullptr) invoice->Set(header::kPaid, false);
  const bool credit_note = invoice->GetOr(header::kIsCreditNote, false);
  invoice->Set(header::kIsCreditNote, credit_note);
  invoice->Set(header::kDocumentType, std::string(credit_note ? "Credit Note" : "Invoice"));
  for (const RecordPtr& line : invoice->GetOr(header::kInvoiceLines, {})) {
    line->Set(model::invoice_line::kSupplierApiId, RandomUuid());
  }

  APB_TRY_STATUS(RecomputeTotals(uow, *invoice, none, errors));
  CheckRequired(*invoice, errors);
  const std::string* number = invoice->Get(header::kInvoiceNumber);
  const std::optional<int64_t> supplier = ReferencedId(invoice->Get(header::kSupplier.index));
  if (number != nullptr && supplier) {
    APB_TRY(const std::optional<int64_t> used, SameNumber(uow, invoice_, *number, *supplier));
    if (used) {
      errors.Add("invoice-number", fmt::format("has already been used by this supplier (invoice {})", *used));
    }
  }
  if (!errors.empty()) return Fail(errors.ToError("the invoice has invalid elements"));
  return InsertTree(uow, *invoice, std::nullopt, now, by);
}

}  // namespace apbridge::resources::invoices
