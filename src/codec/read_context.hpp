// What both readers share: the collector of field errors, field paths for
// messages, and the look-up of a collection by its item's singular name.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "model/record.hpp"

namespace apbridge::codec::internal {

// Collects every field problem of one request body, so that a client sees
// them all at once. Not thread-safe; one per ReadRecord call.
class ReadErrors {
 public:
  static constexpr size_t kMaxErrors = 50;

  void Add(std::string path, std::string message);
  [[nodiscard]] bool empty() const { return entries_.empty(); }
  // InvalidArgument with one field_errors entry per problem; the message is
  // all of them joined with "; ".
  [[nodiscard]] Error ToError() &&;

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
  size_t dropped_ = 0;
};

// The collection fields of one record being read. Items from the plural
// element/key and from singular ones (<payment>, "payment") accumulate here,
// then StoreInto() sets them on the record.
class Collections {
 public:
  // The list of collection field `index` (created empty, replacing a null).
  // The reference is valid until the next call of List().
  model::RecordList& List(int index);
  // Marks the field null (nil="true" / JSON null) unless it already has a list.
  void SetNull(int index);
  void StoreInto(model::Record* record);

 private:
  std::vector<std::pair<int, std::optional<model::RecordList>>> entries_;  // nullopt: null
};

// "payments[0]" + "amount-paid" -> "payments[0].amount-paid"; "" + "x" -> "x".
std::string ChildPath(std::string_view parent, std::string_view name);
// "payments" + 2 -> "payments[2]".
std::string ItemPath(std::string_view parent, size_t index);

// The index of the collection field of `resource` whose target's singular
// name is `name` (dash/underscore, any case): "payment" -> payments; -1 if none.
int SingularCollectionIndex(const model::Resource& resource, std::string_view name);

// "Unknown field 'foo' for invoice-header".
std::string UnknownFieldMessage(std::string_view name, const model::Resource& resource);
std::string UnknownCustomFieldMessage(std::string_view name, const model::Resource& resource);

// The message for bodies nested deeper than codec::kMaxDepth.
std::string TooDeepMessage();

}  // namespace apbridge::codec::internal
