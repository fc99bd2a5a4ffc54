// The admin namespace (/admin/...): operations of the instance rather than
// Coupa resources, each guarded by its admin:ACTION permission
// (model::AdminActions).
#pragma once

#include "api/context.hpp"
#include "http/router.hpp"

namespace apbridge::api {

// POST /admin/pay_runs (admin:pay_runs): creates a pay run
// (resources::coupa_pay::CreatePayRun) from the body's options, the
// <pay-run> element or its JSON object (supplier, pay-from, all), and answers
// 201 with the payments it created (each embedding its payment batch), as an
// index of coupa_pay/payments answers them. A run with nothing eligible, or
// options naming neither or both of supplier and all: 400 in Coupa's format.
void RegisterAdminRoutes(http::Router& router, const ApiContext& context);

// /admin/faults (admin:faults), over context.faults, in JSON
// (codec/fault_rules_json.hpp), never faulted themselves:
// GET: {"seed", "rules": [... with matched, injected, remaining]};
// POST: a rule, or {"seed", "rules"}: the rules appended (a seed restarts
// every rule's counters), 201 with what GET answers; a bad rule: 400 and
// nothing added; DELETE: every rule removed, 200 with what GET answers;
// DELETE /admin/faults/:id: that rule removed (404 for no such rule).
void RegisterFaultRoutes(http::Router& router, const ApiContext& context);

}  // namespace apbridge::api
