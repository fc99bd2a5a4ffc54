// Catalog-driven reads and writes of record graphs over any SQL Executor.
#pragma once

#include "storage/sql/executor.hpp"
#include "storage/sql/page_cursors.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::sql {

// Implements the UnitOfWork operations once for every SQL backend. A page is
// loaded with a fixed number of statements (the page, then each collection
// and each reference kind batch-loaded with IN (...)), never one per record.
// Pages in id order continue from where an earlier page of the same query
// ended when `cursors` knows (keyset), so deep offsets do not step over rows.
// Borrows the executor and cursors; as single-threaded as the executor.
class RecordRepository {
 public:
  explicit RecordRepository(Executor& executor, PageCursors* cursors = nullptr)
      : ex_(executor), cursors_(cursors) {}

  [[nodiscard]] Result<model::RecordList> Find(const query::Query& query,
                                               const model::Projection& projection);
  // The statement Find runs to select a page's rows (here only their ids),
  // range probes and keyset continuation included: what EXPLAIN should see.
  [[nodiscard]] Result<Statement> PageStatement(const query::Query& query);
  [[nodiscard]] Result<int64_t> Count(const query::Query& query);
  [[nodiscard]] Result<model::RecordPtr> Get(int64_t id, const model::Projection& projection);
  [[nodiscard]] Result<int64_t> Insert(const model::Record& record, const std::optional<Owner>& owner);
  [[nodiscard]] Status Update(const model::Record& changes);
  // UnitOfWork::UpdateIf: one UPDATE ... WHERE id = ? AND <expected>, so the
  // check and the write are one statement under the write lock.
  [[nodiscard]] Result<bool> UpdateIf(const model::Record& changes, const model::Record& expected);
  [[nodiscard]] Status Delete(const model::Resource& resource, int64_t id);
  // Call just before committing: moves the data version if anything was written.
  [[nodiscard]] Status BeforeCommit();

 private:
  // The rows `statement` (a JOIN/WHERE/ORDER BY tail on the table aliased t)
  // selects, as records holding the stored fields of `projection`; with
  // `owner_expr` ("t.invoice_header_id", "j.owner_id"), each row's value of
  // it goes to `owner_ids`.
  Result<model::RecordList> Select(const model::Projection& projection, Statement statement,
                                   std::vector<int64_t>* owner_ids, const std::string& owner_expr);
  // Links `owner_id` to the (existing) records `items` through field's join table.
  Status InsertLinks(const model::Field& field, int64_t owner_id, const model::RecordList& items);
  // Loads the associations `projection` embeds into `records`: one statement
  // per association, batched over all records.
  Status Complete(model::RecordList& records, const model::Projection& projection);
  Status LoadReference(model::RecordList& records, const model::Projection::Item& item);
  Status LoadCollection(model::RecordList& records, const model::Projection::Item& item);
  // UPDATE of `changes` WHERE id = ?, and, with `expected`, each of its
  // fields equal to the stored one; the number of rows changed.
  Result<int64_t> UpdateRow(const model::Record& changes, const model::Record* expected);
  Status DeleteOwned(const model::Resource& resource, const std::string& id_subquery, const SqlValue& id);
  Result<int64_t> DataVersion();
  // The WHERE/ORDER BY/LIMIT/OFFSET of a page, and how to remember its end.
  struct Page {
    Statement tail;
    bool keyset = false;
    std::string cursor_key;
    int64_t version = 0;
  };
  Result<Page> PlanPage(const query::Query& query);
  // Which conditions are ranges on an indexed column matching few rows.
  Result<std::vector<bool>> SelectiveRanges(const query::Query& query);

  Executor& ex_;
  PageCursors* cursors_;
  bool wrote_ = false;
};

}  // namespace apbridge::storage::sql
