// Renders a bound query's conditions and order as SQL with bound parameters.
#pragma once

#include "query/query.hpp"
#include "storage/sql/executor.hpp"

namespace apbridge::storage::sql {

// Appends " WHERE ..." (nothing when there are no conditions) for `query`'s
// conditions on the table of query.resource, aliased `t`. Conditions through
// references and collections become `IN (SELECT ...)` sub-queries, so a
// collection match never repeats a row. Values go to statement->params.
// Conditions flagged in `selective` (by position) are known to match few
// rows and are rendered through Dialect::Selective.
[[nodiscard]] Status AppendWhere(const query::Query& query, const Dialect& dialect, Statement* statement,
                                 const std::vector<bool>* selective = nullptr);

// Appends " ORDER BY ..., t.id" for query.order (ties broken by id).
void AppendOrderBy(const query::Query& query, Statement* statement);

// A fresh placeholder for `value`, appended to the statement's params.
std::string Bind(const Dialect& dialect, Statement* statement, SqlValue value);

}  // namespace apbridge::storage::sql
