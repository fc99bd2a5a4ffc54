// JSON request bodies -> records, with simdjson: the DOM parser validates the
// whole body (grammar, UTF-8, depth), then the On-Demand API walks it so that
// numbers are read from their raw text, never through double.
#include <simdjson.h>

#include <algorithm>

#include "codec/backends.hpp"
#include "codec/read_context.hpp"
#include "common/text.hpp"
#include "model/value_text.hpp"

namespace apbridge::codec::internal {
namespace {

namespace sj = simdjson;
namespace od = simdjson::ondemand;

// Parsers keep their buffers between calls on the same thread, up to this
// body size; larger bodies get parsers of their own, freed afterwards.
constexpr size_t kReusableCapacity = size_t{1} << 20;

std::string_view TypeName(od::json_type type) {
  switch (type) {
    case od::json_type::array:
      return "an array";
    case od::json_type::object:
      return "an object";
    case od::json_type::number:
      return "a number";
    case od::json_type::string:
      return "a string";
    case od::json_type::boolean:
      return "a boolean";
    case od::json_type::null:
      return "null";
  }
  return "a value";
}

class JsonReader {
 public:
  JsonReader(const ReadOptions& options, ReadErrors* errors) : options_(options), errors_(errors) {}

  // Reads the members of `object` as fields of `record`. `top_level` allows
  // the {"<resource-name>": {...}} wrapper.
  sj::error_code Object(od::object object, model::Record* record, const std::string& path, bool top_level) {
    const model::Resource& resource = record->resource();
    Collections collections;
    for (auto member : object) {
      std::string_view key;
      if (auto e = member.unescaped_key().get(key)) return e;
      od::value value;
      if (auto e = member.value().get(value)) return e;
      od::json_type type;
      if (auto e = value.type().get(type)) return e;
      const int index = resource.IndexOf(key);
      if (index >= 0) {
        const std::string field_path = ChildPath(path, resource.field(index).name);
        if (auto e = Field(value, type, record, index, field_path, &collections)) return e;
        continue;
      }
      if (top_level && WireName(key) == resource.name()) {  // {"invoice-header": {...}}
        if (type != od::json_type::object) {
          errors_->Add(
              std::string(resource.name()),
              std::string(resource.name()) + ": expected an object, not " + std::string(TypeName(type)));
          continue;
        }
        od::object inner;
        if (auto e = value.get_object().get(inner)) return e;
        if (auto e = Object(inner, record, path, false)) return e;
        continue;
      }
      const int collection = SingularCollectionIndex(resource, key);
      if (collection >= 0) {  // "payment": {...} or "payment": [...]
        const std::string field_path = ChildPath(path, resource.field(collection).name);
        if (auto e =
                Items(value, type, *resource.Target(collection), field_path, &collections.List(collection))) {
          return e;
        }
      } else if (!options_.ignore_unknown) {
        errors_->Add(ChildPath(path, key), UnknownFieldMessage(key, resource));
      }
    }
    collections.StoreInto(record);
    return sj::SUCCESS;
  }

 private:
  sj::error_code Field(od::value value, od::json_type type, model::Record* record, int index,
                       const std::string& path, Collections* collections) {
    const model::Field& field = record->resource().field(index);
    if (field.IsCustomFields()) return CustomFields(value, type, record, path, collections);
    if (type == od::json_type::null) {
      bool is_null = false;
      if (auto e = value.is_null().get(is_null)) return e;
      if (field.type == model::FieldType::kCollection) {
        collections->SetNull(index);
      } else {
        record->Set(index, model::Null{});
      }
      return sj::SUCCESS;
    }
    if (field.IsScalar()) {
      if (type == od::json_type::object || type == od::json_type::array) {
        errors_->Add(path, path + ": expected a value, not " + std::string(TypeName(type)));
        return sj::SUCCESS;
      }
      std::string_view text;
      if (auto e = ScalarText(value, type, &text)) return e;
      auto parsed = model::ParseValue(field, text, path);
      if (parsed) {
        record->Set(index, std::move(*parsed));
      } else {
        errors_->Add(path, std::move(parsed.error().message));
      }
      return sj::SUCCESS;
    }
    const model::Resource* target = record->resource().Target(index);
    if (target == nullptr) return sj::SUCCESS;  // not built by a Catalog: nothing to read into
    if (field.type == model::FieldType::kCollection) {
      return Items(value, type, *target, path, &collections->List(index));
    }
    if (type != od::json_type::object) {
      errors_->Add(path, path + ": expected an object with " + std::string(target->name()) + " fields, not " +
                             std::string(TypeName(type)));
      return sj::SUCCESS;
    }
    od::object object;
    if (auto e = value.get_object().get(object)) return e;
    model::RecordPtr nested = model::Record::Make(*target);
    if (auto e = Object(object, nested.get(), path, false)) return e;
    record->Set(index, std::move(nested));
    return sj::SUCCESS;
  }

