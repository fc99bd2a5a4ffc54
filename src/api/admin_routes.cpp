// apbridge's admin namespace. POST /admin/pay_runs: the body read as a
// pay-run input, the run created in resources, its payments read back and
// answered. /admin/faults: the fault injector's rules, listed, added, removed.
#include "api/admin_routes.hpp"

#include "api/guard.hpp"
#include "api/render.hpp"
#include "api/write_input.hpp"
#include "codec/fault_rules_json.hpp"
#include "common/log.hpp"
#include "common/text.hpp"
#include "model/api_resources.hpp"
#include "model/fields.hpp"
#include "resources/coupa_pay/pay_run.hpp"

namespace apbridge::api {
namespace {

namespace input = model::pay_run;

constexpr int kOk = 200;
constexpr int kCreated = 201;

Result<http::Response> CreatePayRunRoute(const ApiContext& context, const http::Request& request,
                                         const resources::Principal& principal) {
  const model::Resource& input_resource = context.catalog.Get(model::defs::kPayRunInput.name);
  APB_TRY(model::RecordPtr body, OptionalBody(context, request, input_resource));
  resources::coupa_pay::PayRunOptions options;
  options.by = principal.actor;
  if (body != nullptr) {
    if (const std::string* s = body->Get(input::kSupplier)) options.supplier = *s;
    if (const std::string* s = body->Get(input::kPayFrom)) options.pay_from = *s;
    options.all = body->GetOr(input::kAll, false);
  }
  APB_TRY(resources::coupa_pay::PayRun run,
          resources::coupa_pay::CreatePayRun(context.store, context.catalog, context.clock, options));

  const model::Resource& payments = context.catalog.Get(model::defs::kCoupaPayPayment.name);
  const model::Projection& shown = *payments.projection(model::Shape::kFull);
  APB_TRY(auto uow, context.store.Begin(storage::Store::Access::kRead));
  model::RecordList created;
  for (int64_t id : run.payment_ids) {
    APB_TRY(model::RecordPtr p, uow->Get(id, shown));
    created.push_back(std::move(p));
  }
  APB_TRY(http::Response response, ListResponse(context, request, shown, created));
  response.status = kCreated;
  return response;
}

http::Response FaultRulesResponse(const FaultInjector& faults, int status) {
  http::Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  const auto rules = faults.Rules();
  response.body = codec::WriteFaultRulesJson(faults.seed(), rules);
  return response;
}

// ReadFaultRulesJson checks every rule (CheckFaultRule) before the first is
// added, and Add fails only on what that checks: a bad one adds none.
Result<http::Response> AddFaultRulesRoute(FaultInjector& faults, const http::Request& request) {
  APB_TRY(codec::FaultRulesInput input, codec::ReadFaultRulesJson(request.body));
  if (input.seed) faults.Reseed(*input.seed);
  for (FaultRule& rule : input.rules) {
    const std::string described = DescribeFaultRule(rule);
    APB_TRY(int64_t id, faults.Add(std::move(rule)));
    log::Warn("fault rule {} added: {} (request {})", id, described, request.request_id);
  }
  return FaultRulesResponse(faults, kCreated);
}

}  // namespace

void RegisterFaultRoutes(http::Router& router, const ApiContext& context) {
  FaultInjector& faults = *context.faults;
  const http::RouteInfo info{"", codec::ErrorStyle::kCoupa, /*fault_exempt=*/true};
  const Permission permission{model::kAdminResource, "faults"};
  router.Add(http::Method::kGet, "/admin/faults", info,
             Guarded(context, info, permission, [&faults](http::Request&, const resources::Principal&) {
               return Result<http::Response>(FaultRulesResponse(faults, kOk));
             }));
  router.Add(
      http::Method::kPost, "/admin/faults", info,
      Guarded(context, info, permission, [&faults](http::Request& request, const resources::Principal&) {
        return AddFaultRulesRoute(faults, request);
      }));
  router.Add(
      http::Method::kDelete, "/admin/faults", info,
      Guarded(context, info, permission, [&faults](http::Request& request, const resources::Principal&) {
        faults.Clear();
        log::Warn("fault rules cleared (request {})", request.request_id);
        return Result<http::Response>(FaultRulesResponse(faults, kOk));
      }));
  router.Add(
      http::Method::kDelete, "/admin/faults/:id", info,
      Guarded(context, info, permission,
              [&faults](http::Request& request, const resources::Principal&) -> Result<http::Response> {
                const std::string id(request.Param("id").value_or(""));
                int64_t number = 0;
                if (!ParseInt64(id, &number) || !faults.Remove(number)) {
                  return Fail(NotFound("No fault rule " + Quoted(id)));
                }
                log::Warn("fault rule {} removed (request {})", number, request.request_id);
                return FaultRulesResponse(faults, kOk);
              }));
}

void RegisterAdminRoutes(http::Router& router, const ApiContext& context) {
  const http::RouteInfo info{std::string(model::defs::kPayRunInput.name)};
  router.Add(http::Method::kPost, "/admin/pay_runs", info,
             Guarded(context, info, {model::kAdminResource, "pay_runs"},
                     [&context](http::Request& request, const resources::Principal& principal) {
                       return CreatePayRunRoute(context, request, principal);
                     }));
}

}  // namespace apbridge::api
