// Forced errors, latency and drops for the requests a fault rule picks.
#include "http/fault_injection.hpp"

#include <fmt/format.h>

#include <thread>

#include "common/log.hpp"
#include "http/error_response.hpp"
#include "http/log_text.hpp"

namespace apbridge::http {
namespace {

constexpr int kTooManyRequests = 429;
constexpr int kInternalServerError = 500;
constexpr int kServiceUnavailable = 503;

// The message the API called gives for the status: the supplier document's
// texts (supplier-get-invoice.txt; its 429 names the default limit), the same
// words elsewhere, so one connector sees one wording.
std::string DefaultMessage(int status, const RouteInfo& route, int64_t retry_after_s) {
  switch (status) {
    case kTooManyRequests:
      return route.style == codec::ErrorStyle::kSupplier
                 ? "The API call for this client has exceeded the maximum call rate limit of 100 per minute."
                 : fmt::format("Rate limit exceeded. Retry after {} s.", retry_after_s);
    case kInternalServerError:
      return "An unexpected error occurred. Please try again later.";
    default:
      return "Service Unavailable. Please try again later.";
  }
}

Error FaultError(int status, std::string message) {
  switch (status) {
    case kTooManyRequests: {
      Error e = RateLimited(std::move(message));
      e.oauth_error = "temporarily_unavailable";
      return e;
    }
    case kInternalServerError: {
      Error e{ErrorCode::kInternal, std::move(message), "injected fault", {}};
      e.oauth_error = "server_error";
      return e;
    }
    default: {
      Error e = Unavailable(std::move(message), "injected fault");
      e.oauth_error = "temporarily_unavailable";
      return e;
    }
  }
}

}  // namespace

void FaultSleepFor(std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); }

Response FaultResponse(const FaultRule& rule, const Request& request, const RouteInfo& route) {
  const int status = rule.status.value_or(kServiceUnavailable);
  std::string message =
      rule.message.empty() ? DefaultMessage(status, route, rule.retry_after_s) : rule.message;
  Response response = ErrorResponse(FaultError(status, std::move(message)), status, request, route);
  if (status == kTooManyRequests || status == kServiceUnavailable) {
    response.headers.emplace_back("Retry-After", std::to_string(rule.retry_after_s));
  }
  return response;
}

std::optional<Response> InjectFault(FaultInjector& faults, const Request& request, const RouteInfo& route,
                                    const FaultSleep& sleep) {
  if (route.fault_exempt || !faults.Enabled()) return std::nullopt;
  const std::string_view method = MethodName(request.method);
  const FaultDecision decision = faults.Decide(method, request.path);
  auto logged = [&](const InjectedFault& fault) {
    log::Warn("injected fault: rule {} ({}) on {} {}, request {}", fault.rule_id,
              LogSafe(DescribeFaultRule(fault.rule)), method, LogSafe(request.path), request.request_id);
  };
  for (const InjectedFault& delay : decision.delays) {
    logged(delay);
    sleep(std::chrono::milliseconds(*delay.rule.latency_ms));
  }
  if (!decision.fault) return std::nullopt;
  logged(*decision.fault);
  Response response = FaultResponse(decision.fault->rule, request, route);
  response.drop_connection = decision.fault->rule.kind() == FaultKind::kDrop;
  return response;
}

}  // namespace apbridge::http
