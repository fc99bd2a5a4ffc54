// RecordReader: one read transaction per call, loading the request's projection.
#include "resources/record_reader.hpp"

namespace apbridge::resources {

Result<model::ProjectionPtr> RecordReader::ProjectionFor(const query::ReadRequest& request) const {
  const model::Resource& resource = *request.query.resource;
  const model::ProjectionPtr& shape = resource.projection(request.shape);
  if (!request.filter.empty()) {
    auto selection = filters_.SelectionFor(request.filter, resource);
    if (!selection) {
      const ErrorCode code = selection.error().code;
      if (code == ErrorCode::kNotFound || code == ErrorCode::kInvalidArgument) {
        return Fail(query::InvalidParameter("filter", selection.error().message));
      }
      return Fail(selection.error());
    }
    return model::Select(*shape, *selection);
  }
  if (!request.selection.empty()) return model::Select(*shape, request.selection);
  return shape;
}

Result<RecordReader::Page> RecordReader::Show(int64_t id, const query::ReadRequest& request) const {
  APB_TRY(model::ProjectionPtr projection, ProjectionFor(request));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordPtr record, uow->Get(id, *projection));
  return Page{std::move(projection), {std::move(record)}};
}

Result<RecordReader::Page> RecordReader::Index(const query::ReadRequest& request) const {
  APB_TRY(model::ProjectionPtr projection, ProjectionFor(request));
  APB_TRY(auto uow, store_.Begin(storage::Store::Access::kRead));
  APB_TRY(model::RecordList records, uow->Find(request.query, *projection));
  return Page{std::move(projection), std::move(records)};
}

}  // namespace apbridge::resources
