// Database URL dispatch.
#include "storage/open_store.hpp"

#include "common/text.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace apbridge::storage {

Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const model::Catalog& catalog) {
  if (IStartsWith(url, "postgresql://") || IStartsWith(url, "postgres://")) {
    return Fail(InvalidArgument("the PostgreSQL backend is not built into this version yet"));
  }
  std::string_view path = url;
  if (IStartsWith(path, "sqlite://")) {
    path.remove_prefix(9);
  } else if (IStartsWith(path, "sqlite:")) {
    path.remove_prefix(7);
  } else if (path.find("://") != std::string_view::npos) {
    return Fail(InvalidArgument("unsupported database URL '" + std::string(url) +
                                "' (use sqlite:PATH or postgresql://...)"));
  }
  if (path.empty()) return Fail(InvalidArgument("the database URL names no file"));
  return sqlite::OpenStore(std::string(path), catalog);
}

}  // namespace apbridge::storage
