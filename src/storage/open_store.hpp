// Opens the Store named by a database URL (sqlite:PATH or postgresql://...).
#pragma once

#include <memory>
#include <string_view>

#include "model/catalog.hpp"
#include "storage/store.hpp"

namespace apbridge::storage {

// "sqlite:/path/to/file.db" (or a bare path) opens SQLite; "postgresql://" and
// "postgres://" name the scale-out backend. InvalidArgument for other schemes.
[[nodiscard]] Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const model::Catalog& catalog);

}  // namespace apbridge::storage
