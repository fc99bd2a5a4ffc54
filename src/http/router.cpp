// Router: a trie of path segments; literal children are tried before the parameter child.
#include "http/router.hpp"

#include <array>
#include <map>
#include <optional>
#include <stdexcept>

#include "common/error.hpp"
#include "http/error_response.hpp"

namespace apbridge::http {
namespace {

constexpr std::array<Method, 7> kAllMethods = {Method::kGet,   Method::kHead,   Method::kPost,   Method::kPut,
                                               Method::kPatch, Method::kDelete, Method::kOptions};

// Path segments, empty ones (leading, trailing, doubled slashes) skipped.
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string_view StripTrailingSlashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

}  // namespace

struct Router::Route {
  RouteInfo info;
  Handler handler;
  std::vector<std::string> param_names;  // in the order of the ":name" segments
};

struct Router::Node {
  std::map<std::string, std::unique_ptr<Node>, std::less<>> literals;
  std::unique_ptr<Node> param;
  std::array<std::optional<Route>, kAllMethods.size()> routes;

  [[nodiscard]] bool HasRoutes() const {
    for (const auto& route : routes) {
      if (route) return true;
    }
    return false;
  }
  [[nodiscard]] const Route* Find(Method method) const {
    const auto& route = routes[static_cast<size_t>(method)];
    return route ? &*route : nullptr;
  }
};

struct Router::Match {
  const Node* node;
  std::vector<std::string_view> values;  // raw values of the parameter segments
};

Router::Router() : root_(std::make_unique<Node>()) {}
Router::~Router() = default;
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;

void Router::Add(Method method, std::string_view pattern, RouteInfo info, Handler handler) {
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + std::string(pattern));
  }
  if (!handler) throw std::invalid_argument("route without handler: " + std::string(pattern));
  Node* node = root_.get();
  std::vector<std::string> param_names;
  for (std::string_view segment : Segments(pattern)) {
    if (segment.front() == ':') {
      if (segment.size() == 1) {
        throw std::invalid_argument("route parameter without name: " + std::string(pattern));
      }
      param_names.emplace_back(segment.substr(1));
      if (!node->param) node->param = std::make_unique<Node>();
      node = node->param.get();
    } else {
      auto it = node->literals.find(segment);
      if (it == node->literals.end()) {
        it = node->literals.emplace(std::string(segment), std::make_unique<Node>()).first;
      }
      node = it->second.get();
    }
  }
  auto& slot = node->routes[static_cast<size_t>(method)];
  if (slot) {
    throw std::invalid_argument("route added twice: " + std::string(MethodName(method)) + " " +
                                std::string(pattern));
  }
  slot = Route{std::move(info), std::move(handler), std::move(param_names)};
}

void Router::SetPrefixInfo(std::string_view path_prefix, RouteInfo info) {
  std::string prefix(StripTrailingSlashes(path_prefix));
  for (auto& [existing, existing_info] : prefix_infos_) {
    if (existing == prefix) {
      existing_info = std::move(info);
      return;
    }
  }
  prefix_infos_.emplace_back(std::move(prefix), std::move(info));
}

const RouteInfo& Router::PrefixInfo(std::string_view path) const {
  static const RouteInfo kDefault{};
  const RouteInfo* best = &kDefault;
  size_t best_length = 0;
  for (const auto& [prefix, info] : prefix_infos_) {
    const bool under = prefix == "/" || (path.substr(0, prefix.size()) == prefix &&
                                         (path.size() == prefix.size() || path[prefix.size()] == '/'));
    if (under && (best == &kDefault || prefix.size() > best_length)) {
      best = &info;
      best_length = prefix.size();
    }
  }
  return *best;
}

std::vector<Router::Match> Router::Candidates(std::string_view path) const {
  const std::vector<std::string_view> segments = Segments(path);
  std::vector<Match> out;
  std::vector<std::string_view> values;
  // Depth-first, literal before parameter: earlier candidates are more literal.
  auto visit = [&](auto& self, const Node& node, size_t index) -> void {
    if (index == segments.size()) {
      if (node.HasRoutes()) out.push_back(Match{&node, values});
      return;
    }
    const auto literal = node.literals.find(segments[index]);
    if (literal != node.literals.end()) self(self, *literal->second, index + 1);
    if (node.param) {
      values.push_back(segments[index]);
      self(self, *node.param, index + 1);
      values.pop_back();
    }
  };
  visit(visit, *root_, 0);
  return out;
}

void Router::SetFaults(FaultInjector* faults, FaultSleep sleep) {
  faults_ = faults;
  fault_sleep_ = std::move(sleep);
}

Response Router::Dispatch(Request& request) const {
  const std::vector<Match> candidates = Candidates(request.path);
  if (candidates.empty()) {
    return ErrorResponse(NotFound("No route matches [" + std::string(MethodName(request.method)) + "] \"" +
                                  request.path + "\""),
                         request, PrefixInfo(request.path));
  }
  for (const Match& match : candidates) {
    const Route* route = match.node->Find(request.method);
    if (route == nullptr && request.method == Method::kHead) route = match.node->Find(Method::kGet);
    if (route == nullptr) continue;
    request.params.clear();
    for (size_t i = 0; i < route->param_names.size() && i < match.values.size(); ++i) {
      request.params[route->param_names[i]] = std::string(match.values[i]);
    }
    if (faults_ != nullptr) {
      if (auto forced = InjectFault(*faults_, request, route->info, fault_sleep_)) return std::move(*forced);
    }
    return route->handler(request);
  }
  // The path exists, the method does not: 405 listing what does.
  std::string allow;
  for (Method method : kAllMethods) {
    bool allowed = false;
    for (const Match& match : candidates) {
      allowed = allowed || match.node->Find(method) != nullptr ||
                (method == Method::kHead && match.node->Find(Method::kGet) != nullptr);
    }
    if (!allowed) continue;
    if (!allow.empty()) allow += ", ";
    allow += MethodName(method);
  }
  Response response = ErrorResponse(InvalidArgument("Method " + std::string(MethodName(request.method)) +
                                                    " is not allowed on \"" + request.path + "\""),
                                    405, request, InfoFor(request));
  response.headers.emplace_back("Allow", std::move(allow));
  return response;
}

const RouteInfo& Router::InfoFor(const Request& request) const {
  const std::vector<Match> candidates = Candidates(request.path);
  for (const Match& match : candidates) {
    const Route* route = match.node->Find(request.method);
    if (route == nullptr && request.method == Method::kHead) route = match.node->Find(Method::kGet);
    if (route != nullptr) return route->info;
  }
  for (const Match& match : candidates) {
    for (const auto& route : match.node->routes) {
      if (route) return route->info;
    }
  }
  return PrefixInfo(request.path);
}

}  // namespace apbridge::http
