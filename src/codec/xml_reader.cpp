// XML request bodies -> records, with pugixml: tolerant of what Coupa clients
// send (no type attributes, single quotes, nil="true" with content).
#include <algorithm>
#include <pugixml.hpp>
#include <string>

#include "codec/backends.hpp"
#include "codec/read_context.hpp"
#include "common/text.hpp"
#include "model/value_text.hpp"

namespace apbridge::codec::internal {
namespace {

bool IsText(const pugi::xml_node& node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

bool HasElementChild(const pugi::xml_node& node) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element) return true;
  }
  return false;
}

// The element's character data (text and CDATA pieces joined). Uses `scratch`
// only when there is more than one piece.
std::string_view TextOf(const pugi::xml_node& node, std::string* scratch) {
  std::string_view single;
  int pieces = 0;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (!IsText(child)) continue;
    if (++pieces == 1) {
      single = child.value();
    } else {
      if (pieces == 2) scratch->assign(single);
      scratch->append(child.value());
    }
  }
  return pieces > 1 ? std::string_view(*scratch) : single;
}

bool IsNil(const pugi::xml_node& node) {
  const pugi::xml_attribute nil = node.attribute("nil");
  return nil && (IEquals(nil.value(), "true") || IEquals(nil.value(), "1"));
}

// The depth of the deepest element under `root` (root = 1), walked without
// recursion so that hostile nesting cannot exhaust the stack.
int MaxElementDepth(const pugi::xml_node& root) {
  int depth = 1;
  int max_depth = 1;
  pugi::xml_node node = root;
  while (true) {
    pugi::xml_node child = node.first_child();
    while (child && child.type() != pugi::node_element) child = child.next_sibling();
    if (child) {
      node = child;
      max_depth = std::max(max_depth, ++depth);
      continue;
    }
    while (node != root) {
      pugi::xml_node next = node.next_sibling();
      while (next && next.type() != pugi::node_element) next = next.next_sibling();
      if (next) {
        node = next;
        break;
      }
      node = node.parent();
      --depth;
    }
    if (node == root) return max_depth;
  }
}

class XmlReader {
 public:
  XmlReader(const ReadOptions& options, ReadErrors* errors) : options_(options), errors_(errors) {}

  // Reads the child elements of `element` as fields of `record`.
  void Fields(const pugi::xml_node& element, model::Record* record, const std::string& path) {
    const model::Resource& resource = record->resource();
    Collections collections;
    for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
      if (IsText(child)) {
        if (!Trim(child.value()).empty()) {
          std::string where = path.empty() ? std::string(resource.name()) : path;
          std::string message = where + ": unexpected text " + Quoted(Trim(child.value()));
          errors_->Add(std::move(where), std::move(message));
        }
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      const int index = resource.IndexOf(name);
      if (index >= 0) {
        const std::string field_path = ChildPath(path, resource.field(index).name);
        if (resource.field(index).type == model::FieldType::kCollection) {
          Collection(child, record, index, field_path, &collections);
        } else {
          Field(child, record, index, field_path);
        }
        continue;
      }
      const int collection = SingularCollectionIndex(resource, name);
      if (collection >= 0) {  // <payment> directly under the record: one item
        const std::string field_path = ChildPath(path, resource.field(collection).name);
        Item(child, *resource.Target(collection), field_path, &collections.List(collection));
      } else if (!options_.ignore_unknown) {
        errors_->Add(ChildPath(path, name), UnknownFieldMessage(name, resource));
      }
    }
    collections.StoreInto(record);
  }

 private:
  // A scalar or reference field.
  void Field(const pugi::xml_node& element, model::Record* record, int index, const std::string& path) {
    const model::Field& field = record->resource().field(index);
    if (field.IsCustomFields()) {
      CustomFields(element, record, path);
      return;
    }
    std::string scratch;
    if (field.IsScalar()) {
      if (HasElementChild(element)) {
        errors_->Add(path, path + ": expected a value, not nested elements");
        return;
      }
      const std::string_view text = TextOf(element, &scratch);
      if (IsNil(element) && Trim(text).empty()) {
        record->Set(index, model::Null{});
        return;
      }
      auto value = model::ParseValue(field, text, path);
      if (!value) {
        errors_->Add(path, std::move(value.error().message));
        return;
      }
      record->Set(index, std::move(*value));
      return;
    }
    const model::Resource* target = record->resource().Target(index);
    if (target == nullptr) return;  // not built by a Catalog: nothing to read into
    if (!HasElementChild(element)) {
      const std::string_view text = Trim(TextOf(element, &scratch));
      if (text.empty()) {
        record->Set(index, model::Null{});  // <supplier nil="true"/> or <supplier/>
      } else {
        errors_->Add(
            path, path + ": expected nested " + std::string(target->name()) + " fields, not " + Quoted(text));
      }
      return;
    }
    model::RecordPtr nested = model::Record::Make(*target);
    Fields(element, nested.get(), path);
    record->Set(index, std::move(nested));
  }

