// FaultInjector: path patterns and methods, a rate reproducible under a seed,
// a count that runs out, the order of rules, and the checks of a rule.
#include "common/faults.hpp"

#include <gtest/gtest.h>

namespace apbridge {
namespace {

FaultRule Rule(std::string method, std::string path) {
  FaultRule rule;
  rule.method = std::move(method);
  rule.path = std::move(path);
  rule.status = 503;
  return rule;
}

FaultRule WithRate(FaultRule rule, double rate) {
  rule.rate = rate;
  return rule;
}

FaultRule WithCount(FaultRule rule, int64_t count) {
  rule.count = count;
  return rule;
}

// Which of `n` requests of GET `path` the injector faults, as a 0/1 string.
std::string Pattern(FaultInjector& faults, int n, std::string_view path = "/api/invoices/1") {
  std::string out;
  for (int i = 0; i < n; ++i) out += faults.Decide("GET", path) ? '1' : '0';
  return out;
}

TEST(FaultPathMatches, SegmentsGlobsParamsAndTheRest) {
  EXPECT_TRUE(FaultPathMatches("/api/invoices/*", "/api/invoices/42"));
  EXPECT_FALSE(FaultPathMatches("/api/invoices/*", "/api/invoices"));
  EXPECT_FALSE(FaultPathMatches("/api/invoices/*", "/api/invoices/42/submit"));
  EXPECT_TRUE(FaultPathMatches("/api/invoices/:id/submit", "/api/invoices/42/submit"));
  EXPECT_FALSE(FaultPathMatches("/api/invoices/:id/submit", "/api/invoices/42/void"));
  EXPECT_TRUE(FaultPathMatches("/api/**", "/api"));
  EXPECT_TRUE(FaultPathMatches("/api/**", "/api/invoices/42/submit"));
  EXPECT_FALSE(FaultPathMatches("/api/**", "/oauth2/token"));
  EXPECT_TRUE(FaultPathMatches("/api/v1/invoice*/*", "/api/v1/invoices/abc"));
  EXPECT_TRUE(FaultPathMatches("/api/v1/invoice*/*", "/api/v1/invoice/abc"));
  EXPECT_FALSE(FaultPathMatches("/api/v1/invoice*/*", "/api/v1/suppliers/abc"));
  EXPECT_TRUE(FaultPathMatches("/api/invoices/", "/api/invoices"));  // trailing slashes ignored
  EXPECT_FALSE(FaultPathMatches("/api/Invoices", "/api/invoices"));  // exact case, as the router
}

TEST(FaultInjector, MatchesMethodAndPath) {
  FaultInjector faults;
  ASSERT_TRUE(faults.Add(Rule("get", "/api/invoices/*")));
  EXPECT_TRUE(faults.Decide("GET", "/api/invoices/7"));
  EXPECT_FALSE(faults.Decide("PUT", "/api/invoices/7"));
  EXPECT_FALSE(faults.Decide("GET", "/api/suppliers/7"));

  FaultInjector any;
  ASSERT_TRUE(any.Add(Rule("*", "/api/**")));
  EXPECT_TRUE(any.Decide("DELETE", "/api/invoices/7"));
  EXPECT_FALSE(any.Decide("DELETE", "/admin/pay_runs"));
}

TEST(FaultInjector, EmptyIsDisabled) {
  FaultInjector faults;
  EXPECT_FALSE(faults.Enabled());
  EXPECT_FALSE(faults.Decide("GET", "/api/invoices/1"));
  ASSERT_TRUE(faults.Add(Rule("", "/api/**")));
  EXPECT_TRUE(faults.Enabled());
  faults.Clear();
  EXPECT_FALSE(faults.Enabled());
  EXPECT_TRUE(faults.Rules().empty());
}

TEST(FaultInjector, RemoveOneRule) {
  FaultInjector faults;
  ASSERT_EQ(faults.Add(Rule("GET", "/a")), 1);
  ASSERT_EQ(faults.Add(Rule("GET", "/b")), 2);
  EXPECT_TRUE(faults.Remove(1));
  EXPECT_FALSE(faults.Remove(1));
  EXPECT_FALSE(faults.Decide("GET", "/a"));
  EXPECT_TRUE(faults.Decide("GET", "/b"));
  EXPECT_EQ(faults.Add(Rule("GET", "/c")), 3);  // ids are not reused before a Clear
  EXPECT_TRUE(faults.Remove(2));
  EXPECT_TRUE(faults.Remove(3));
  EXPECT_FALSE(faults.Enabled());
}

TEST(FaultInjector, RateIsReproducibleUnderASeed) {
  FaultInjector a(42);
  FaultInjector b(42);
  FaultInjector other(43);
  for (FaultInjector* f : {&a, &b, &other}) ASSERT_TRUE(f->Add(WithRate(Rule("GET", "/api/**"), 0.3)));
  const std::string first = Pattern(a, 200);
  EXPECT_EQ(first, Pattern(b, 200));
  EXPECT_NE(first, Pattern(other, 200));

  // Roughly the rate (0.3 of 200 = 60; splitmix64 is fixed, so this does not flake).
  const auto faulted = std::count(first.begin(), first.end(), '1');
  EXPECT_GT(faulted, 40);
  EXPECT_LT(faulted, 80);

  // A new seed starts the counters again; the old seed gives the old run back.
  a.Reseed(42);
  EXPECT_EQ(first, Pattern(a, 200));
  // Clear and the same rules again: the same faults.
  a.Clear();
  ASSERT_TRUE(a.Add(WithRate(Rule("GET", "/api/**"), 0.3)));
  EXPECT_EQ(first, Pattern(a, 200));
}

TEST(FaultInjector, RatesZeroAndOne) {
  FaultInjector faults;
  ASSERT_TRUE(faults.Add(WithRate(Rule("GET", "/never"), 0)));
  ASSERT_TRUE(faults.Add(WithRate(Rule("GET", "/always"), 1)));
  EXPECT_EQ(Pattern(faults, 50, "/never"), std::string(50, '0'));
  EXPECT_EQ(Pattern(faults, 50, "/always"), std::string(50, '1'));
}

TEST(FaultInjector, CountRunsOut) {
  FaultInjector faults;
  ASSERT_TRUE(faults.Add(WithCount(Rule("GET", "/api/**"), 3)));
  EXPECT_FALSE(faults.Decide("GET", "/other"));  // not matched: not counted
  EXPECT_EQ(Pattern(faults, 6), "111000");
  const auto rules = faults.Rules();
  ASSERT_EQ(rules.size(), 1U);
  EXPECT_EQ(rules[0].matched, 6U);
  EXPECT_EQ(rules[0].injected, 3U);
  EXPECT_EQ(rules[0].remaining, 0);
}

TEST(FaultInjector, DelaysAddUpAndTheFirstStatusRuleDecides) {
  FaultInjector faults;
  auto latency = Rule("GET", "/api/**");
  latency.status.reset();
  latency.latency_ms = 250;
  ASSERT_EQ(faults.Add(WithCount(latency, 1)), 1);
  latency.latency_ms = 40;
  ASSERT_EQ(faults.Add(latency), 2);
  ASSERT_EQ(faults.Add(WithCount(Rule("GET", "/api/invoices/*"), 1)), 3);
  auto drop = Rule("GET", "/api/invoices/*");
  drop.status.reset();
  drop.drop = true;
  ASSERT_EQ(faults.Add(drop), 4);

  const FaultDecision first = faults.Decide("GET", "/api/invoices/1");
  ASSERT_EQ(first.delays.size(), 2U);
  EXPECT_EQ(first.delays[0].rule_id, 1);
  EXPECT_EQ(first.delays[1].rule_id, 2);
  EXPECT_EQ(first.delays[1].rule.latency_ms, 40);
  ASSERT_TRUE(first.fault);
  EXPECT_EQ(first.fault->rule_id, 3);
  EXPECT_EQ(first.fault->rule.kind(), FaultKind::kStatus);

  const FaultDecision second = faults.Decide("GET", "/api/invoices/1");  // rules 1 and 3 have run out
  ASSERT_EQ(second.delays.size(), 1U);
  EXPECT_EQ(second.delays[0].rule_id, 2);
  ASSERT_TRUE(second.fault);
  EXPECT_EQ(second.fault->rule_id, 4);
  EXPECT_EQ(second.fault->rule.kind(), FaultKind::kDrop);

  const auto rules = faults.Rules();
  EXPECT_EQ(rules[3].matched, 1U) << "rule 4 was not tried while rule 3 picked";
  EXPECT_EQ(rules[1].injected, 2U);
}

TEST(FaultRuleKeys, ReadOneRule) {
  FaultRule rule;
  ASSERT_TRUE(SetFaultRuleKey(rule, "method", std::string("post")));
  ASSERT_TRUE(SetFaultRuleKey(rule, "path", std::string("/api/invoices")));
  ASSERT_TRUE(SetFaultRuleKey(rule, "status", int64_t{429}));
  ASSERT_TRUE(SetFaultRuleKey(rule, "rate", int64_t{1}));
  ASSERT_TRUE(SetFaultRuleKey(rule, "retry_after", int64_t{7}));
  ASSERT_TRUE(CheckFaultRule(rule));
  EXPECT_EQ(rule.method, "POST");
  EXPECT_EQ(rule.rate, 1.0);
  EXPECT_EQ(rule.retry_after_s, 7);
  EXPECT_EQ(DescribeFaultRule(rule), "POST /api/invoices -> 429, rate 1");

  EXPECT_FALSE(SetFaultRuleKey(rule, "status", int64_t{404}));
  EXPECT_FALSE(SetFaultRuleKey(rule, "status", std::string("503")));
  EXPECT_FALSE(SetFaultRuleKey(rule, "colour", std::string("red")));
  EXPECT_FALSE(SetFaultRuleKey(rule, "drop", int64_t{1}));
}

TEST(FaultRuleKeys, Checks) {
  auto check = [](FaultRule rule) { return CheckFaultRule(rule).has_value(); };
  EXPECT_TRUE(check(Rule("GET", "/api/**")));
  EXPECT_FALSE(check(Rule("GET", "api/**")));
  auto two = Rule("GET", "/x");
  two.drop = true;
  EXPECT_FALSE(check(two));
  auto none = Rule("GET", "/x");
  none.status.reset();
  EXPECT_FALSE(check(none));
  EXPECT_FALSE(check(WithCount(WithRate(Rule("GET", "/x"), 0.5), 2)));
  EXPECT_FALSE(check(WithRate(Rule("GET", "/x"), 1.5)));
  EXPECT_FALSE(check(WithCount(Rule("GET", "/x"), 0)));
  auto slow = Rule("GET", "/x");
  slow.status.reset();
  slow.latency_ms = kMaxFaultLatencyMs + 1;
  EXPECT_FALSE(check(slow));
  slow.latency_ms = 0;
  EXPECT_FALSE(check(slow));
  slow.latency_ms = 10;
  EXPECT_TRUE(check(slow));
}

}  // namespace
}  // namespace apbridge
