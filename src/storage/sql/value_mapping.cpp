// Stored forms of catalog values.
#include "storage/sql/value_mapping.hpp"

namespace apbridge::storage::sql {

using model::FieldType;

Result<SqlValue> ToSql(const model::Field& field, const model::Value& value) {
  auto mismatch = [&] { return Fail(Internal("value of wrong type for field " + std::string(field.name))); };
  if (std::holds_alternative<model::Null>(value) || std::holds_alternative<model::Absent>(value)) {
    return SqlValue{};
  }
  switch (field.type) {
    case FieldType::kInteger:
      if (auto* v = std::get_if<int64_t>(&value)) return SqlValue{*v};
      return mismatch();
    case FieldType::kBoolean:
      if (auto* v = std::get_if<bool>(&value)) return SqlValue{int64_t{*v ? 1 : 0}};
      return mismatch();
    case FieldType::kDecimal:
    case FieldType::kFloat: {
      auto* v = std::get_if<Decimal>(&value);
      if (v == nullptr) return mismatch();
      auto scaled = v->ToScaledInt64(field.scale);
      if (!scaled) {
        Error e = InvalidArgument(std::string(field.name) + ": " + scaled.error().message);
        e.field_errors.emplace_back(std::string(field.name), e.message);
        return Fail(std::move(e));
      }
      return SqlValue{*scaled};
    }
    case FieldType::kDateTime:
      if (auto* v = std::get_if<Timestamp>(&value)) return SqlValue{int64_t{v->time_since_epoch().count()}};
      return mismatch();
    case FieldType::kString:
    case FieldType::kText:
    case FieldType::kEnum:
      if (auto* v = std::get_if<std::string>(&value)) return SqlValue{*v};
      return mismatch();
    case FieldType::kReference: {
      auto* v = std::get_if<model::RecordPtr>(&value);
      if (v == nullptr || !*v) return mismatch();
      auto id = (*v)->id();
      if (!id) return Fail(Internal("reference " + std::string(field.name) + " has no id"));
      return SqlValue{*id};
    }
    case FieldType::kCollection:
    case FieldType::kCustomFields:
      return mismatch();
  }
  return mismatch();
}

model::Value FromSql(const model::Field& field, const model::Resource* target, const SqlValue& value) {
  if (std::holds_alternative<std::monostate>(value)) return model::Null{};
  const int64_t* i = std::get_if<int64_t>(&value);
  const std::string* s = std::get_if<std::string>(&value);
  switch (field.type) {
    case FieldType::kInteger:
      if (i) return *i;
      break;
    case FieldType::kBoolean:
      if (i) return *i != 0;
      break;
    case FieldType::kDecimal:
    case FieldType::kFloat:
      if (i) return Decimal::FromScaled(*i, field.scale);
      break;
    case FieldType::kDateTime:
      if (i) return Timestamp{std::chrono::seconds{*i}};
      break;
    case FieldType::kString:
    case FieldType::kText:
    case FieldType::kEnum:
      if (s) return *s;
      if (i) return std::to_string(*i);
      break;
    case FieldType::kReference:
      if (i && target != nullptr) {
        auto r = model::Record::Make(*target);
        r->Set(0, *i);
        return r;
      }
      break;
    case FieldType::kCollection:
    case FieldType::kCustomFields:
      break;
  }
  return model::Null{};
}

}  // namespace apbridge::storage::sql
