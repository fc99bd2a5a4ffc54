// The embedded default backend: the SQL store over SQLite connections (WAL,
// one connection per worker thread).
#pragma once

#include <memory>
#include <string>

#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::sqlite {

// Opens (creating if needed) the database at `path` as a sql::SqlStore of
// sqlite::Connection. Writes are serialised by SQLite (BEGIN IMMEDIATE with a
// busy timeout). ":memory:" is not supported because connections would not
// share it. Unavailable when the file cannot be opened.
[[nodiscard]] Result<std::unique_ptr<Store>> OpenStore(std::string path, const model::Catalog& catalog);

}  // namespace apbridge::storage::sqlite
