// The supplier API's projection, from field handles.
#include "model/supplier_invoice_shape.hpp"

#include "model/fields.hpp"

namespace apbridge::model {
namespace {

template <class T>
Projection::Item Scalar(FieldRef<T> field) {
  return {field.index, nullptr};
}

// A reference loaded for one scalar of it (a currency's code).
template <class T, class U>
Projection::Item ReferenceTo(const Catalog& catalog, FieldRef<T> reference, FieldRef<U> field) {
  const Resource& target = catalog.Get(field.resource->name);
  return {reference.index,
          std::make_shared<Projection>(target, std::vector<Projection::Item>{Scalar(field)})};
}

}  // namespace

ProjectionPtr SupplierInvoiceProjection(const Catalog& catalog) {
  namespace h = invoice_header;
  namespace l = invoice_line;
  auto lines = std::make_shared<Projection>(
      catalog.Get("invoice-line"),
      std::vector<Projection::Item>{Scalar(l::kSupplierApiId), Scalar(l::kDescription), Scalar(l::kLineNum),
                                    Scalar(l::kPrice), Scalar(l::kTotal),
                                    ReferenceTo(catalog, l::kUom, uom::kCode), Scalar(l::kStatus),
                                    Scalar(l::kQuantity), Scalar(l::kTaxAmount)});
  return std::make_shared<Projection>(
      catalog.Get("invoice-header"),
      std::vector<Projection::Item>{Scalar(h::kSupplierApiId),
                                    Scalar(h::kInvoiceNumber),
                                    Scalar(h::kOriginalInvoiceNumber),
                                    Scalar(h::kTotalWithTaxes),
                                    Scalar(h::kStatus),
                                    Scalar(h::kInvoiceDate),
                                    Scalar(h::kOriginalInvoiceDate),
                                    Scalar(h::kLineLevelTaxation),
                                    Scalar(h::kPaid),
                                    Scalar(h::kDocumentType),
                                    Scalar(h::kCreatedAt),
                                    Scalar(h::kUpdatedAt),
                                    {h::kInvoiceLines.index, lines},
                                    Scalar(h::kTaxAmount),
                                    ReferenceTo(catalog, h::kCurrency, currency::kCode),
                                    Scalar(h::kDiscountDueDate),
                                    Scalar(h::kNetDueDate),
                                    ReferenceTo(catalog, h::kDisputeReason, reason_insight::kCode)});
}

}  // namespace apbridge::model
