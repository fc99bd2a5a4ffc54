// Marking a Coupa Pay payment exported (payments-api.txt: "PUT (only to mark
// exported)"), so that an ERP's next ?exported=false does not fetch it again.
// The only write the API makes to a payment; one transaction.
#pragma once

#include <optional>

#include "common/clock.hpp"
#include "model/catalog.hpp"
#include "resources/actor.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::coupa_pay {

// What a mark carries: the body's record (its present fields are the ones
// sent; null for no body), ?exported=true|false of the query string, which
// wins over an exported element in the body, and what a request that names
// neither means (PUT /:id/export: true; none: exported is required).
struct ExportMark {
  model::RecordPtr body;
  std::optional<bool> exported;
  std::optional<bool> implied;
  Actor by;  // recorded in updated-by
};

// Thread-safe; borrows the store, catalog and clock.
class PaymentExports {
 public:
  PaymentExports(storage::Store& store, const model::Catalog& catalog, const Clock& clock);

  // Marks payment `id` exported = true or false, as `mark` says:
  // - exported is the only element a body may change; any other it sends
  //   must be as the payment has it, down to the elements of the records
  //   embedded in it (ExpectUnchanged: a payment sent back as a show answered
  //   it is fine), updated-at and updated-by aside;
  // - marking to a new value writes exported, updated-at and updated-by, and
  //   when marking true last-exported-at (= now); marking false keeps
  //   last-exported-at, as invoices do;
  // - marking to the value the payment has writes nothing at all (updated-at
  //   stays, so an ERP polling updated-at[gt] is not fed its own marks).
  // NotFound when there is no such payment. InvalidArgument with one
  // field_errors entry per element at fault: each read-only element sent
  // with another value, exported sent null, exported named by neither the
  // body nor the parameter (nor implied); nothing is written then.
  [[nodiscard]] Status Mark(int64_t id, const ExportMark& mark) const;

 private:
  storage::Store& store_;
  const model::Resource& payment_;
  const Clock& clock_;
};

}  // namespace apbridge::resources::coupa_pay