  // "custom-fields": {"name": value, ...}, each a custom field of the
  // record's resource; null changes none.
  sj::error_code CustomFields(od::value value, od::json_type type, model::Record* record,
                              const std::string& path, Collections* collections) {
    if (type == od::json_type::null) {
      bool is_null = false;
      return value.is_null().get(is_null);
    }
    if (type != od::json_type::object) {
      errors_->Add(path, path + ": expected an object of custom fields, not " + std::string(TypeName(type)));
      return sj::SUCCESS;
    }
    od::object object;
    if (auto e = value.get_object().get(object)) return e;
    const model::Resource& resource = record->resource();
    for (auto member : object) {
      std::string_view key;
      if (auto e = member.unescaped_key().get(key)) return e;
      od::value field_value;
      if (auto e = member.value().get(field_value)) return e;
      od::json_type field_type;
      if (auto e = field_value.type().get(field_type)) return e;
      const int index = resource.CustomIndexOf(key);
      if (index >= 0) {
        const std::string field_path = ChildPath(path, resource.field(index).name);
        if (auto e = Field(field_value, field_type, record, index, field_path, collections)) return e;
      } else if (!options_.ignore_unknown) {
        errors_->Add(ChildPath(path, key), UnknownCustomFieldMessage(key, resource));
      }
    }
    return sj::SUCCESS;
  }

  // A collection's value: an array of objects, or one object.
  sj::error_code Items(od::value value, od::json_type type, const model::Resource& target,
                       const std::string& path, model::RecordList* list) {
    if (type == od::json_type::object) return Item(value, type, target, path, list);
    if (type != od::json_type::array) {
      errors_->Add(path, path + ": expected an array of " + std::string(target.name()) + " objects, not " +
                             std::string(TypeName(type)));
      return sj::SUCCESS;
    }
    od::array array;
    if (auto e = value.get_array().get(array)) return e;
    for (auto element : array) {
      od::value item;
      if (auto e = element.get(item)) return e;
      od::json_type item_type;
      if (auto e = item.type().get(item_type)) return e;
      if (auto e = Item(item, item_type, target, path, list)) return e;
    }
    return sj::SUCCESS;
  }

  sj::error_code Item(od::value value, od::json_type type, const model::Resource& target,
                      const std::string& path, model::RecordList* list) {
    const std::string item_path = ItemPath(path, list->size());
    if (type != od::json_type::object) {
      errors_->Add(item_path, item_path + ": expected an object with " + std::string(target.name()) +
                                  " fields, not " + std::string(TypeName(type)));
      return sj::SUCCESS;
    }
    od::object object;
    if (auto e = value.get_object().get(object)) return e;
    model::RecordPtr item = model::Record::Make(target);
    if (auto e = Object(object, item.get(), item_path, false)) return e;
    list->push_back(std::move(item));
    return sj::SUCCESS;
  }

  // The text of a string, number (its raw token) or boolean.
  static sj::error_code ScalarText(od::value value, od::json_type type, std::string_view* text) {
    switch (type) {
      case od::json_type::string:
        return value.get_string().get(*text);
      case od::json_type::number:
        *text = Trim(value.raw_json_token());
        return sj::SUCCESS;
      case od::json_type::boolean: {
        bool b = false;
        if (auto e = value.get_bool().get(b)) return e;
        *text = b ? "true" : "false";
        return sj::SUCCESS;
      }
      default:
        return sj::INCORRECT_TYPE;
    }
  }

  const ReadOptions& options_;
  ReadErrors* errors_;
};

Error MalformedJson(sj::error_code e) {
  return InvalidArgument("Malformed JSON: " + std::string(sj::error_message(e)));
}

// Full validation of `body`: grammar, UTF-8 and nesting depth.
Status Validate(const sj::padded_string& body, sj::dom::parser* parser) {
  if (parser->capacity() < body.size() || parser->max_depth() != static_cast<size_t>(kMaxDepth)) {
    if (auto e = parser->allocate(std::max<size_t>(body.size(), 4096), kMaxDepth)) {
      return Fail(Internal("simdjson allocate: " + std::string(sj::error_message(e))));
    }
  }
  sj::dom::element root;
  if (auto e = parser->parse(body).get(root)) {
    if (e == sj::DEPTH_ERROR) return Fail(InvalidArgument(TooDeepMessage()));
    return Fail(MalformedJson(e));
  }
  if (!root.is_object()) {
    return Fail(InvalidArgument(root.is_array() ? "JSON body must be an object, not an array"
                                                : "JSON body must be an object"));
  }
  return Ok();
}

Result<model::RecordPtr> Read(const sj::padded_string& body, const model::Resource& resource,
                              const ReadOptions& options, sj::dom::parser* validator, od::parser* walker) {
  APB_TRY_STATUS(Validate(body, validator));
  od::document doc;
  if (auto e = walker->iterate(body).get(doc)) return Fail(MalformedJson(e));
  od::object object;
  if (auto e = doc.get_object().get(object)) return Fail(MalformedJson(e));
  model::RecordPtr record = model::Record::Make(resource);
  ReadErrors errors;
  if (auto e = JsonReader(options, &errors).Object(object, record.get(), "", true)) {
    return Fail(MalformedJson(e));
  }
  if (!errors.empty()) return Fail(std::move(errors).ToError());
  return record;
}

}  // namespace

Result<model::RecordPtr> ReadRecordJson(std::string_view body, const model::Resource& resource,
                                        const ReadOptions& options) {
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);  // a UTF-8 byte order mark
  if (Trim(body).empty()) return Fail(InvalidArgument("Request body is empty"));
  const sj::padded_string padded(body);
  if (body.size() > kReusableCapacity) {
    sj::dom::parser validator;
    od::parser walker;
    return Read(padded, resource, options, &validator, &walker);
  }
  thread_local sj::dom::parser validator;
  thread_local od::parser walker;
  return Read(padded, resource, options, &validator, &walker);
}

}  // namespace apbridge::codec::internal
