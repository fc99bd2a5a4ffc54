// MatchApprovedInvoice: the look-ups of a payment instruction's invoice.
#include "resources/invoices/payment_match.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/text.hpp"
#include "model/fields.hpp"
#include "resources/field_errors.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;

constexpr std::string_view kApproved = "approved";

// The suppliers with `field` equal to `value`.
Result<std::vector<model::Value>> SupplierIds(storage::UnitOfWork& uow, const model::Resource& suppliers,
                                              model::FieldRef<std::string> field, const std::string& value) {
  query::Query q;
  q.resource = &suppliers;
  q.conditions.push_back(query::Equal(suppliers, field, value));
  APB_TRY(model::RecordList found, storage::FindAll(uow, q, *suppliers.projection(model::Shape::kLimited)));
  std::vector<model::Value> ids;
  for (const model::RecordPtr& s : found) ids.emplace_back(*s->id());
  return ids;
}

// What the match reads of an invoice: its status (and id). Loading the
// stored shape instead reads every line and payment of each candidate.
model::ProjectionPtr MatchProjection(const model::Resource& invoices) {
  return std::make_shared<const model::Projection>(
      invoices, std::vector<model::Projection::Item>{{header::kStatus.index, nullptr}});
}

// The invoices of `key`'s number, supplier and date, in any status (at most 10: enough to tell).
Result<model::RecordList> Candidates(storage::UnitOfWork& uow, const model::Resource& invoices,
                                     const InvoiceKey& key, std::vector<model::Value> supplier_ids) {
  const model::Resource& suppliers = *invoices.Target(header::kSupplier.index);
  query::Query q;
  q.resource = &invoices;
  q.page.limit = 10;
  q.conditions.push_back(query::Equal(invoices, header::kInvoiceNumber, key.invoice_number));
  q.conditions.push_back(query::Condition{
      {{&invoices, header::kSupplier.index}, {&suppliers, 0}}, query::Op::kIn, std::move(supplier_ids)});
  if (key.invoice_date)
    q.conditions.push_back(query::Equal(invoices, header::kInvoiceDate, *key.invoice_date));
  return uow.Find(q, *MatchProjection(invoices));
}

}  // namespace

Result<int64_t> MatchApprovedInvoice(storage::UnitOfWork& uow, const model::Catalog& catalog,
                                     const InvoiceKey& key) {
  const model::Resource& invoices = catalog.Get("invoice-header");
  if (key.invoice_id) {
    auto invoice = uow.Get(*key.invoice_id, *MatchProjection(invoices));
    if (!invoice) {
      if (invoice.error().code != ErrorCode::kNotFound) return Fail(invoice.error());
      return Fail(FieldError("id", fmt::format("no invoice with id {}", *key.invoice_id)));
    }
    const std::string status = (*invoice)->GetOr(header::kStatus, "");
    if (status != kApproved) {
      return Fail(FieldError("status", fmt::format("invoice {} is {}: only an approved invoice is paid",
                                                   *key.invoice_id, status)));
    }
    return *key.invoice_id;
  }
  const std::string number(Trim(key.invoice_number));
  if (number.empty())
    return Fail(FieldError("invoice-number", "an invoice id or an invoice number is required"));
  const model::Resource& suppliers = *invoices.Target(header::kSupplier.index);
  std::vector<model::Value> supplier_ids;
  if (!Trim(key.supplier_number).empty()) {
    APB_TRY(supplier_ids,
            SupplierIds(uow, suppliers, model::supplier::kNumber, std::string(Trim(key.supplier_number))));
  }
  if (supplier_ids.empty() && !Trim(key.supplier_name).empty()) {
    APB_TRY(supplier_ids,
            SupplierIds(uow, suppliers, model::supplier::kName, std::string(Trim(key.supplier_name))));
  }
  if (supplier_ids.empty()) {
    if (Trim(key.supplier_number).empty() && Trim(key.supplier_name).empty()) {
      return Fail(FieldError("supplier", "a supplier number or name is required with an invoice number"));
    }
    std::vector<std::string> tried;
    if (!Trim(key.supplier_number).empty()) tried.push_back("number " + Quoted(Trim(key.supplier_number)));
    if (!Trim(key.supplier_name).empty()) tried.push_back("name " + Quoted(Trim(key.supplier_name)));
    return Fail(FieldError("supplier", fmt::format("no supplier with {}", fmt::join(tried, " or "))));
  }
  APB_TRY(model::RecordList found, Candidates(uow, invoices, key, std::move(supplier_ids)));
  model::RecordList approved;
  std::string others;
  for (const model::RecordPtr& invoice : found) {
    const std::string status = invoice->GetOr(header::kStatus, "");
    if (status == kApproved) {
      approved.push_back(invoice);
    } else {
      others += fmt::format("{}{} ({})", others.empty() ? "" : ", ", *invoice->id(), status);
    }
  }
  if (approved.size() > 1) {
    return Fail(
        FieldError("invoice-number", fmt::format("{} approved invoices match {}: give the Invoice ID or "
                                                 "the Invoice Date",
                                                 approved.size(), Quoted(number))));
  }
  if (approved.empty()) {
    return Fail(FieldError("invoice-number",
                           others.empty() ? fmt::format("no invoice {} of that supplier", Quoted(number))
                                          : fmt::format("no approved invoice {} of that supplier (only {})",
                                                        Quoted(number), others)));
  }
  return *approved.front()->id();
}

}  // namespace apbridge::resources::invoices
