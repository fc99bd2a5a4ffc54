// The records an invoice owns (lines, charges, tax lines) as one write sees
// them: the items a body sends merged into the stored ones, and what the
// merged invoice changes written back (inserts and updates, never deletes).
#pragma once

#include <optional>
#include <string_view>

#include "common/timestamp.hpp"
#include "model/record.hpp"
#include "resources/actor.hpp"
#include "resources/invoices/invoice_elements.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

// The invoice's collections that a write merges item by item (MergeItems):
// its figures (which change only while it is new or draft, and then its
// totals are recomputed), and its tags (in any status; a tag named as one the
// invoice has is not added twice).
inline constexpr std::string_view kFigureCollections[] = {"invoice-lines", "invoice-charges", "tax-lines"};
inline constexpr std::string_view kMergedCollections[] = {"invoice-lines", "invoice-charges", "tax-lines",
                                                          "tags"};

// Drops the new items (no id) of `items` whose name another item already has
// (case-insensitively, as Coupa's collation compares): tags sent twice.
void DropRepeatedNames(model::RecordList& items);

// The items of collection `field` (an index or a name) of `record`; none when
// it holds no list.
[[nodiscard]] const model::RecordList& ItemsOf(const model::Record& record, int field);
[[nodiscard]] const model::RecordList& ItemsOf(const model::Record& record, std::string_view field);

// A copy of `record` whose owned collections' items are copies too, so that
// the copy can be changed without touching `record`.
[[nodiscard]] model::RecordPtr Clone(const model::Record& record);

// The item of `items` with id `id`, or nullptr.
[[nodiscard]] const model::Record* ItemWithId(const model::RecordList& items, std::optional<int64_t> id);

// Merges the items of owned collection `field` that a body sends (`sent`: a
// RecordList, or null/absent for none) into `merged` (copies of the stored
// items, as Clone makes them; empty for a new owner), `stored` being the
// items as stored:
// - an item with the id of a stored item changes that item's writable
//   elements (ElementRules::Apply), an id of no stored item is an error
//   naming `path[N].id`;
// - an item without id is a new one, appended;
// - stored items not sent stay as they are.
// An item's own tax-lines are merged the same way. Errors go to rules.errors();
// the Status fails only when the store does.
[[nodiscard]] Status MergeItems(ElementRules& rules, const model::Field& field, const model::Value& sent,
                                const model::RecordList& stored, std::string_view path,
                                model::RecordList& merged);

// Whether `merged` differs from `stored` (nullptr: it is new) in a stored
// column or in the items of its owned collections, recursively.
[[nodiscard]] bool Changed(const model::Record& merged, const model::Record* stored);

// The columns `merged` changes of `stored`, with its id: nullptr when none.
[[nodiscard]] model::RecordPtr ColumnChanges(const model::Record& merged, const model::Record& stored);

// Inserts `record` (owned by `owner`, if any) and then each item of its owned
// collections, one Insert each, every record stamped as created `now` by
// `by`. Returns the record's new id.
[[nodiscard]] Result<int64_t> InsertTree(storage::UnitOfWork& uow, const model::Record& record,
                                         const std::optional<storage::Owner>& owner, Timestamp now,
                                         const Actor& by);

// Writes what the items of `merged`'s owned collections change of `stored`'s
// (the record itself is the caller's): new items inserted (InsertTree),
// changed ones updated and stamped, recursively.
[[nodiscard]] Status WriteOwnedChanges(storage::UnitOfWork& uow, const model::Record& merged,
                                       const model::Record& stored, Timestamp now, const Actor& by);

}  // namespace apbridge::resources::invoices
