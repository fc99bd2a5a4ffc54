// UpdateLineAccounts: checked in full, then one Update per line whose account changes.
#include "resources/invoices/line_accounts.hpp"

#include <fmt/format.h>

#include "model/fields.hpp"
#include "resources/field_errors.hpp"
#include "resources/invoices/invoice_elements.hpp"
#include "resources/invoices/invoice_items.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace line = model::invoice_line;
constexpr std::string_view kOnlyAccounts =
    "cannot be changed by update_line_accounts: only the lines' accounts can";

// The fields of a copy that say which copy it was, not what should change.
bool DescribesTheCopy(const model::Resource& r, int i) {
  const std::string_view name = r.field(i).name;
  return i == 0 || name == "updated-at" || name == "updated-by" || name == "lock-version-key";
}

// Every element of `sent` but `except` (a field index; -1 none) must be as `stored` has it.
void ExpectUnchanged(const model::Record& sent, const model::Record& stored, int except,
                     std::string_view path, FieldErrors& errors) {
  const model::Resource& r = sent.resource();
  for (int i = 0; i < r.field_count(); ++i) {
    if (!sent.Has(i) || i == except || DescribesTheCopy(r, i) || r.field(i).IsCustomFields()) continue;
    if (!Unchanged(r.field(i), sent.Get(i), stored.Get(i)))
      errors.Add(ElementPath(path, r.field(i).name), kOnlyAccounts);
  }
}

}  // namespace

Status UpdateLineAccounts(storage::UnitOfWork& uow, const model::Record& invoice, const model::Record* body,
                          Timestamp now, const Actor& by) {
  FieldErrors errors;
  const model::RecordList* sent_lines = body != nullptr ? body->Get(header::kInvoiceLines) : nullptr;
  if (sent_lines == nullptr || sent_lines->empty()) {
    return Fail(
        FieldError("invoice-lines", "invoice-lines is required: the lines whose account changes, by id"));
  }
  ExpectUnchanged(*body, invoice, header::kInvoiceLines.index, "", errors);
  const model::RecordList& stored_lines = ItemsOf(invoice, header::kInvoiceLines.index);
  const model::Resource& account =
      *invoice.resource().Target(header::kInvoiceLines.index)->Target(line::kAccount.index);
  std::vector<std::pair<const model::Record*, model::RecordPtr>> changes;  // stored line, its new account
  for (size_t n = 0; n < sent_lines->size(); ++n) {
    const model::Record& sent = *(*sent_lines)[n];
    const std::string path = fmt::format("invoice-lines[{}]", n);
    const model::Record* stored = ItemWithId(stored_lines, sent.id());
    if (stored == nullptr) {
      errors.Add(path + ".id", "names no line of this invoice");
      continue;
    }
    ExpectUnchanged(sent, *stored, line::kAccount.index, path, errors);
    if (!sent.Has(line::kAccount.index)) continue;
    const std::optional<int64_t> account_id = ReferencedId(sent.Get(line::kAccount.index));
    if (!account_id) {
      errors.Add(path + ".account", "needs the id of an account");
      continue;
    }
    auto found = uow.Get(*account_id, *account.projection(model::Shape::kLimited));
    if (!found) {
      if (found.error().code != ErrorCode::kNotFound) return Fail(found.error());
      errors.Add(path + ".account", fmt::format("names no account with id {}", *account_id));
      continue;
    }
    if (ReferencedId(stored->Get(line::kAccount.index)) != account_id) changes.emplace_back(stored, *found);
  }
  if (!errors.empty()) return Fail(errors.ToError("the lines' accounts cannot be updated as sent"));
  for (const auto& [stored, new_account] : changes) {
    auto change = model::Record::Make(stored->resource());
    change->Set(0, stored->id().value_or(0));
    change->Set(line::kAccount, new_account);
    StampUpdated(*change, *stored, now, by);
    APB_TRY_STATUS(uow.Update(*change));
  }
  return Ok();
}

}  // namespace apbridge::resources::invoices
