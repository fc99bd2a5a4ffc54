// WHERE and ORDER BY rendering for the storage-neutral query.
#include "storage/sql/where.hpp"

#include <fmt/format.h>

#include "storage/sql/value_mapping.hpp"

namespace apbridge::storage::sql {
namespace {

using query::Op;

bool IsText(const model::Field& f) {
  return f.type == model::FieldType::kString || f.type == model::FieldType::kText ||
         f.type == model::FieldType::kEnum;
}

std::string EscapeLike(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// The predicate on `column` (of the last path step's field) for the condition.
Result<std::string> Predicate(const query::Condition& c, const std::string& column, const Dialect& d,
                              Statement* st) {
  const model::Field& f = c.path.back().field();
  auto value = [&](size_t i) -> Result<std::string> {
    APB_TRY(SqlValue v, ToSql(f, c.values.at(i)));
    return Bind(d, st, std::move(v));
  };
  auto text_value = [&](const char* prefix, const char* suffix) -> Result<std::string> {
    const auto* s = std::get_if<std::string>(&c.values.at(0));
    std::string raw = s ? *s : std::string();
    return Bind(d, st, SqlValue{std::string(prefix) + EscapeLike(raw) + suffix});
  };
  auto compare = [&](const char* op) -> Result<std::string> {
    APB_TRY(std::string p, value(0));
    return column + " " + op + " " + p;
  };
  switch (c.op) {
    case Op::kEq:
      if (std::holds_alternative<model::Null>(c.values.at(0))) return column + " IS NULL";
      return compare("=");
    case Op::kNotEq:
      if (std::holds_alternative<model::Null>(c.values.at(0))) return column + " IS NOT NULL";
      return compare("<>");
    case Op::kGt:
      return compare(">");
    case Op::kLt:
      return compare("<");
    case Op::kGtOrEq:
      return compare(">=");
    case Op::kLtOrEq:
      return compare("<=");
    case Op::kContains: {
      APB_TRY(std::string p, text_value("%", "%"));
      return d.Like(column, p);
    }
    case Op::kStartsWith: {
      APB_TRY(std::string p, text_value("", "%"));
      return d.Like(column, p);
    }
    case Op::kEndsWith: {
      APB_TRY(std::string p, text_value("%", ""));
      return d.Like(column, p);
    }
    case Op::kIn:
    case Op::kNotIn: {
      std::string list;
      for (size_t i = 0; i < c.values.size(); ++i) {
        APB_TRY(std::string p, value(i));
        list += (i ? ", " : "") + p;
      }
      if (list.empty()) return std::string(c.op == Op::kIn ? "1 = 0" : "1 = 1");
      return column + (c.op == Op::kIn ? " IN (" : " NOT IN (") + list + ")";
    }
    case Op::kBlank: {
      bool blank = std::get<bool>(c.values.at(0));
      std::string is_blank =
          IsText(f) ? "(" + column + " IS NULL OR " + column + " = '')" : column + " IS NULL";
      return blank ? is_blank : "NOT " + is_blank;
    }
  }
  return Fail(Internal("unknown operator"));
}

// Renders the condition along path[step..] for a row of the table aliased `alias`.
Result<std::string> PathPredicate(const query::Condition& c, size_t step, const std::string& alias,
                                  const Dialect& d, Statement* st, int depth) {
  const query::PathStep& hop = c.path[step];
  const model::Field& f = hop.field();
  if (step + 1 == c.path.size()) return Predicate(c, alias + "." + f.Column(), d, st);
  const model::Resource* target = hop.resource->Target(hop.field_index);
  std::string inner = "s" + std::to_string(depth);
  APB_TRY(std::string nested, PathPredicate(c, step + 1, inner, d, st, depth + 1));
  std::string from = std::string(target->table()) + " " + inner;
  if (f.type == model::FieldType::kReference) {
    return alias + "." + f.Column() + " IN (SELECT " + inner + ".id FROM " + from + " WHERE " + nested + ")";
  }
  if (f.IsLinks()) {
    const std::string join = "j" + std::to_string(depth);
    return fmt::format(
        "{0}.id IN (SELECT {1}.owner_id FROM {2} {1} JOIN {3} ON {4}.id = {1}.target_id WHERE {5})", alias,
        join, f.via, from, inner, nested);
  }
  return alias + ".id IN (SELECT " + inner + "." + std::string(f.via) + " FROM " + from + " WHERE " + nested +
         ")";
}

}  // namespace

std::string Bind(const Dialect& dialect, Statement* statement, SqlValue value) {
  statement->params.push_back(std::move(value));
  return dialect.Placeholder(static_cast<int>(statement->params.size()));
}

Status AppendWhere(const query::Query& q, const Dialect& d, Statement* st,
                   const std::vector<bool>* selective) {
  for (size_t i = 0; i < q.conditions.size(); ++i) {
    APB_TRY(std::string p, PathPredicate(q.conditions[i], 0, "t", d, st, 0));
    if (selective != nullptr && i < selective->size() && (*selective)[i]) p = d.Selective(std::move(p));
    st->text += (i == 0 ? " WHERE " : " AND ") + p;
  }
  return Ok();
}

void AppendOrderBy(const query::Query& q, Statement* st) {
  const char* dir = q.order.descending ? " DESC" : " ASC";
  if (q.order.path.empty()) {
    st->text += std::string(" ORDER BY t.id") + dir;
    return;
  }
  // Only a top-level scalar orders directly; deeper paths order by a sub-select.
  std::string expr = "t." + q.order.path[0].field().Column();
  std::string alias = "t";
  for (size_t i = 0; i + 1 < q.order.path.size(); ++i) {
    const auto& hop = q.order.path[i];
    const model::Resource* target = hop.resource->Target(hop.field_index);
    const std::string inner = "o" + std::to_string(i);
    expr = fmt::format("(SELECT {0}.{1} FROM {2} {0} WHERE {0}.id = {3}.{4})", inner,
                       q.order.path[i + 1].field().Column(), target->table(), alias, hop.field().Column());
    alias = inner;
  }
  st->text += " ORDER BY " + expr + dir + ", t.id" + dir;
}

}  // namespace apbridge::storage::sql
