// Fault injection for people testing their connectors: the rules (which
// requests, what fault, how often) and the decision which rule, if any,
// forces a fault on a request. Reproducible: the k-th request a rule matches
// is faulted or not by splitmix64 of (seed, rule id, k), with no global rand.
// The transport side (the forced response, the sleep, the drop) is http's.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "common/result.hpp"

namespace apbridge {

// What a rule forces on the requests it picks.
enum class FaultKind {
  kStatus,   // a forced error response: 429 (with Retry-After), 500 or 503
  kLatency,  // the request waits latency_ms, then is answered as usual
  kDrop,     // the connection is closed without an answer
};

// One rule, as the config file ([[faults]]) and POST /admin/faults spell it.
// Exactly one of status, latency_ms and drop says the fault; at most one of
// rate and count says how often (neither: every matching request).
struct FaultRule {
  std::string method;  // "GET", ... (upper-cased by CheckFaultRule); empty or "*": any
  // The request path: literal segments, "*" within a segment ("inv*"), a
  // ":name" segment (any one segment, as route patterns write it) and "**"
  // (any number of segments). "/api/invoices/*" matches /api/invoices/42 but
  // neither /api/invoices nor /api/invoices/42/submit.
  std::string path;
  std::optional<int> status;          // 429, 500 or 503
  std::optional<int64_t> latency_ms;  // 1 .. kMaxFaultLatencyMs
  bool drop = false;
  std::optional<double> rate;    // the share of matching requests, 0 .. 1 (in parts per million)
  std::optional<int64_t> count;  // the next N matching requests, then none
  int64_t retry_after_s = 1;     // Retry-After of a forced 429 or 503
  std::string message;           // the error body's message; empty: the API's usual one

  [[nodiscard]] FaultKind kind() const;
};

// Added latency is capped so that a typo cannot park a worker thread for hours.
inline constexpr int64_t kMaxFaultLatencyMs = 600'000;

// A value of one rule key, as TOML and JSON hand it over.
using FaultValue = std::variant<bool, int64_t, double, std::string>;

// Sets `key` (method, path, status, latency_ms, drop, rate, count,
// retry_after, message) of `rule` from `value`: the one reading of a rule's
// keys, for the config file and the admin endpoint alike. InvalidArgument on
// an unknown key or a value of the wrong type.
[[nodiscard]] Status SetFaultRuleKey(FaultRule& rule, std::string_view key, const FaultValue& value);

// Whether `rule` is complete and consistent (upper-cases its method).
// InvalidArgument naming what is wrong.
[[nodiscard]] Status CheckFaultRule(FaultRule& rule);

// "GET /api/invoices/* -> 503, rate 0.2", for logs and answers.
[[nodiscard]] std::string DescribeFaultRule(const FaultRule& rule);

// Whether `path` matches the rule pattern `pattern` (see FaultRule::path).
[[nodiscard]] bool FaultPathMatches(std::string_view pattern, std::string_view path);

// A rule with its id and how it has fared so far.
struct FaultRuleState {
  int64_t id = 0;
  FaultRule rule;
  uint64_t matched = 0;                // requests the rule matched
  uint64_t injected = 0;               // ... and faulted
  std::optional<int64_t> remaining{};  // a count rule's faults still to come
};

// A rule that picked a request: the rule (a copy) and its id.
struct InjectedFault {
  int64_t rule_id = 0;
  FaultRule rule;
};

// What Decide chose for one request: the latency rules that picked it (their
// delays add up), then at most one status or drop rule, the first that picked it.
struct FaultDecision {
  std::vector<InjectedFault> delays;
  std::optional<InjectedFault> fault;

  explicit operator bool() const { return fault.has_value() || !delays.empty(); }
};

// The rules in force, shared by every worker thread (a mutex around the
// counters; Enabled() is a lock-free fast path for the usual, empty case).
class FaultInjector {
 public:
  explicit FaultInjector(uint64_t seed = 1) : seed_(seed) {}

  // Checks and appends `rule`; returns its id (1, 2, ... in the order added
  // since the last Clear, so the same rules under the same seed give the same faults).
  [[nodiscard]] Result<int64_t> Add(FaultRule rule);
  // Removes every rule; ids start again at 1.
  void Clear();
  // Removes the rule `id`, if there is one; the others keep their ids and counters.
  [[nodiscard]] bool Remove(int64_t id);
  // A new seed; every rule's counters start again.
  void Reseed(uint64_t seed);

  [[nodiscard]] bool Enabled() const { return enabled_.load(std::memory_order_acquire); }
  [[nodiscard]] uint64_t seed() const;
  [[nodiscard]] std::vector<FaultRuleState> Rules() const;

  // The rules are tried in order; each one matching (method, path) counts
  // the request and picks it by its rate or count. A latency rule that picks
  // it adds its delay and the search goes on; the first status or drop rule
  // that picks it ends the search (the rules after it are not tried).
  [[nodiscard]] FaultDecision Decide(std::string_view method, std::string_view path);

 private:
  mutable std::mutex mutex_;
  uint64_t seed_;
  int64_t next_id_ = 1;
  std::vector<FaultRuleState> rules_;
  std::atomic<bool> enabled_{false};
};

}  // namespace apbridge
