// Fault rules: their keys, their checks, path patterns and the seeded decision.
#include "common/faults.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <span>

#include "common/splitmix64.hpp"
#include "common/text.hpp"

namespace apbridge {
namespace {

constexpr int64_t kPartsPerMillion = 1'000'000;
constexpr int64_t kMaxRetryAfterSeconds = 86'400;

Error BadRule(const std::string& why) { return InvalidArgument("fault rule: " + why); }

template <class T>
Status Take(std::string_view key, const FaultValue& value, T* into) {
  if (const T* v = std::get_if<T>(&value)) {
    *into = *v;
    return Ok();
  }
  // A whole number where a fraction is expected (rate = 1) is one.
  if constexpr (std::is_same_v<T, double>) {
    if (const int64_t* v = std::get_if<int64_t>(&value)) {
      *into = static_cast<double>(*v);
      return Ok();
    }
  }
  constexpr std::string_view kType = std::is_same_v<T, bool>      ? "true or false"
                                     : std::is_same_v<T, int64_t> ? "an integer"
                                     : std::is_same_v<T, double>  ? "a number"
                                                                  : "a string";
  return Fail(BadRule(fmt::format("'{}' must be {}", key, kType)));
}

template <class T>
Status TakeOptional(std::string_view key, const FaultValue& value, std::optional<T>* into) {
  T v{};
  APB_TRY_STATUS(Take(key, value, &v));
  *into = v;
  return Ok();
}

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  for (std::string_view part : Split(path, '/')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

// "*" within one segment: any run of characters.
bool GlobMatches(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  if (pattern.front() == '*') {
    for (size_t skip = 0; skip <= text.size(); ++skip) {
      if (GlobMatches(pattern.substr(1), text.substr(skip))) return true;
    }
    return false;
  }
  return !text.empty() && pattern.front() == text.front() && GlobMatches(pattern.substr(1), text.substr(1));
}

bool SegmentsMatch(std::span<const std::string_view> pattern, std::span<const std::string_view> path) {
  if (pattern.empty()) return path.empty();
  if (pattern.front() == "**") {
    for (size_t skip = 0; skip <= path.size(); ++skip) {
      if (SegmentsMatch(pattern.subspan(1), path.subspan(skip))) return true;
    }
    return false;
  }
  if (path.empty()) return false;
  const bool one = pattern.front().starts_with(':') || GlobMatches(pattern.front(), path.front());
  return one && SegmentsMatch(pattern.subspan(1), path.subspan(1));
}

bool MethodMatches(std::string_view rule_method, std::string_view method) {
  return rule_method.empty() || rule_method == "*" || rule_method == method;
}

// Whether the k-th request (0-based) a rule matched is one it faults.
bool Picks(uint64_t seed, FaultRuleState& state) {
  const uint64_t k = state.matched++;
  if (state.remaining) {
    if (*state.remaining == 0) return false;
    --*state.remaining;
    return true;
  }
  if (!state.rule.rate) return true;
  const auto ppm = static_cast<uint64_t>(std::llround(*state.rule.rate * kPartsPerMillion));
  const uint64_t draw = SplitMix64(SplitMix64(seed ^ SplitMix64(static_cast<uint64_t>(state.id))) + k);
  return draw % kPartsPerMillion < ppm;
}

}  // namespace

FaultKind FaultRule::kind() const {
  if (latency_ms) return FaultKind::kLatency;
  if (drop) return FaultKind::kDrop;
  return FaultKind::kStatus;
}

Status SetFaultRuleKey(FaultRule& rule, std::string_view key, const FaultValue& value) {
  if (key == "method") return Take(key, value, &rule.method);
  if (key == "path") return Take(key, value, &rule.path);
  if (key == "drop") return Take(key, value, &rule.drop);
  if (key == "rate") return TakeOptional(key, value, &rule.rate);
  if (key == "count") return TakeOptional(key, value, &rule.count);
  if (key == "latency_ms") return TakeOptional(key, value, &rule.latency_ms);
  if (key == "retry_after") return Take(key, value, &rule.retry_after_s);
  if (key == "message") return Take(key, value, &rule.message);
  if (key == "status") {
    int64_t status = 0;
    APB_TRY_STATUS(Take(key, value, &status));
    if (status != 429 && status != 500 && status != 503) {
      return Fail(BadRule(fmt::format("status must be 429, 500 or 503, not {}", status)));
    }
    rule.status = static_cast<int>(status);
    return Ok();
  }
  return Fail(BadRule(fmt::format(
      "unknown key '{}' (known: method, path, status, latency_ms, drop, rate, count, retry_after, message)",
      key)));
}

Status CheckFaultRule(FaultRule& rule) {
  if (!rule.path.starts_with('/')) {
    return Fail(BadRule("'path' must be a path pattern starting with '/' (such as \"/api/invoices/*\")"));
  }
  std::transform(rule.method.begin(), rule.method.end(), rule.method.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  const int kinds = (rule.status ? 1 : 0) + (rule.latency_ms ? 1 : 0) + (rule.drop ? 1 : 0);
  if (kinds != 1) return Fail(BadRule("give exactly one of status, latency_ms and drop = true"));
  if (rule.latency_ms && (*rule.latency_ms < 1 || *rule.latency_ms > kMaxFaultLatencyMs)) {
    return Fail(BadRule(fmt::format("latency_ms must be from 1 to {}", kMaxFaultLatencyMs)));
  }
  if (rule.rate && rule.count) return Fail(BadRule("give a rate or a count, not both"));
  if (rule.rate && !(*rule.rate >= 0 && *rule.rate <= 1)) {
    return Fail(BadRule("rate must be from 0 to 1 (0.1: one matching request in ten)"));
  }
  if (rule.count && *rule.count < 1) return Fail(BadRule("count must be at least 1"));
  if (rule.retry_after_s < 0 || rule.retry_after_s > kMaxRetryAfterSeconds) {
    return Fail(BadRule(fmt::format("retry_after must be from 0 to {} seconds", kMaxRetryAfterSeconds)));
  }
  return Ok();
}

std::string DescribeFaultRule(const FaultRule& rule) {
  std::string out = fmt::format("{} {} -> ", rule.method.empty() ? "*" : rule.method, rule.path);
  switch (rule.kind()) {
    case FaultKind::kStatus:
      out += std::to_string(rule.status.value_or(0));
      break;
    case FaultKind::kLatency:
      out += fmt::format("latency {} ms", rule.latency_ms.value_or(0));
      break;
    case FaultKind::kDrop:
      out += "dropped connection";
      break;
  }
  if (rule.rate) out += fmt::format(", rate {}", *rule.rate);
  if (rule.count) out += fmt::format(", count {}", *rule.count);
  return out;
}

bool FaultPathMatches(std::string_view pattern, std::string_view path) {
  const auto pattern_segments = Segments(pattern);
  const auto path_segments = Segments(path);
  return SegmentsMatch(pattern_segments, path_segments);
}

Result<int64_t> FaultInjector::Add(FaultRule rule) {
  APB_TRY_STATUS(CheckFaultRule(rule));
  const std::lock_guard lock(mutex_);
  FaultRuleState state{next_id_++, std::move(rule)};
  state.remaining = state.rule.count;
  rules_.push_back(std::move(state));
  enabled_.store(true, std::memory_order_release);
  return rules_.back().id;
}

void FaultInjector::Clear() {
  const std::lock_guard lock(mutex_);
  rules_.clear();
  next_id_ = 1;
  enabled_.store(false, std::memory_order_release);
}

bool FaultInjector::Remove(int64_t id) {
  const std::lock_guard lock(mutex_);
  const auto erased = std::erase_if(rules_, [id](const FaultRuleState& state) { return state.id == id; });
  enabled_.store(!rules_.empty(), std::memory_order_release);
  return erased > 0;
}

void FaultInjector::Reseed(uint64_t seed) {
  const std::lock_guard lock(mutex_);
  seed_ = seed;
  for (FaultRuleState& state : rules_) {
    state.matched = 0;
    state.injected = 0;
    state.remaining = state.rule.count;
  }
}

uint64_t FaultInjector::seed() const {
  const std::lock_guard lock(mutex_);
  return seed_;
}

std::vector<FaultRuleState> FaultInjector::Rules() const {
  const std::lock_guard lock(mutex_);
  return rules_;
}

FaultDecision FaultInjector::Decide(std::string_view method, std::string_view path) {
  const std::lock_guard lock(mutex_);
  FaultDecision decision;
  for (FaultRuleState& state : rules_) {
    if (!MethodMatches(state.rule.method, method) || !FaultPathMatches(state.rule.path, path)) continue;
    if (!Picks(seed_, state)) continue;
    ++state.injected;
    if (state.rule.kind() == FaultKind::kLatency) {
      decision.delays.push_back(InjectedFault{state.id, state.rule});
      continue;
    }
    decision.fault = InjectedFault{state.id, state.rule};
    break;
  }
  return decision;
}

}  // namespace apbridge
