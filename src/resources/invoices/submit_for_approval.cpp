// CreateAndSubmit: both steps in the caller-less unit of work, committed once.
#include "resources/invoices/submit_for_approval.hpp"

namespace apbridge::resources::invoices {

Result<int64_t> CreateAndSubmit(storage::Store& store, const InvoiceCreator& creator,
                                const InvoiceActions& actions, const model::Record& body, const Actor& by,
                                const Clock& clock) {
  const Timestamp now = clock.Now();
  APB_TRY(auto uow, store.Begin(storage::Store::Access::kWrite));
  APB_TRY(const int64_t id, creator.CreateIn(*uow, body, by, now));
  ActionInput input;
  input.by = by;
  APB_TRY_STATUS(actions.RunIn(*uow, "submit", id, input, now));
  APB_TRY_STATUS(uow->Commit());
  return id;
}

}  // namespace apbridge::resources::invoices
