// PaymentExports: the body checked against the payment as a show reads it,
// then exported written, or nothing when it already has that value.
#include "resources/coupa_pay/payment_export.hpp"

#include <variant>

#include "model/fields.hpp"
#include "resources/field_errors.hpp"
#include "resources/record_stamp.hpp"
#include "resources/unchanged_elements.hpp"

namespace apbridge::resources::coupa_pay {
namespace {

namespace payment = model::coupa_pay_payment;
constexpr std::string_view kReadOnly = "is read-only: only exported can be changed";

}  // namespace

PaymentExports::PaymentExports(storage::Store& store, const model::Catalog& catalog, const Clock& clock)
    : store_(store), payment_(catalog.Get("coupa-pay-payment")), clock_(clock) {}

Status PaymentExports::Mark(int64_t id, const ExportMark& mark) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kWrite));
  // As a show reads it: a body sent back from a GET holds the embedded records too.
  APB_TRY(model::RecordPtr current, uow->Get(id, *payment_.projection(model::Shape::kFull)));

  FieldErrors errors;
  std::optional<bool> exported = mark.exported;
  bool sent_null = false;
  if (mark.body != nullptr) {
    const int writable[] = {payment::kExported.index};
    ExpectUnchanged(*mark.body, *current, "", writable, kReadOnly, errors);
    sent_null = std::holds_alternative<model::Null>(mark.body->Get(payment::kExported.index));
    if (sent_null) {
      errors.Add("exported", "must be true or false");
    } else if (const bool* sent = mark.body->Get(payment::kExported); sent != nullptr && !exported) {
      exported = *sent;
    }
  }
  if (!exported && !sent_null) exported = mark.implied;
  if (!exported && !sent_null) {
    errors.Add("exported",
               "is required: mark the payment with ?exported=true|false or "
               "<coupa-pay-payment><exported>true</exported></coupa-pay-payment>");
  }
  if (!errors.empty()) return Fail(errors.ToError("the payment was not marked: see each element"));

  // Already so: nothing to write, and updated-at must not move.
  if (const bool* stored = current->Get(payment::kExported); stored != nullptr && *stored == *exported) {
    return Ok();
  }
  const Timestamp now = clock_.Now();
  auto update = model::Record::Make(payment_);
  update->Set(0, id);
  update->Set(payment::kExported, *exported);
  if (*exported) update->Set(payment::kLastExportedAt, now);
  StampUpdated(*update, *current, now, mark.by);
  APB_TRY_STATUS(uow->Update(*update));
  return uow->Commit();
}

}  // namespace apbridge::resources::coupa_pay
