// Generic record loading (page, collections, references) and writing.
#include "storage/sql/record_repository.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <variant>

#include "storage/sql/value_mapping.hpp"
#include "storage/sql/where.hpp"

namespace apbridge::storage::sql {
namespace {

using model::FieldType;
using model::Record;
using model::RecordList;
using model::RecordPtr;
using model::Resource;

std::string InList(const Dialect& d, Statement* st, const std::vector<int64_t>& ids) {
  std::string list;
  for (size_t i = 0; i < ids.size(); ++i) list += (i ? ", " : "") + Bind(d, st, SqlValue{ids[i]});
  return list;
}

// A range matching fewer rows than this is read through its index.
constexpr int64_t kSelectiveRangeRows = 20000;

// The identity of a query without its page: table, filter SQL, parameters
// (length-prefixed, so no two queries share a key) and direction.
std::string CursorKey(const Resource& r, const Statement& where, bool descending) {
  std::string key = std::string(r.table()) + (descending ? " desc" : " asc") + where.text;
  for (const SqlValue& v : where.params) {
    if (const auto* i = std::get_if<int64_t>(&v)) {
      key += "|i" + std::to_string(*i);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      key += "|s" + std::to_string(s->size()) + ":" + *s;
    } else {
      key += "|n";
    }
  }
  return key;
}

}  // namespace

Result<RecordList> RecordRepository::Select(const model::Projection& p, Statement st,
                                            std::vector<int64_t>* owner_ids, const std::string& owner_expr) {
  const Resource& r = p.resource();
  std::vector<int> fields;
  fields.reserve(p.items().size());
  std::string select = "SELECT ";
  for (const model::Projection::Item& item : p.items()) {
    const model::Field& f = r.field(item.field);
    if (!f.HasColumn()) continue;
    select += (fields.empty() ? "t." : ", t.") + f.Column();
    fields.push_back(item.field);
  }
  if (!owner_expr.empty()) select += ", " + owner_expr;
  st.text = select + " FROM " + std::string(r.table()) + " t" + st.text;
  APB_TRY(std::vector<Row> rows, ex_.Query(st));
  RecordList out;
  out.reserve(rows.size());
  for (const Row& row : rows) {
    auto rec = Record::Make(r);
    for (size_t i = 0; i < fields.size(); ++i) {
      rec->Set(fields[i], FromSql(r.field(fields[i]), r.Target(fields[i]), row[i]));
    }
    if (owner_ids != nullptr) {
      const auto* owner = std::get_if<int64_t>(&row[fields.size()]);
      owner_ids->push_back(owner ? *owner : 0);
    }
    out.push_back(std::move(rec));
  }
  return out;
}

Result<std::vector<bool>> RecordRepository::SelectiveRanges(const query::Query& q) {
  std::vector<bool> selective(q.conditions.size(), false);
  for (size_t i = 0; i < q.conditions.size(); ++i) {
    const query::Condition& c = q.conditions[i];
    const bool range = c.op == query::Op::kGt || c.op == query::Op::kLt || c.op == query::Op::kGtOrEq ||
                       c.op == query::Op::kLtOrEq;
    if (!range || c.path.size() != 1 || !c.path[0].field().Has(model::kIndexed)) continue;
    // Count matches through the index, up to a bound: below it, reading the
    // range and sorting it by id beats walking the table in id order.
    query::Query alone;
    alone.resource = q.resource;
    alone.conditions = {c};
    Statement probe;
    APB_TRY_STATUS(AppendWhere(alone, ex_.dialect(), &probe));
    const std::string bound = Bind(ex_.dialect(), &probe, SqlValue{kSelectiveRangeRows});
    probe.text = "SELECT COUNT(*) FROM (SELECT 1 FROM " + std::string(q.resource->table()) + " t" +
                 probe.text + " LIMIT " + bound + ") matches";
    APB_TRY(std::vector<Row> rows, ex_.Query(probe));
    const auto* n = rows.empty() ? nullptr : std::get_if<int64_t>(&rows[0][0]);
    selective[i] = n != nullptr && *n < kSelectiveRangeRows;
  }
  return selective;
}

Result<RecordRepository::Page> RecordRepository::PlanPage(const query::Query& q) {
  Page page;
  APB_TRY(std::vector<bool> selective, SelectiveRanges(q));
  APB_TRY_STATUS(AppendWhere(q, ex_.dialect(), &page.tail, &selective));
  // Keyset continuation for id order, unless this transaction wrote (its
  // changes are not in the data version yet).
  page.keyset = cursors_ != nullptr && q.order.path.empty() && !wrote_;
  int64_t offset = q.page.offset;
  if (page.keyset) {
    page.cursor_key = CursorKey(*q.resource, page.tail, q.order.descending);
    APB_TRY(page.version, DataVersion());
    if (auto cursor = offset > 0 ? cursors_->Before(page.cursor_key, offset, page.version) : std::nullopt) {
      page.tail.text += std::string(q.conditions.empty() ? " WHERE " : " AND ") + "t.id" +
                        (q.order.descending ? " < " : " > ") +
                        Bind(ex_.dialect(), &page.tail, SqlValue{cursor->last_id});
      offset -= cursor->offset;
    }
  }
  AppendOrderBy(q, &page.tail);
  // Bind in placeholder order: the operands of + are not sequenced.
  std::string limit = Bind(ex_.dialect(), &page.tail, SqlValue{int64_t{q.page.limit}});
  std::string offset_placeholder = Bind(ex_.dialect(), &page.tail, SqlValue{offset});
  page.tail.text += " LIMIT " + limit + " OFFSET " + offset_placeholder;
  return page;
}

Result<Statement> RecordRepository::PageStatement(const query::Query& q) {
  APB_TRY(Page page, PlanPage(q));
  page.tail.text = "SELECT t.id FROM " + std::string(q.resource->table()) + " t" + page.tail.text;
  return page.tail;
}

Result<RecordList> RecordRepository::Find(const query::Query& q, const model::Projection& projection) {
  if (&projection.resource() != q.resource) return Fail(Internal("Find: projection of another resource"));
  APB_TRY(Page page, PlanPage(q));
  APB_TRY(RecordList records, Select(projection, std::move(page.tail), nullptr, ""));
  if (page.keyset && !records.empty() && static_cast<int64_t>(records.size()) == q.page.limit) {
    cursors_->Record(page.cursor_key, page.version,
                     {q.page.offset + q.page.limit, records.back()->id().value_or(0)});
  }
  APB_TRY_STATUS(Complete(records, projection));
  return records;
}

Result<int64_t> RecordRepository::DataVersion() {
  APB_TRY(std::vector<Row> rows,
          ex_.Query(Statement{"SELECT version FROM apbridge_data_version WHERE id = 1", {}}));
  const auto* v = rows.empty() ? nullptr : std::get_if<int64_t>(&rows[0][0]);
  if (v == nullptr) return Fail(Internal("apbridge_data_version has no row"));
  return *v;
}

Status RecordRepository::BeforeCommit() {
  if (!wrote_) return Ok();
  APB_TRY(int64_t changed,
          ex_.Execute(Statement{"UPDATE apbridge_data_version SET version = version + 1 WHERE id = 1", {}}));
  (void)changed;
  return Ok();
}

Result<int64_t> RecordRepository::Count(const query::Query& q) {
  Statement st;
  APB_TRY_STATUS(AppendWhere(q, ex_.dialect(), &st));
  st.text = "SELECT COUNT(*) FROM " + std::string(q.resource->table()) + " t" + st.text;
  APB_TRY(std::vector<Row> rows, ex_.Query(st));
  const auto* n = rows.empty() ? nullptr : std::get_if<int64_t>(&rows[0][0]);
  return n ? *n : 0;
}

Result<RecordPtr> RecordRepository::Get(int64_t id, const model::Projection& projection) {
  const Resource& r = projection.resource();
  Statement st;
  st.text = " WHERE t.id = " + Bind(ex_.dialect(), &st, SqlValue{id});
  APB_TRY(RecordList records, Select(projection, std::move(st), nullptr, ""));
  if (records.empty()) {
    return Fail(NotFound("Couldn't find " + std::string(r.name()) + " with id " + std::to_string(id)));
  }
  APB_TRY_STATUS(Complete(records, projection));
  return records.front();
}

Status RecordRepository::Complete(RecordList& records, const model::Projection& projection) {
  if (records.empty()) return Ok();
  const Resource& r = projection.resource();
  for (const model::Projection::Item& item : projection.items()) {
    const FieldType type = r.field(item.field).type;
    if (type == FieldType::kReference && !item.nested->id_only()) {
      APB_TRY_STATUS(LoadReference(records, item));
    } else if (type == FieldType::kCollection) {
      APB_TRY_STATUS(LoadCollection(records, item));
    }
  }
  return Ok();
}

Status RecordRepository::LoadReference(RecordList& records, const model::Projection::Item& item) {
  const int fi = item.field;
  std::vector<int64_t> ids;
  for (const auto& rec : records) {
    if (auto ref = std::get_if<RecordPtr>(&rec->Get(fi)); ref && *ref && (*ref)->id()) {
      ids.push_back(*(*ref)->id());
    }
  }
  if (ids.empty()) return Ok();
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  Statement st;
  st.text = " WHERE t.id IN (" + InList(ex_.dialect(), &st, ids) + ")";
  APB_TRY(RecordList loaded, Select(*item.nested, std::move(st), nullptr, ""));
  APB_TRY_STATUS(Complete(loaded, *item.nested));
  std::unordered_map<int64_t, RecordPtr> by_id;
  for (auto& rec : loaded) by_id.emplace(*rec->id(), rec);
  for (auto& rec : records) {
    if (auto ref = std::get_if<RecordPtr>(&rec->Get(fi)); ref && *ref && (*ref)->id()) {
      auto it = by_id.find(*(*ref)->id());
      if (it != by_id.end()) rec->Set(fi, it->second);
    }
  }
  return Ok();
}

Status RecordRepository::LoadCollection(RecordList& records, const model::Projection::Item& item) {
  const model::Field& f = records.front()->resource().field(item.field);
  std::vector<int64_t> ids;
  std::unordered_map<int64_t, size_t> position;
  for (size_t i = 0; i < records.size(); ++i) {
    ids.push_back(*records[i]->id());
    position.emplace(ids.back(), i);
  }
  const std::string via(f.via);
  Statement st;
  std::string owner_expr;
  if (f.IsLinks()) {  // in the order they were linked
    owner_expr = "j.owner_id";
    st.text = " JOIN " + via + " j ON j.target_id = t.id WHERE j.owner_id IN (" +
              InList(ex_.dialect(), &st, ids) + ") ORDER BY j.owner_id, j.position";
  } else {
    owner_expr = "t." + via;
    st.text = " WHERE t." + via + " IN (" + InList(ex_.dialect(), &st, ids) + ") ORDER BY t.id";
  }
  std::vector<int64_t> owners;
  APB_TRY(RecordList items, Select(*item.nested, std::move(st), &owners, owner_expr));
  APB_TRY_STATUS(Complete(items, *item.nested));
  std::vector<RecordList> grouped(records.size());
  for (size_t i = 0; i < items.size(); ++i) {
    auto it = position.find(owners[i]);
    if (it != position.end()) grouped[it->second].push_back(items[i]);
  }
  for (size_t i = 0; i < records.size(); ++i) records[i]->Set(item.field, std::move(grouped[i]));
  return Ok();
}

Result<int64_t> RecordRepository::Insert(const Record& record, const std::optional<Owner>& owner) {
  wrote_ = true;
  const Resource& r = record.resource();
  const Dialect& d = ex_.dialect();
  Statement st;
  std::string columns;
  std::string values;
  for (int i = 0; i < r.field_count(); ++i) {
    const model::Field& f = r.field(i);
    if (!f.WritesColumn() || !record.Has(i)) continue;
    APB_TRY(SqlValue v, ToSql(f, record.Get(i)));
    columns += (columns.empty() ? "" : ", ") + f.Column();
    values += (values.empty() ? "" : ", ") + Bind(d, &st, std::move(v));
  }
  if (owner) {
    columns += (columns.empty() ? "" : ", ") + owner->column;
    values += (values.empty() ? "" : ", ") + Bind(d, &st, SqlValue{owner->id});
  }
  st.text = "INSERT INTO " + std::string(r.table()) +
            (columns.empty() ? " DEFAULT VALUES" : " (" + columns + ") VALUES (" + values + ")");
  APB_TRY(int64_t new_id, ex_.Insert(st));
  for (int i = 0; i < r.field_count(); ++i) {
    const model::Field& f = r.field(i);
    if (f.type != FieldType::kCollection) continue;
    const auto* items = std::get_if<RecordList>(&record.Get(i));
    if (items == nullptr) continue;
    if (f.IsLinks()) {
      APB_TRY_STATUS(InsertLinks(f, new_id, *items));
      continue;
    }
    for (const auto& item : *items) {
      APB_TRY(int64_t ignored, Insert(*item, Owner{std::string(f.via), new_id}));
      (void)ignored;
    }
  }
  return new_id;
}

Status RecordRepository::InsertLinks(const model::Field& field, int64_t owner_id, const RecordList& items) {
  const Dialect& d = ex_.dialect();
  int64_t position = 0;
  for (const auto& item : items) {
    const std::optional<int64_t> target = item->id();
    if (!target) return Fail(Internal(std::string(field.name) + ": a linked record needs an id"));
    Statement st;
    // Bound one by one: the operands of + are not sequenced.
    const std::string owner = Bind(d, &st, SqlValue{owner_id});
    const std::string linked = Bind(d, &st, SqlValue{*target});
    const std::string place = Bind(d, &st, SqlValue{position++});
    st.text = fmt::format("INSERT INTO {} (owner_id, target_id, position) VALUES ({}, {}, {})", field.via,
                          owner, linked, place);
    APB_TRY(int64_t ignored, ex_.Execute(st));
    (void)ignored;
  }
  return Ok();
}

Result<int64_t> RecordRepository::UpdateRow(const Record& changes, const Record* expected) {
  wrote_ = true;
  const Resource& r = changes.resource();
  auto id = changes.id();
  if (!id) return Fail(Internal("update without id"));
  const Dialect& d = ex_.dialect();
  Statement st;
  std::string sets;
  for (int i = 1; i < r.field_count(); ++i) {
    const model::Field& f = r.field(i);
    if (!f.WritesColumn() || !changes.Has(i)) continue;
    APB_TRY(SqlValue v, ToSql(f, changes.Get(i)));
    sets += (sets.empty() ? "" : ", ") + f.Column() + " = " + Bind(d, &st, std::move(v));
  }
  if (sets.empty()) sets = "id = id";
  st.text =
      "UPDATE " + std::string(r.table()) + " SET " + sets + " WHERE id = " + Bind(d, &st, SqlValue{*id});
  if (expected != nullptr) {
    if (&expected->resource() != &r) return Fail(Internal("UpdateIf expects fields of another resource"));
    for (int i = 1; i < r.field_count(); ++i) {
      const model::Field& f = r.field(i);
      if (!f.WritesColumn() || !expected->Has(i)) continue;
      APB_TRY(SqlValue v, ToSql(f, expected->Get(i)));
      if (std::holds_alternative<std::monostate>(v)) {
        st.text += " AND " + f.Column() + " IS NULL";
      } else {
        st.text += " AND " + f.Column() + " = " + Bind(d, &st, std::move(v));
      }
    }
  }
  return ex_.Execute(st);
}

Status RecordRepository::Update(const Record& changes) {
  APB_TRY(int64_t changed, UpdateRow(changes, nullptr));
  if (changed == 0) {
    return Fail(NotFound("Couldn't find " + std::string(changes.resource().name()) + " with id " +
                         std::to_string(*changes.id())));
  }
  return Ok();
}

Result<bool> RecordRepository::UpdateIf(const Record& changes, const Record& expected) {
  APB_TRY(int64_t changed, UpdateRow(changes, &expected));
  return changed > 0;
}

Status RecordRepository::DeleteOwned(const Resource& r, const std::string& id_subquery, const SqlValue& id) {
  // id_subquery selects the ids of `r` rows being deleted, with one parameter.
  for (int i = 0; i < r.field_count(); ++i) {
    const model::Field& f = r.field(i);
    if (f.type != FieldType::kCollection) continue;
    if (f.IsLinks()) {  // the links go, the shared records stay
      Statement st{"DELETE FROM " + std::string(f.via) + " WHERE owner_id IN (" + id_subquery + ")", {id}};
      APB_TRY(int64_t ignored, ex_.Execute(st));
      (void)ignored;
      continue;
    }
    const Resource& target = *r.Target(i);
    std::string child_ids = "SELECT id FROM " + std::string(target.table()) + " WHERE " + std::string(f.via) +
                            " IN (" + id_subquery + ")";
    APB_TRY_STATUS(DeleteOwned(target, child_ids, id));
    Statement st{"DELETE FROM " + std::string(target.table()) + " WHERE " + std::string(f.via) + " IN (" +
                     id_subquery + ")",
                 {id}};
    APB_TRY(int64_t ignored, ex_.Execute(st));
    (void)ignored;
  }
  return Ok();
}

Status RecordRepository::Delete(const Resource& r, int64_t id) {
  wrote_ = true;
  const Dialect& d = ex_.dialect();
  APB_TRY_STATUS(DeleteOwned(r, d.Placeholder(1), SqlValue{id}));
  Statement st{"DELETE FROM " + std::string(r.table()) + " WHERE id = " + d.Placeholder(1), {SqlValue{id}}};
  APB_TRY(int64_t changed, ex_.Execute(st));
  if (changed == 0) {
    return Fail(NotFound("Couldn't find " + std::string(r.name()) + " with id " + std::to_string(id)));
  }
  return Ok();
}

}  // namespace apbridge::storage::sql
