// RecordReader: one read transaction per call.
#include "resources/record_reader.hpp"

namespace apbridge::resources {

Result<model::RecordPtr> RecordReader::Show(const model::Resource& resource, int64_t id,
                                            const storage::LoadPlan& plan) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  return uow->Get(resource, id, plan);
}

Result<model::RecordList> RecordReader::Index(const query::Query& query, const storage::LoadPlan& plan) const {
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  return uow->Find(query, plan);
}

}  // namespace apbridge::resources
