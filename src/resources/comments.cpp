// Comments on invoices: the body's rules, then one insert or delete, each in
// one transaction (or the caller's).
#include "resources/comments.hpp"

#include <fmt/format.h>

#include "common/text.hpp"
#include "model/fields.hpp"
#include "model/value_text.hpp"
#include "resources/field_errors.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::comments {
namespace {

namespace comment = model::comment;

const model::Resource& CommentResource(const model::Catalog& catalog) {
  return catalog.Get(model::defs::kComment.name);
}

// The comment `body` asks invoice `invoice_id` to get; every element at fault named.
Result<NewComment> FromBody(const model::Record& body, int64_t invoice_id) {
  const model::Resource& resource = body.resource();
  FieldErrors errors;
  for (int i = 0; i < resource.field_count(); ++i) {
    if (body.Has(i) && !resource.field(i).Has(model::kIn)) errors.Add(resource.field(i).name, "is read-only");
  }
  // The /api/comments form names the document; on this route it can only be the route's invoice.
  if (body.Has(comment::kCommentableType.index) && body.GetOr(comment::kCommentableType, "") != kOnInvoice) {
    errors.Add("commentable-type", fmt::format("must be {} on an invoice's comments", kOnInvoice));
  }
  if (body.Has(comment::kCommentableId.index) && body.GetOr(comment::kCommentableId, 0) != invoice_id) {
    errors.Add("commentable-id", fmt::format("must be {}, the invoice commented on", invoice_id));
  }
  NewComment out;
  out.text = body.GetOr(comment::kComments, "");
  if (Trim(out.text).empty()) errors.Add("comments", "can't be blank");
  out.to_supplier = body.GetOr(comment::kToSupplier, false);
  if (const std::string* reason = body.Get(comment::kReasonCode)) out.reason_code = *reason;
  if (!errors.empty()) return Fail(errors.ToError("The comment is not valid"));
  return out;
}

// The text as the catalog stores it: not blank, valid UTF-8, within its length.
Status CheckText(const model::Resource& resource, const std::string& text) {
  if (Trim(text).empty()) return Fail(FieldError("comments", "comments can't be blank"));
  auto parsed = model::ParseValue(resource.field(comment::kComments.index), text, "comments");
  if (!parsed) return Fail(FieldError("comments", parsed.error().message));
  return Ok();
}

// Whether `stored` is a comment on invoice `invoice_id`.
bool IsOnInvoice(const model::Record& stored, int64_t invoice_id) {
  return stored.GetOr(comment::kCommentableType, "") == kOnInvoice &&
         stored.GetOr(comment::kCommentableId, 0) == invoice_id;
}

}  // namespace

Result<int64_t> AddIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t invoice_id,
                      const NewComment& comment, const Actor& by, Timestamp now) {
  const model::Resource& resource = CommentResource(catalog);
  APB_TRY_STATUS(
      uow.Get(invoice_id, *catalog.Get(model::defs::kInvoiceHeader.name).projection(model::Shape::kLimited)));
  APB_TRY_STATUS(CheckText(resource, comment.text));
  auto record = model::Record::Make(resource);
  record->Set(comment::kCommentableId, invoice_id);
  record->Set(comment::kCommentableType, std::string(kOnInvoice));
  record->Set(comment::kComments, comment.text);
  record->Set(comment::kToSupplier, comment.to_supplier);
  if (comment.reason_code) {
    record->Set(comment::kReasonCode, *comment.reason_code);
  } else {
    record->SetNull(comment::kReasonCode);
  }
  StampCreated(*record, now, by);
  return uow.Insert(*record);
}

Result<int64_t> Add(storage::Store& store, const model::Catalog& catalog, int64_t invoice_id,
                    const model::Record& body, const Actor& by, Timestamp now) {
  APB_TRY(NewComment comment, FromBody(body, invoice_id));
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  APB_TRY(int64_t id, AddIn(*uow, catalog, invoice_id, comment, by, now));
  APB_TRY_STATUS(uow->Commit());
  return id;
}

Status Remove(storage::Store& store, const model::Catalog& catalog, int64_t invoice_id, int64_t comment_id) {
  const model::Resource& resource = CommentResource(catalog);
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  APB_TRY(model::RecordPtr stored, uow->Get(comment_id, *resource.projection(model::Shape::kStored)));
  if (!IsOnInvoice(*stored, invoice_id)) {
    return Fail(
        NotFound(fmt::format("Couldn't find comment with id {} on invoice {}", comment_id, invoice_id)));
  }
  APB_TRY_STATUS(uow->Delete(resource, comment_id));
  return uow->Commit();
}

Status RemoveAllIn(storage::UnitOfWork& uow, const model::Catalog& catalog, int64_t invoice_id) {
  const model::Resource& resource = CommentResource(catalog);
  query::Query on_invoice;
  on_invoice.resource = &resource;
  on_invoice.conditions = {query::Equal(resource, comment::kCommentableType, std::string(kOnInvoice)),
                           query::Equal(resource, comment::kCommentableId, invoice_id)};
  APB_TRY(model::RecordList found,
          storage::FindAll(uow, on_invoice, *resource.projection(model::Shape::kLimited)));
  for (const model::RecordPtr& c : found) APB_TRY_STATUS(uow.Delete(resource, c->id().value_or(0)));
  return Ok();
}

}  // namespace apbridge::resources::comments
