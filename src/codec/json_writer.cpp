// Streaming JSON writer: compact Coupa JSON (hyphenated keys, decimals and
// datetimes as strings) straight into the caller's buffer, in the shape and
// order of the records' projection.
#include <type_traits>
#include <variant>

#include "codec/backends.hpp"
#include "codec/scalar_format.hpp"
#include "common/text_escape.hpp"

namespace apbridge::codec::internal {
namespace {

class JsonWriter {
 public:
  JsonWriter(const WriteOptions& options, std::string* out) : options_(options), out_(out) {}

  void Object(const model::Record& record, const model::Projection& projection) {
    out_->push_back('{');
    bool first = true;
    const model::Resource& resource = record.resource();
    for (const model::Projection::Item& item : projection.items()) {
      const model::Field& field = resource.field(item.field);
      if (field.Has(model::kCustom)) continue;  // inside custom-fields
      const model::Value& value = record.Get(item.field);
      if (std::holds_alternative<model::Absent>(value) && !field.IsCustomFields()) continue;
      if (!first) out_->push_back(',');
      first = false;
      Key(field.name);
      if (field.IsCustomFields()) {
        CustomFields(record, projection);
      } else {
        Value(field, value, item.nested.get());
      }
    }
    out_->push_back('}');
  }

  // {"name": value, ...} of the projection's custom fields; {} when none.
  void CustomFields(const model::Record& record, const model::Projection& projection) {
    out_->push_back('{');
    bool first = true;
    for (const model::Projection::Item& item : projection.items()) {
      const model::Field& field = record.resource().field(item.field);
      const model::Value& value = record.Get(item.field);
      if (!field.Has(model::kCustom) || std::holds_alternative<model::Absent>(value)) continue;
      if (!first) out_->push_back(',');
      first = false;
      Key(field.name);
      Value(field, value, nullptr);
    }
    out_->push_back('}');
  }

  void Array(std::span<const model::RecordPtr> records, const model::Projection& projection) {
    out_->push_back('[');
    bool first = true;
    for (const model::RecordPtr& item : records) {
      if (item == nullptr) continue;
      if (!first) out_->push_back(',');
      first = false;
      Object(*item, projection);
    }
    out_->push_back(']');
  }

 private:
  void Value(const model::Field& field, const model::Value& value, const model::Projection* nested) {
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, model::Absent> || std::is_same_v<T, model::Null>) {
            out_->append("null");
          } else if constexpr (std::is_same_v<T, int64_t>) {
            AppendInteger(v, out_);
          } else if constexpr (std::is_same_v<T, bool>) {
            out_->append(BooleanText(v));
          } else if constexpr (std::is_same_v<T, Decimal>) {
            // Money is a string ("567.07") so that no client parses it into a
            // double; a kFloat (tax-rate) is a number, as Rails renders floats.
            const bool quoted = field.type != model::FieldType::kFloat;
            if (quoted) out_->push_back('"');
            AppendDecimal(field, v, out_);
            if (quoted) out_->push_back('"');
          } else if constexpr (std::is_same_v<T, Timestamp>) {
            out_->push_back('"');
            AppendTime(field, v, options_.time_zone, out_);
            out_->push_back('"');
          } else if constexpr (std::is_same_v<T, std::string>) {
            AppendJsonString(v, out_);
          } else if constexpr (std::is_same_v<T, model::RecordPtr>) {
            if (v == nullptr) {
              out_->append("null");
            } else {
              Object(*v, *nested);
            }
          } else if constexpr (std::is_same_v<T, model::RecordList>) {
            Array(v, *nested);
          }
        },
        value);
  }

  // Catalog and custom-field names are plain ASCII: no escaping needed.
  void Key(std::string_view name) {
    out_->push_back('"');
    out_->append(name);
    out_->append("\":");
  }

  const WriteOptions& options_;
  std::string* out_;
};

}  // namespace

void WriteRecordJson(const model::Record& record, const model::Projection& projection,
                     const WriteOptions& options, std::string* out) {
  out->reserve(out->size() + EstimatedSize(projection));
  JsonWriter(options, out).Object(record, projection);
}

void WriteListJson(std::span<const model::RecordPtr> records, const model::Projection& projection,
                   const WriteOptions& options, std::string* out) {
  out->reserve(out->size() + 2 + records.size() * EstimatedSize(projection));
  JsonWriter(options, out).Array(records, projection);
}

}  // namespace apbridge::codec::internal
