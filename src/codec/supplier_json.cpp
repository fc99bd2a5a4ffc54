// Writing the supplier API's invoice, element by element as the spec's
// example response has them.
#include "codec/supplier_json.hpp"

#include <fmt/format.h>

#include "common/text_escape.hpp"
#include "common/timestamp.hpp"
#include "model/fields.hpp"

namespace apbridge::codec {
namespace {

class ObjectWriter {
 public:
  explicit ObjectWriter(std::string* out) : out_(out) { *out_ += '{'; }
  ObjectWriter(const ObjectWriter&) = delete;
  ObjectWriter& operator=(const ObjectWriter&) = delete;
  ~ObjectWriter() { *out_ += '}'; }

  // `"key":` with the separator it needs; the caller appends the value.
  std::string* Key(std::string_view key) {
    if (!first_) *out_ += ',';
    first_ = false;
    AppendJsonString(key, out_);
    *out_ += ':';
    return out_;
  }
  // A string, "" when absent or null (the spec's dispute_reason: "").
  void Text(std::string_view key, const std::string* value) {
    AppendJsonString(value ? *value : "", Key(key));
  }
  // A string or null.
  void TextOrNull(std::string_view key, const std::string* value) {
    if (value == nullptr) {
      *Key(key) += "null";
    } else {
      AppendJsonString(*value, Key(key));
    }
  }
  void Number(std::string_view key, const Decimal* value) { *Key(key) += value ? value->ToString() : "null"; }
  void Integer(std::string_view key, const int64_t* value) {
    *Key(key) += value ? std::to_string(*value) : "null";
  }
  void Boolean(std::string_view key, const bool* value) {
    *Key(key) += value == nullptr ? "null" : *value ? "true" : "false";
  }
  // UTC with Z; a calendar date at its stored wall-clock reading (midnight,
  // due dates 23:59:59), as the spec's example writes them.
  void Time(std::string_view key, const Timestamp* value) {
    if (value == nullptr) {
      *Key(key) += "null";
    } else {
      AppendJsonString(FormatUtcZ(*value), Key(key));
    }
  }

 private:
  std::string* out_;
  bool first_ = true;
};

// The code of a reference loaded with only its code.
template <class T>
const std::string* CodeOf(const model::Record& record, model::FieldRef<model::RecordPtr> reference,
                          model::FieldRef<T> code) {
  const model::RecordPtr* target = record.Get(reference);
  return target == nullptr || *target == nullptr ? nullptr : (*target)->Get(code);
}

void AppendLine(const model::Record& line, std::string* out) {
  namespace l = model::invoice_line;
  ObjectWriter o(out);
  o.TextOrNull("id", line.Get(l::kSupplierApiId));
  o.TextOrNull("description", line.Get(l::kDescription));
  o.Integer("line_num", line.Get(l::kLineNum));
  o.Number("price", line.Get(l::kPrice));
  o.Number("total", line.Get(l::kTotal));
  o.TextOrNull("uom", CodeOf(line, l::kUom, model::uom::kCode));
  o.TextOrNull("status", line.Get(l::kStatus));
  o.Number("quantity", line.Get(l::kQuantity));
  o.Number("tax_amount", line.Get(l::kTaxAmount));
}

}  // namespace

void AppendSupplierInvoice(const model::Record& invoice, std::string_view instance_url, std::string* out) {
  namespace h = model::invoice_header;
  ObjectWriter o(out);
  o.TextOrNull("id", invoice.Get(h::kSupplierApiId));
  o.TextOrNull("invoice_number", invoice.Get(h::kInvoiceNumber));
  o.TextOrNull("original_invoice_number", invoice.Get(h::kOriginalInvoiceNumber));
  o.Number("total_with_taxes", invoice.Get(h::kTotalWithTaxes));
  o.TextOrNull("status", invoice.Get(h::kStatus));
  o.Time("invoice_date", invoice.Get(h::kInvoiceDate));
  o.Time("original_invoice_date", invoice.Get(h::kOriginalInvoiceDate));
  o.Boolean("line_level_taxation", invoice.Get(h::kLineLevelTaxation));
  o.Boolean("paid", invoice.Get(h::kPaid));
  o.TextOrNull("document_type", invoice.Get(h::kDocumentType));
  AppendJsonString(instance_url, o.Key("enterprise_instance_url"));
  o.Time("created_at", invoice.Get(h::kCreatedAt));
  o.Time("updated_at", invoice.Get(h::kUpdatedAt));
  std::string* lines = o.Key("invoice_lines");
  *lines += '[';
  if (const model::RecordList* items = invoice.Get(h::kInvoiceLines)) {
    for (size_t i = 0; i < items->size(); ++i) {
      if (i > 0) *lines += ',';
      AppendLine(*(*items)[i], lines);
    }
  }
  *lines += ']';
  o.Number("tax_amount", invoice.Get(h::kTaxAmount));
  o.TextOrNull("currency", CodeOf(invoice, h::kCurrency, model::currency::kCode));
  o.Time("discount_due_date", invoice.Get(h::kDiscountDueDate));
  o.Time("net_due_date", invoice.Get(h::kNetDueDate));
  o.Text("dispute_reason", CodeOf(invoice, h::kDisputeReason, model::reason_insight::kCode));
}

std::string WriteSupplierInvoicePage(const model::RecordList& invoices, std::string_view instance_url,
                                     const SupplierPageInfo& page) {
  std::string out = "{\"data\":[";
  for (size_t i = 0; i < invoices.size(); ++i) {
    if (i > 0) out += ',';
    AppendSupplierInvoice(*invoices[i], instance_url, &out);
  }
  const int64_t pages = page.limit > 0 ? (page.total + page.limit - 1) / page.limit : 0;
  out += fmt::format("],\"total\":{},\"limit\":{},\"current\":{},\"num_pages\":{}}}", page.total, page.limit,
                     page.current, pages);
  return out;
}

}  // namespace apbridge::codec