  // <custom-fields><name>value</name>...</custom-fields>: each child a custom
  // field of the record's resource.
  void CustomFields(const pugi::xml_node& element, model::Record* record, const std::string& path) {
    const model::Resource& resource = record->resource();
    for (pugi::xml_node child = element.first_child(); child; child = child.next_sibling()) {
      if (IsText(child) && !Trim(child.value()).empty()) {
        errors_->Add(path, path + ": expected custom field elements, not " + Quoted(Trim(child.value())));
      }
      if (child.type() != pugi::node_element) continue;
      const int index = resource.CustomIndexOf(child.name());
      if (index >= 0) {
        Field(child, record, index, ChildPath(path, resource.field(index).name));
      } else if (!options_.ignore_unknown) {
        errors_->Add(ChildPath(path, child.name()), UnknownCustomFieldMessage(child.name(), resource));
      }
    }
  }

  // <payments type="array"><payment>...</payment></payments>: any child
  // element is an item.
  void Collection(const pugi::xml_node& element, const model::Record* record, int index,
                  const std::string& path, Collections* collections) {
    const model::Resource* target = record->resource().Target(index);
    if (target == nullptr) return;
    if (!HasElementChild(element) && IsNil(element)) {
      std::string scratch;
      if (Trim(TextOf(element, &scratch)).empty()) {
        collections->SetNull(index);
        return;
      }
    }
    model::RecordList& list = collections->List(index);
    for (pugi::xml_node item = element.first_child(); item; item = item.next_sibling()) {
      if (IsText(item) && !Trim(item.value()).empty()) {
        errors_->Add(path, path + ": expected <" + std::string(target->name()) + "> elements, not " +
                               Quoted(Trim(item.value())));
      } else if (item.type() == pugi::node_element) {
        Item(item, *target, path, &list);
      }
    }
  }

  // One item of a collection, appended to `list`.
  void Item(const pugi::xml_node& element, const model::Resource& target, const std::string& path,
            model::RecordList* list) {
    const std::string item_path = ItemPath(path, list->size());
    std::string scratch;
    if (!HasElementChild(element) && !Trim(TextOf(element, &scratch)).empty()) {
      errors_->Add(item_path, item_path + ": expected nested " + std::string(target.name()) + " fields");
      return;
    }
    model::RecordPtr item = model::Record::Make(target);
    Fields(element, item.get(), item_path);
    list->push_back(std::move(item));
  }

  const ReadOptions& options_;
  ReadErrors* errors_;
};

}  // namespace

Result<model::RecordPtr> ReadRecordXml(std::string_view body, const model::Resource& resource,
                                       const ReadOptions& options) {
  if (Trim(body).empty()) return Fail(InvalidArgument("Request body is empty"));
  pugi::xml_document doc;
  constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(body.data(), body.size(), kParseOptions, pugi::encoding_auto);
  if (!parsed) {
    return Fail(InvalidArgument("Malformed XML: " + std::string(parsed.description()) + " at offset " +
                                std::to_string(parsed.offset)));
  }
  pugi::xml_node root;
  for (pugi::xml_node node = doc.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_doctype) {
      return Fail(InvalidArgument("Malformed XML: DOCTYPE declarations are not allowed"));
    }
    if (node.type() != pugi::node_element) continue;
    if (root) return Fail(InvalidArgument("Malformed XML: more than one root element"));
    root = node;
  }
  if (!root) return Fail(InvalidArgument("Malformed XML: no root element"));
  if (MaxElementDepth(root) > kMaxDepth) return Fail(InvalidArgument(TooDeepMessage()));
  const std::string_view expected = options.root.empty() ? resource.name() : options.root;
  if (WireName(root.name()) != expected) {
    return Fail(InvalidArgument("Expected root element <" + std::string(expected) + ">, found <" +
                                std::string(root.name()) + ">"));
  }
  model::RecordPtr record = model::Record::Make(resource);
  ReadErrors errors;
  XmlReader(options, &errors).Fields(root, record.get(), "");
  if (!errors.empty()) return Fail(std::move(errors).ToError());
  return record;
}

}  // namespace apbridge::codec::internal
