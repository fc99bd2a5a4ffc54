// FailingStore: the units of work that count writes and fail the Nth.
#include "storage/testing/failing_store.hpp"

#include <string>

namespace apbridge::storage::testing {
namespace {

// Forwards to the inner unit of work, each write only if the store lets it.
class FailingUnitOfWork final : public UnitOfWork {
 public:
  FailingUnitOfWork(FailingStore& store, std::unique_ptr<UnitOfWork> inner)
      : store_(store), inner_(std::move(inner)) {}

  Result<model::RecordList> Find(const query::Query& query, const model::Projection& projection) override {
    return inner_->Find(query, projection);
  }
  Result<int64_t> Count(const query::Query& query) override { return inner_->Count(query); }
  Result<model::RecordPtr> Get(int64_t id, const model::Projection& projection) override {
    return inner_->Get(id, projection);
  }
  Result<int64_t> Insert(const model::Record& record, const std::optional<Owner>& owner) override {
    APB_TRY_STATUS(store_.CountWrite());
    return inner_->Insert(record, owner);
  }
  Status Update(const model::Record& changes) override {
    APB_TRY_STATUS(store_.CountWrite());
    return inner_->Update(changes);
  }
  Result<bool> UpdateIf(const model::Record& changes, const model::Record& expected) override {
    APB_TRY_STATUS(store_.CountWrite());
    return inner_->UpdateIf(changes, expected);
  }
  Status Delete(const model::Resource& resource, int64_t id) override {
    APB_TRY_STATUS(store_.CountWrite());
    return inner_->Delete(resource, id);
  }
  Status Commit() override {
    APB_TRY_STATUS(store_.CountWrite());
    return inner_->Commit();
  }

 private:
  FailingStore& store_;
  std::unique_ptr<UnitOfWork> inner_;
};

}  // namespace

Result<std::unique_ptr<UnitOfWork>> FailingStore::Begin(Access access) {
  APB_TRY(auto inner, inner_.Begin(access));
  return std::make_unique<FailingUnitOfWork>(*this, std::move(inner));
}

Status FailingStore::CountWrite() {
  const int n = ++writes_;
  if (n != fail_at_.nth_write) return Ok();
  return Fail(Unavailable("The database is unavailable.",
                          "FailingStore: injected failure of write " + std::to_string(n)));
}

}  // namespace apbridge::storage::testing
