// Field error collection, paths and singular-name look-ups for the readers.
#include "codec/read_context.hpp"

#include "codec/codec.hpp"
#include "common/text.hpp"
#include "common/text_escape.hpp"

namespace apbridge::codec::internal {

void ReadErrors::Add(std::string path, std::string message) {
  if (entries_.size() >= kMaxErrors) {
    ++dropped_;
    return;
  }
  entries_.emplace_back(std::move(path), std::move(message));
}

Error ReadErrors::ToError() && {
  std::string message;
  for (const auto& [path, text] : entries_) {
    if (!message.empty()) message += "; ";
    message += text;
  }
  if (dropped_ > 0) message += "; and " + std::to_string(dropped_) + " more";
  Error error = InvalidArgument(std::move(message));
  error.field_errors = std::move(entries_);
  return error;
}

model::RecordList& Collections::List(int index) {
  for (auto& [i, list] : entries_) {
    if (i != index) continue;
    if (!list) list.emplace();
    return *list;
  }
  return *entries_.emplace_back(index, model::RecordList{}).second;
}

void Collections::SetNull(int index) {
  for (const auto& entry : entries_) {
    if (entry.first == index) return;
  }
  entries_.emplace_back(index, std::nullopt);
}

void Collections::StoreInto(model::Record* record) {
  for (auto& [index, list] : entries_) {
    if (list) {
      record->Set(index, std::move(*list));
    } else {
      record->Set(index, model::Null{});
    }
  }
  entries_.clear();
}

std::string ChildPath(std::string_view parent, std::string_view name) {
  std::string path;
  path.reserve(parent.size() + name.size() + 1);
  path.append(parent);
  if (!parent.empty()) path.push_back('.');
  path.append(name);
  return path;
}

std::string ItemPath(std::string_view parent, size_t index) {
  std::string path(parent);
  path += '[';
  path += std::to_string(index);
  path += ']';
  return path;
}

int SingularCollectionIndex(const model::Resource& resource, std::string_view name) {
  const std::string key = WireName(name);
  for (int i = 0; i < resource.field_count(); ++i) {
    if (resource.field(i).type != model::FieldType::kCollection) continue;
    const model::Resource* target = resource.Target(i);
    if (target != nullptr && target->name() == key) return i;
  }
  return -1;
}

std::string UnknownFieldMessage(std::string_view name, const model::Resource& resource) {
  return "Unknown field " + Quoted(name) + " for " + std::string(resource.name());
}

std::string UnknownCustomFieldMessage(std::string_view name, const model::Resource& resource) {
  return "Unknown custom field " + Quoted(name) + " for " + std::string(resource.name());
}

std::string TooDeepMessage() {
  return "Request body is nested too deeply (maximum is " + std::to_string(kMaxDepth) + " levels)";
}

}  // namespace apbridge::codec::internal
