// Field values <-> SQL values: decimals as scaled integers, times as epoch seconds.
#pragma once

#include "model/record.hpp"
#include "storage/sql/executor.hpp"

namespace apbridge::storage::sql {

// The stored form of a value of `field`. References store the referenced id.
// Fails (InvalidArgument naming the field) when a decimal does not fit the
// field's scale or range.
[[nodiscard]] Result<SqlValue> ToSql(const model::Field& field, const model::Value& value);

// The field's value from its stored form (NULL -> model::Null; a reference
// becomes a record of `target` holding only its id).
[[nodiscard]] model::Value FromSql(const model::Field& field, const model::Resource* target,
                                   const SqlValue& value);

}  // namespace apbridge::storage::sql
