// Unchanged and ExpectUnchanged: a body's element against the stored record,
// field by field, driven by the catalog's types.
#include "resources/unchanged_elements.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <variant>

namespace apbridge::resources {
namespace {

using model::RecordList;
using model::RecordPtr;
using model::Value;

std::vector<int64_t> ItemIds(const Value& value) {
  std::vector<int64_t> ids;
  if (const auto* items = std::get_if<RecordList>(&value)) {
    for (const RecordPtr& item : *items) ids.push_back(item != nullptr ? item->id().value_or(0) : 0);
  }
  return ids;
}

// The record a reference value holds, or nullptr.
const model::Record* Embedded(const Value& value) {
  const auto* ref = std::get_if<RecordPtr>(&value);
  return ref != nullptr ? ref->get() : nullptr;
}

// The elements inside field `f`, once the field itself is Unchanged: those of
// the referenced record, or of each item, that the body sent.
void ExpectNestedUnchanged(const model::Field& f, const Value& sent, const Value& stored,
                           std::string_view element, std::string_view message, FieldErrors& errors) {
  if (f.type == model::FieldType::kReference) {
    const model::Record* sent_record = Embedded(sent);
    const model::Record* stored_record = Embedded(stored);
    if (sent_record != nullptr && stored_record != nullptr) {
      ExpectUnchanged(*sent_record, *stored_record, element, {}, message, errors);
    }
    return;
  }
  const auto* sent_items = std::get_if<RecordList>(&sent);
  const auto* stored_items = std::get_if<RecordList>(&stored);
  if (sent_items == nullptr || stored_items == nullptr) return;
  // Unchanged: the same ids in the same order, so items pair by position.
  for (size_t n = 0; n < sent_items->size() && n < stored_items->size(); ++n) {
    if ((*sent_items)[n] == nullptr || (*stored_items)[n] == nullptr) continue;
    ExpectUnchanged(*(*sent_items)[n], *(*stored_items)[n], fmt::format("{}[{}]", element, n), {}, message,
                    errors);
  }
}

}  // namespace

std::optional<int64_t> ReferencedId(const Value& value) {
  const auto* ref = std::get_if<RecordPtr>(&value);
  return ref != nullptr && *ref != nullptr ? (*ref)->id() : std::nullopt;
}

bool NullOrAbsent(const Value& value) {
  return std::holds_alternative<model::Null>(value) || std::holds_alternative<model::Absent>(value);
}

bool Unchanged(const model::Field& f, const Value& sent, const Value& stored) {
  if (f.type == model::FieldType::kReference) return ReferencedId(sent) == ReferencedId(stored);
  if (f.type == model::FieldType::kCollection) return ItemIds(sent) == ItemIds(stored);
  if (NullOrAbsent(sent) || NullOrAbsent(stored)) return NullOrAbsent(sent) == NullOrAbsent(stored);
  return sent == stored;
}

std::string ElementPath(std::string_view path, std::string_view name) {
  return path.empty() ? std::string(name) : fmt::format("{}.{}", path, name);
}

bool DescribesTheCopy(const model::Field& f) { return f.name == "updated-at" || f.name == "updated-by"; }

void ExpectUnchanged(const model::Record& sent, const model::Record& stored, std::string_view path,
                     std::span<const int> writable, std::string_view message, FieldErrors& errors) {
  const model::Resource& resource = sent.resource();
  for (int i = 0; i < resource.field_count(); ++i) {
    const model::Field& f = resource.field(i);
    if (!sent.Has(i) || f.IsCustomFields() || DescribesTheCopy(f) ||
        std::find(writable.begin(), writable.end(), i) != writable.end()) {
      continue;
    }
    const std::string element = ElementPath(path, f.name);
    if (!Unchanged(f, sent.Get(i), stored.Get(i))) {
      errors.Add(element, message);
    } else if (!f.IsScalar()) {
      ExpectNestedUnchanged(f, sent.Get(i), stored.Get(i), element, message, errors);
    }
  }
}

}  // namespace apbridge::resources
