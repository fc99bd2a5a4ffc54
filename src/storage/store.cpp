// The storage interfaces' key functions (their vtables are emitted here once
// instead of in every object file that uses them), and FindAll.
#include "storage/store.hpp"

namespace apbridge::storage {

UnitOfWork::~UnitOfWork() = default;

Store::~Store() = default;

Result<model::RecordList> FindAll(UnitOfWork& uow, query::Query query, const model::Projection& projection,
                                  int page_size) {
  query.page = {page_size, 0};
  model::RecordList out;
  for (;;) {
    APB_TRY(model::RecordList page, uow.Find(query, projection));
    out.insert(out.end(), page.begin(), page.end());
    if (static_cast<int>(page.size()) < page_size) return out;
    query.page.offset += page_size;
  }
}

}  // namespace apbridge::storage
