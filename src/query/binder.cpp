// Field paths, operators and typed values for Coupa's query language.
#include "query/binder.hpp"

#include "common/text.hpp"
#include "model/value_text.hpp"
#include "query/errors.hpp"

namespace apbridge::query {
namespace {

using model::FieldType;

constexpr std::pair<std::string_view, Op> kOperators[] = {
    {"eq", Op::kEq},
    {"not_eq", Op::kNotEq},
    {"contains", Op::kContains},
    {"starts_with", Op::kStartsWith},
    {"ends_with", Op::kEndsWith},
    {"gt", Op::kGt},
    {"lt", Op::kLt},
    {"gt_or_eq", Op::kGtOrEq},
    {"lt_or_eq", Op::kLtOrEq},
    {"in", Op::kIn},
    {"not_in", Op::kNotIn},
    {"blank", Op::kBlank},
};

// "supplier[name][contains]" and "supplier[name[" -> {"supplier", "name", ...}.
std::vector<std::string_view> Segments(std::string_view key) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= key.size(); ++i) {
    if (i == key.size() || key[i] == '[' || key[i] == ']') {
      if (i > start) out.push_back(Trim(key.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

bool Queryable(const model::Field& f) { return f.Has(model::kQueryable); }

// Follows `names` from `resource`; nullopt if a name is unknown.
std::optional<FieldPath> Walk(const model::Resource& resource, std::span<const std::string_view> names) {
  FieldPath path;
  const model::Resource* at = &resource;
  for (size_t i = 0; i < names.size(); ++i) {
    if (at == nullptr) return std::nullopt;
    int index = at->IndexOf(names[i]);
    if (index < 0) {
      // "<assoc>_id" / "<assoc>-id": the association's id.
      std::string name = WireName(names[i]);
      if (name.size() > 3 && name.ends_with("-id")) {
        int assoc = at->IndexOf(name.substr(0, name.size() - 3));
        if (assoc >= 0 && at->field(assoc).type == FieldType::kReference) {
          path.push_back({at, assoc});
          path.push_back({at->Target(assoc), 0});
          at = nullptr;
          continue;
        }
      }
      return std::nullopt;
    }
    if (at->field(index).IsCustomFields() && i + 1 < names.size()) {
      // custom_fields[erp-number]: a custom field of this same record.
      const int custom = at->CustomIndexOf(names[++i]);
      if (custom < 0) return std::nullopt;
      path.push_back({at, custom});
      at = nullptr;
      continue;
    }
    path.push_back({at, index});
    at = at->field(index).IsScalar() ? nullptr : at->Target(index);
  }
  return path;
}

Result<bool> ParseBool(std::string_view key, std::string_view v) {
  if (std::optional<bool> b = model::BooleanNamed(v)) return *b;
  return Fail(InvalidParameter(key, Quoted(v) + " is not a boolean (true or false)"));
}

// The typed value of `raw` for field `f`, by the rules every input shares.
Result<model::Value> TypedValue(const model::Field& f, std::string_view key, std::string_view raw) {
  if (!f.IsScalar()) return Fail(InvalidParameter(key, "this field cannot be compared to a value"));
  auto value = model::ParseValue(f, raw, "", model::ValueUse::kCompare);
  if (!value) return Fail(InvalidParameter(key, value.error().message));
  return std::move(*value);
}

}  // namespace

std::optional<Op> OperatorNamed(std::string_view name) {
  std::string snake = SnakeName(name);
  for (auto [n, op] : kOperators) {
    if (snake == n) return op;
  }
  return std::nullopt;
}

Result<std::optional<std::pair<FieldPath, Op>>> ResolveKey(const model::Resource& resource,
                                                           std::string_view key) {
  std::vector<std::string_view> names = Segments(key);
  if (names.empty()) return std::optional<std::pair<FieldPath, Op>>();
  Op op = Op::kEq;
  if (names.size() > 1) {
    if (auto named = OperatorNamed(names.back())) {
      op = *named;
      names.pop_back();
    }
  }
  std::optional<FieldPath> path = Walk(resource, names);
  if (!path) {
    // A short form through one of the resource's references.
    for (int i = 0; i < resource.field_count() && !path; ++i) {
      const model::Field& f = resource.field(i);
      if (f.type != FieldType::kReference || !Queryable(f)) continue;
      if (auto rest = Walk(*resource.Target(i), names)) {
        path = FieldPath{{&resource, i}};
        path->insert(path->end(), rest->begin(), rest->end());
      }
    }
  }
  if (!path && names.size() > 1) {
    std::span<const std::string_view> head(names.data(), names.size() - 1);
    if (auto prefix = Walk(resource, head); prefix && prefix->back().field().IsScalar()) {
      return Fail(
          InvalidParameter(key, "unknown operator '" + std::string(names.back()) +
                                    "' (use contains, starts_with, ends_with, gt, lt, gt_or_eq, lt_or_eq, "
                                    "not_eq, in, not_in or blank)"));
    }
  }
  if (!path) return std::optional<std::pair<FieldPath, Op>>();
  for (const PathStep& step : *path) {
    if (!Queryable(step.field())) {
      return Fail(InvalidParameter(key, "'" + std::string(step.field().name) + "' cannot be queried"));
    }
  }
  // A bare association compares its id: supplier=5.
  if (path->back().field().type == FieldType::kReference) {
    const PathStep& last = path->back();
    path->push_back({last.resource->Target(last.field_index), 0});
  }
  if (path->back().field().type == FieldType::kCollection) {
    return Fail(InvalidParameter(key, "name a field of '" + std::string(path->back().field().name) + "'"));
  }
  return std::optional<std::pair<FieldPath, Op>>(std::pair{std::move(*path), op});
}

Result<Condition> BindCondition(FieldPath path, Op op, std::string_view key, std::string_view value) {
  const model::Field& f = path.back().field();
  Condition c;
  c.path = std::move(path);
  c.op = op;
  bool text = f.type == FieldType::kString || f.type == FieldType::kText || f.type == FieldType::kEnum;
  switch (op) {
    case Op::kBlank: {
      if (f.type == FieldType::kDateTime)
        return Fail(InvalidParameter(key, "blank is not available for datetimes"));
      APB_TRY(bool b, ParseBool(key, Trim(value)));
      c.values.emplace_back(b);
      return c;
    }
    case Op::kContains:
    case Op::kStartsWith:
    case Op::kEndsWith:
      if (!text) return Fail(InvalidParameter(key, "this operator only applies to text fields"));
      c.values.emplace_back(std::string(value));
      return c;
    case Op::kIn:
    case Op::kNotIn:
      for (std::string_view item : Split(value, ',')) {
        if (Trim(item).empty()) continue;
        APB_TRY(model::Value v, TypedValue(f, key, Trim(item)));
        c.values.push_back(std::move(v));
      }
      return c;
    case Op::kGt:
    case Op::kLt:
    case Op::kGtOrEq:
    case Op::kLtOrEq: {
      APB_TRY(model::Value v, TypedValue(f, key, value));
      if (std::holds_alternative<model::Null>(v)) return Fail(InvalidParameter(key, "a value is required"));
      c.values.push_back(std::move(v));
      return c;
    }
    case Op::kEq:
    case Op::kNotEq: {
      APB_TRY(model::Value v, TypedValue(f, key, value));
      c.values.push_back(std::move(v));
      return c;
    }
  }
  return Fail(InvalidParameter(key, "unknown operator"));
}

}  // namespace apbridge::query
