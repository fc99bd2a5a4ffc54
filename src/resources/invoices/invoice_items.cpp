// Merging sent items into stored ones and writing the difference back.
#include "resources/invoices/invoice_items.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/text.hpp"
#include "resources/record_stamp.hpp"

namespace apbridge::resources::invoices {

using model::Record;
using model::RecordList;
using model::RecordPtr;

const RecordList& ItemsOf(const Record& record, int field) {
  static const RecordList kNone;
  const auto* items = field >= 0 ? std::get_if<RecordList>(&record.Get(field)) : nullptr;
  return items != nullptr ? *items : kNone;
}

const RecordList& ItemsOf(const Record& record, std::string_view field) {
  return ItemsOf(record, record.resource().IndexOf(field));
}

RecordPtr Clone(const Record& record) {
  auto copy = std::make_shared<Record>(record);
  for (int i = 0; i < record.resource().field_count(); ++i) {
    if (!record.resource().field(i).IsOwned() || !record.Has(i)) continue;
    RecordList items;
    for (const RecordPtr& item : ItemsOf(record, i)) {
      if (item != nullptr) items.push_back(Clone(*item));
    }
    copy->Set(i, std::move(items));
  }
  return copy;
}

const Record* ItemWithId(const RecordList& items, std::optional<int64_t> id) {
  if (!id) return nullptr;
  for (const RecordPtr& item : items) {
    if (item != nullptr && item->id() == id) return item.get();
  }
  return nullptr;
}

Status MergeItems(ElementRules& rules, const model::Field& field, const model::Value& sent,
                  const RecordList& stored, std::string_view path, RecordList& merged) {
  const auto* items = std::get_if<RecordList>(&sent);
  if (items == nullptr) return Ok();
  for (size_t n = 0; n < items->size(); ++n) {
    const RecordPtr& item = (*items)[n];
    if (item == nullptr) continue;
    const std::string at = fmt::format("{}[{}]", path, n);
    const model::Resource& resource = item->resource();
    const int tax_lines = resource.IndexOf("tax-lines");
    Record* target = nullptr;
    const Record* before = nullptr;
    const Record empty(resource);
    if (item->id()) {
      for (size_t k = 0; k < stored.size() && target == nullptr; ++k) {
        if (stored[k]->id() == item->id()) {
          before = stored[k].get();
          target = merged[k].get();
        }
      }
      if (target == nullptr) {
        rules.errors().Add(
            ElementPath(at, "id"),
            fmt::format("names no {} of this invoice (a new one is sent without id)", field.Singular()));
        continue;
      }
    } else {
      merged.push_back(Record::Make(resource));
      target = merged.back().get();
      before = &empty;
    }
    if (tax_lines < 0) {
      APB_TRY_STATUS(rules.Apply(*item, *before, at, {}, *target));
      continue;
    }
    APB_TRY_STATUS(rules.Apply(*item, *before, at, {tax_lines}, *target));
    RecordList nested = ItemsOf(*target, tax_lines);
    APB_TRY_STATUS(MergeItems(rules, resource.field(tax_lines), item->Get(tax_lines),
                              ItemsOf(*before, tax_lines), ElementPath(at, "tax-lines"), nested));
    target->Set(tax_lines, std::move(nested));
  }
  return Ok();
}

RecordPtr ColumnChanges(const Record& merged, const Record& stored) {
  RecordPtr changes;
  for (int i = 1; i < merged.resource().field_count(); ++i) {
    const model::Field& f = merged.resource().field(i);
    if (!f.WritesColumn() || !merged.Has(i) || Unchanged(f, merged.Get(i), stored.Get(i))) continue;
    if (changes == nullptr) {
      changes = Record::Make(merged.resource());
      changes->Set(0, merged.Get(0));
    }
    changes->Set(i, merged.Get(i));
  }
  return changes;
}

bool Changed(const Record& merged, const Record* stored) {
  if (stored == nullptr) return true;
  if (ColumnChanges(merged, *stored) != nullptr) return true;
  for (int i = 0; i < merged.resource().field_count(); ++i) {
    if (!merged.resource().field(i).IsOwned()) continue;
    for (const RecordPtr& item : ItemsOf(merged, i)) {
      if (Changed(*item, ItemWithId(ItemsOf(*stored, i), item->id()))) return true;
    }
  }
  return false;
}

Result<int64_t> InsertTree(storage::UnitOfWork& uow, const Record& record,
                           const std::optional<storage::Owner>& owner, Timestamp now, const Actor& by) {
  const model::Resource& resource = record.resource();
  Record own(resource);
  for (int i = 0; i < resource.field_count(); ++i) {
    if (!resource.field(i).IsOwned()) own.Set(i, record.Get(i));
  }
  StampCreated(own, now, by);
  APB_TRY(const int64_t id, uow.Insert(own, owner));
  for (int i = 0; i < resource.field_count(); ++i) {
    if (!resource.field(i).IsOwned()) continue;
    const storage::Owner mine{std::string(resource.field(i).via), id};
    for (const RecordPtr& item : ItemsOf(record, i)) {
      APB_TRY(const int64_t ignored, InsertTree(uow, *item, mine, now, by));
      (void)ignored;
    }
  }
  return id;
}

void DropRepeatedNames(RecordList& items) {
  std::vector<std::string> seen;
  std::erase_if(items, [&seen](const RecordPtr& item) {
    const std::string name = item->GetString("name").value_or("");
    const bool repeated =
        std::any_of(seen.begin(), seen.end(), [&](const std::string& s) { return IEquals(s, name); });
    if (!repeated) seen.push_back(name);
    return repeated && !item->id();
  });
}

Status WriteOwnedChanges(storage::UnitOfWork& uow, const Record& merged, const Record& stored, Timestamp now,
                         const Actor& by) {
  const model::Resource& resource = merged.resource();
  for (int i = 0; i < resource.field_count(); ++i) {
    if (!resource.field(i).IsOwned()) continue;
    const storage::Owner owner{std::string(resource.field(i).via), merged.id().value_or(0)};
    for (const RecordPtr& item : ItemsOf(merged, i)) {
      const Record* before = ItemWithId(ItemsOf(stored, i), item->id());
      if (before == nullptr) {
        APB_TRY(const int64_t ignored, InsertTree(uow, *item, owner, now, by));
        (void)ignored;
        continue;
      }
      if (RecordPtr changes = ColumnChanges(*item, *before)) {
        StampUpdated(*changes, *before, now, by);
        APB_TRY_STATUS(uow.Update(*changes));
      }
      APB_TRY_STATUS(WriteOwnedChanges(uow, *item, *before, now, by));
    }
  }
  return Ok();
}

}  // namespace apbridge::resources::invoices
