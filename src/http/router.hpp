// The router: (method, path pattern) -> handler, with Coupa-format 404 and 405.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/faults.hpp"
#include "http/fault_injection.hpp"
#include "http/method.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/route_info.hpp"

namespace apbridge::http {

// A handler answers one request; it may throw only on bugs (the Server turns
// an exception into a logged 500).
using Handler = std::function<Response(Request&)>;

// Routes requests to handlers. Fill it on one thread at start-up, then share
// it read-only (std::shared_ptr<const Router>): the const methods are
// thread-safe, and handlers run concurrently.
class Router {
 public:
  Router();
  ~Router();
  Router(Router&&) noexcept;
  Router& operator=(Router&&) noexcept;

  // `pattern` is a path such as "/api/invoices/:id/void": literal segments and
  // ":name" parameters (percent-decoded into Request::params). Matching is
  // exact and case-sensitive; a trailing slash and empty segments ("//") are
  // ignored; where a literal and a parameter both fit, the literal wins.
  // Throws std::invalid_argument on a malformed pattern or a (method, pattern)
  // already added: both are bugs in the caller.
  void Add(Method method, std::string_view pattern, RouteInfo info, Handler handler);

  // The RouteInfo for errors on unmatched paths at or under `path_prefix`
  // ("/api/v1": supplier style). The longest prefix wins; default {"", kCoupa}.
  void SetPrefixInfo(std::string_view path_prefix, RouteInfo info);

  // Fault injection (off until set, and while `faults` has no rule): each
  // request that matches a route not RouteInfo::fault_exempt is first offered
  // to InjectFault, whose forced response, if any, is answered instead of the
  // route's. `faults` is borrowed and must outlive the router.
  void SetFaults(FaultInjector* faults, FaultSleep sleep = FaultSleepFor);

  // Runs the route's handler (setting request.params) and returns its response.
  // HEAD without a HEAD route runs the GET handler (the Server then sends the
  // headers only). An injected fault (SetFaults) comes before the handler. Known path, other method: 405 with
  // Allow. Unknown path: 404. Both in the error format of InfoFor(request). Handler exceptions propagate.
  [[nodiscard]] Response Dispatch(Request& request) const;

  // The RouteInfo errors about `request` must use: the matching route's, else
  // the route of the same path with another method, else SetPrefixInfo's.
  [[nodiscard]] const RouteInfo& InfoFor(const Request& request) const;

 private:
  struct Node;
  struct Route;
  struct Match;

  [[nodiscard]] std::vector<Match> Candidates(std::string_view path) const;
  [[nodiscard]] const RouteInfo& PrefixInfo(std::string_view path) const;

  std::unique_ptr<Node> root_;
  std::vector<std::pair<std::string, RouteInfo>> prefix_infos_;
  FaultInjector* faults_ = nullptr;
  FaultSleep fault_sleep_;
};

}  // namespace apbridge::http
