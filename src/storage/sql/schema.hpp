// The database schema derived from the catalog, and its versioned migrations.
#pragma once

#include "model/catalog.hpp"
#include "storage/sql/executor.hpp"

namespace apbridge::storage::sql {

// Brings the schema up to `catalog` inside the caller's transaction:
// schema_migrations first, then every resource's table, missing columns and
// indexes (additive and idempotent), then numbered migrations not yet applied.
[[nodiscard]] Status MigrateSchema(Executor& executor, const model::Catalog& catalog);

// Drops the secondary indexes MigrateSchema creates (for bulk loads; the
// next MigrateSchema creates them again), inside the caller's transaction.
[[nodiscard]] Status DropIndexes(Executor& executor, const model::Catalog& catalog);

// The schema version this build brings a database to.
[[nodiscard]] int LatestSchemaVersion();

}  // namespace apbridge::storage::sql
