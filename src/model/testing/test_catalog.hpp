// A small catalog for the model and codec tests, independent of the real Coupa catalog:
// an invoice-header-like resource with every field type, and its targets.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

#include "model/catalog.hpp"
#include "model/record.hpp"

namespace apbridge::model::testing {

using model::kIn;
using model::kInOut;
using model::kOut;

inline constexpr std::string_view kStatuses[] = {"draft", "pending_approval", "approved", "voided"};

inline constexpr model::Field kSupplierFields[] = {
    model::Int("id", kOut), model::Str("name", 100, kInOut), model::Str("number", 20, kInOut),
    model::Ref("parent", "supplier", kInOut),  // lets tests nest without limit
};

inline constexpr model::Field kInvoiceLineFields[] = {
    model::Int("id", kOut),
    model::Int("line-num", kInOut),
    model::Str("description", 255, kInOut),
    model::Dec("price", 30, 6, kInOut),
};

inline constexpr model::Field kPaymentFields[] = {
    model::Int("id", kOut),
    model::Dec("amount-paid", 32, 2, kInOut),
    model::Str("notes", 255, kInOut),
    model::Time("payment-date", kInOut),
};

inline constexpr model::Field kInvoiceHeaderFields[] = {
    model::Int("id", kOut),
    model::Time("created-at", kOut),
    model::Str("invoice-number", 40, kInOut | model::kRequired),
    model::Bool("paid", kInOut),
    model::Dec("total", 32, 4, kInOut),
    model::Float("tax-rate", kInOut),
    model::Time("invoice-date", kInOut),
    model::Time("payment-date", kInOut),
    model::Text("payment-notes", kInOut),
    model::Enum("status", kStatuses, kInOut),
    model::Bool("exported", kInOut),
    model::Str("secret", 10, kIn),  // write-only: never rendered
    model::Ref("supplier", "supplier", kInOut),
    model::Many("invoice-lines", "invoice-line", "invoice_header_id", kInOut),
    model::Many("payments", "payment", "invoice_header_id", kInOut),
};

inline constexpr model::ResourceDef kInvoiceHeader{"invoice-header", "invoice-headers", "invoice_headers",
                                                   kInvoiceHeaderFields};
inline constexpr model::ResourceDef kSupplier{"supplier", "suppliers", "suppliers", kSupplierFields};
inline constexpr model::ResourceDef kInvoiceLine{"invoice-line", "invoice-lines", "invoice_lines",
                                                 kInvoiceLineFields};
inline constexpr model::ResourceDef kPayment{"payment", "payments", "payments", kPaymentFields};

inline const model::Catalog& TestCatalog() {
  static const model::ResourceDef* const kDefs[] = {&kInvoiceHeader, &kSupplier, &kInvoiceLine, &kPayment};
  static const model::Catalog catalog(kDefs);
  return catalog;
}

inline const model::Resource& Res(std::string_view name) { return TestCatalog().Get(name); }

// The shape writers render a record of the test catalog in: a full response.
inline const model::Projection& Full(const model::Record& record) {
  return *record.resource().projection(model::Shape::kFull);
}

// A record of `resource` with the given fields set.
inline model::RecordPtr MakeRecord(std::string_view resource,
                                   std::initializer_list<std::pair<std::string_view, model::Value>> values) {
  model::RecordPtr record = model::Record::Make(Res(resource));
  for (const auto& [name, value] : values) record->Set(name, value);
  return record;
}

// A compact, deterministic text of a record's present values for comparisons:
// {id=106 invoice-number="X" total=567.07 supplier={...} payments=[{...}]}.
// Decimals print trimmed (1.00 == 1), times as UTC with Z.
inline std::string Dump(const model::Record& record);

inline std::string DumpValue(const model::Value& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, model::Absent>) {
          return "absent";
        } else if constexpr (std::is_same_v<T, model::Null>) {
          return "null";
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, Decimal>) {
          return v.ToString();
        } else if constexpr (std::is_same_v<T, Timestamp>) {
          return FormatUtcZ(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return "\"" + v + "\"";
        } else if constexpr (std::is_same_v<T, model::RecordPtr>) {
          return v == nullptr ? "nullptr" : Dump(*v);
        } else {
          std::string out = "[";
          for (size_t i = 0; i < v.size(); ++i) {
            if (i > 0) out += ' ';
            out += v[i] == nullptr ? "nullptr" : Dump(*v[i]);
          }
          return out + "]";
        }
      },
      value);
}

inline std::string Dump(const model::Record& record) {
  std::string out = "{";
  for (int i = 0; i < record.resource().field_count(); ++i) {
    if (!record.Has(i)) continue;
    if (out.size() > 1) out += ' ';
    out += record.resource().field(i).name;
    out += '=';
    out += DumpValue(record.Get(i));
  }
  return out + "}";
}

}  // namespace apbridge::model::testing
