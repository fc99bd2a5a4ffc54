// The rule of every write for the elements it may not change: a client that
// GETs a record and PUTs it back sends them too, and they must be as stored.
// One rule for any resource (invoices' element rules, Coupa Pay payments).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/record.hpp"
#include "resources/field_errors.hpp"

namespace apbridge::resources {

// The id a reference value names; nullopt for null, absent or no id.
[[nodiscard]] std::optional<int64_t> ReferencedId(const model::Value& value);

// Null or absent: a body may send either for an element the record lacks.
[[nodiscard]] bool NullOrAbsent(const model::Value& value);

// Whether `sent` leaves field `f` as `stored` has it: the same value (null and
// absent alike), the same referenced record, the same items (by id).
[[nodiscard]] bool Unchanged(const model::Field& f, const model::Value& sent, const model::Value& stored);

// "invoice-lines[2].price": `name` under `path` (the record's own path; empty
// for the record itself).
[[nodiscard]] std::string ElementPath(std::string_view path, std::string_view name);

// updated-at and updated-by: they describe the copy the client read, which
// moved on at the last write, so a body may send them with any value.
[[nodiscard]] bool DescribesTheCopy(const model::Field& f);

// For a resource the API may not change but for `writable` (field indexes):
// every other element of `sent` (a body's record) must be Unchanged against
// `stored`, and where a reference or collection is, so must be each element
// of the records embedded in it that were sent, at any depth (references by
// the same rule, collection items by position). `stored` must be read as a
// show reads it (model::Shape::kFull), so that it holds what the client got.
// The copy's bookkeeping (DescribesTheCopy) and the custom-fields container
// are skipped. Adds "<path> <message>" to `errors` for each element that
// differs, named by its path ("status", "pay-to-account.type",
// "payment-details[0].payment-total").
void ExpectUnchanged(const model::Record& sent, const model::Record& stored, std::string_view path,
                     std::span<const int> writable, std::string_view message, FieldErrors& errors);

}  // namespace apbridge::resources
