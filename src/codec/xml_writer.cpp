// Streaming XML writer in Rails to_xml style: records straight into the
// caller's buffer in the shape and order of their projection, two-space
// indentation, one element per line.
#include <type_traits>
#include <variant>

#include "codec/backends.hpp"
#include "codec/scalar_format.hpp"
#include "common/text_escape.hpp"

namespace apbridge::codec::internal {
namespace {

constexpr std::string_view kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

// The type="..." of a field's element; empty for untyped (string-like) fields.
std::string_view XmlTypeName(model::FieldType type) {
  switch (type) {
    case model::FieldType::kInteger:
      return "integer";
    case model::FieldType::kDecimal:
      return "decimal";
    case model::FieldType::kFloat:
      return "float";
    case model::FieldType::kBoolean:
      return "boolean";
    case model::FieldType::kDateTime:
      return "dateTime";
    case model::FieldType::kCollection:
      return "array";
    default:
      return {};
  }
}

class XmlWriter {
 public:
  XmlWriter(const WriteOptions& options, std::string* out) : options_(options), out_(out) {}

  // <name>fields...</name> at `depth` (0 = document root).
  void Record(const model::Record& record, const model::Projection& projection, std::string_view name,
              int depth) {
    Indent(depth);
    Open(name, {}, false);
    out_->push_back('\n');
    const model::Resource& resource = record.resource();
    for (const model::Projection::Item& item : projection.items()) {
      const model::Field& field = resource.field(item.field);
      if (field.Has(model::kCustom)) continue;  // inside custom-fields
      if (field.IsCustomFields()) {
        CustomFields(record, projection, field.name, depth + 1);
        continue;
      }
      const model::Value& value = record.Get(item.field);
      if (std::holds_alternative<model::Absent>(value)) continue;
      Field(field, value, item.nested.get(), depth + 1);
    }
    Indent(depth);
    Close(name);
  }

  // <custom-fields> with the projection's custom fields, empty when none.
  void CustomFields(const model::Record& record, const model::Projection& projection, std::string_view name,
                    int depth) {
    Indent(depth);
    Open(name, {}, false);
    out_->push_back('\n');
    for (const model::Projection::Item& item : projection.items()) {
      const model::Field& field = record.resource().field(item.field);
      const model::Value& value = record.Get(item.field);
      if (!field.Has(model::kCustom) || std::holds_alternative<model::Absent>(value)) continue;
      Field(field, value, nullptr, depth + 1);
    }
    Indent(depth);
    Close(name);
  }

  // <plural type="array"> items </plural>, or <plural type="array"/> when empty.
  void List(std::span<const model::RecordPtr> records, const model::Projection& projection,
            std::string_view plural, std::string_view item_name, int depth) {
    Indent(depth);
    bool any = false;
    for (const model::RecordPtr& item : records) any = any || item != nullptr;
    Open(plural, "array", !any);
    if (!any) return;
    out_->push_back('\n');
    for (const model::RecordPtr& item : records) {
      if (item != nullptr) Record(*item, projection, item_name, depth + 1);
    }
    Indent(depth);
    Close(plural);
  }

 private:
  void Field(const model::Field& field, const model::Value& value, const model::Projection* nested,
             int depth) {
    const std::string_view name = field.name;
    const std::string_view type = XmlTypeName(field.type);
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, model::Absent>) {
            // skipped by the caller
          } else if constexpr (std::is_same_v<T, model::Null>) {
            Nil(name, depth);
          } else if constexpr (std::is_same_v<T, model::RecordPtr>) {
            if (v == nullptr) {
              Nil(name, depth);
            } else {
              Record(*v, *nested, name, depth);
            }
          } else if constexpr (std::is_same_v<T, model::RecordList>) {
            List(v, *nested, name, field.Singular(), depth);
          } else if constexpr (std::is_same_v<T, std::string>) {
            Indent(depth);
            Open(name, type, v.empty());  // <x/> for an empty string, as Coupa does
            if (v.empty()) return;
            AppendXmlEscaped(v, out_);
            Close(name);
          } else {
            Indent(depth);
            Open(name, type, false);
            if constexpr (std::is_same_v<T, int64_t>) {
              AppendInteger(v, out_);
            } else if constexpr (std::is_same_v<T, bool>) {
              out_->append(BooleanText(v));
            } else if constexpr (std::is_same_v<T, Decimal>) {
              AppendDecimal(field, v, out_);
            } else if constexpr (std::is_same_v<T, Timestamp>) {
              AppendTime(field, v, options_.time_zone, out_);
            }
            Close(name);
          }
        },
        value);
  }

  // <name nil="true"/>: Rails writes a null with no type.
  void Nil(std::string_view name, int depth) {
    Indent(depth);
    out_->push_back('<');
    out_->append(name);
    out_->append(" nil=\"true\"/>\n");
  }

  // <name> or <name type="t">, or <name type="t"/> and a newline when `empty`.
  void Open(std::string_view name, std::string_view type, bool empty) {
    out_->push_back('<');
    out_->append(name);
    if (!type.empty()) {
      out_->append(" type=\"");
      out_->append(type);
      out_->push_back('"');
    }
    out_->append(empty ? "/>\n" : ">");
  }

  void Close(std::string_view name) {
    out_->append("</");
    out_->append(name);
    out_->append(">\n");
  }

  void Indent(int depth) { out_->append(static_cast<size_t>(depth) * 2, ' '); }

  const WriteOptions& options_;
  std::string* out_;
};

}  // namespace

void WriteRecordXml(const model::Record& record, const model::Projection& projection,
                    const WriteOptions& options, std::string* out) {
  out->reserve(out->size() + kDeclaration.size() + EstimatedSize(projection));
  out->append(kDeclaration);
  XmlWriter(options, out).Record(record, projection, record.resource().name(), 0);
}

void WriteListXml(std::span<const model::RecordPtr> records, const model::Projection& projection,
                  const WriteOptions& options, std::string* out) {
  out->reserve(out->size() + kDeclaration.size() + records.size() * EstimatedSize(projection));
  out->append(kDeclaration);
  const model::Resource& resource = projection.resource();
  XmlWriter(options, out).List(records, projection, resource.plural(), resource.name(), 0);
}

}  // namespace apbridge::codec::internal
