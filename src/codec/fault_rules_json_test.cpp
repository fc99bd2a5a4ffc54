// /admin/faults JSON: one rule, the {"seed","rules"} form, errors naming the
// rule, and the rules written back with their counters.
#include "codec/fault_rules_json.hpp"

#include <gtest/gtest.h>

namespace apbridge::codec {
namespace {

TEST(FaultRulesJson, OneRule) {
  auto input = ReadFaultRulesJson(R"({"method":"get","path":"/api/invoices/*","status":503,"rate":0.25})");
  ASSERT_TRUE(input) << input.error().message;
  EXPECT_FALSE(input->seed);
  ASSERT_EQ(input->rules.size(), 1U);
  EXPECT_EQ(input->rules[0].method, "GET");
  EXPECT_EQ(input->rules[0].status, 503);
  EXPECT_EQ(input->rules[0].rate, 0.25);
}

TEST(FaultRulesJson, SeedAndRules) {
  auto input = ReadFaultRulesJson(
      R"({"seed":42,"rules":[{"path":"/api/**","latency_ms":300,"count":2},{"path":"/x","drop":true}]})");
  ASSERT_TRUE(input) << input.error().message;
  EXPECT_EQ(input->seed, 42U);
  ASSERT_EQ(input->rules.size(), 2U);
  EXPECT_EQ(input->rules[0].latency_ms, 300);
  EXPECT_EQ(input->rules[0].count, 2);
  EXPECT_TRUE(input->rules[1].drop);
}

TEST(FaultRulesJson, Refusals) {
  auto message = [](std::string_view body) {
    auto input = ReadFaultRulesJson(body);
    return input ? std::string("accepted") : input.error().message;
  };
  EXPECT_NE(message("{").find("not valid JSON"), std::string::npos);
  EXPECT_NE(message("[]").find("not a JSON object"), std::string::npos);
  EXPECT_NE(message(R"({"path":"/x","status":404})").find("rule 1: fault rule: status must be"),
            std::string::npos);
  EXPECT_NE(message(R"({"rules":[{"path":"/x","status":503},{"path":"/y"}]})").find("rule 2:"),
            std::string::npos);
  EXPECT_NE(message(R"({"rules":[],"extra":1})").find("unknown key 'extra'"), std::string::npos);
  EXPECT_NE(message(R"({"seed":-1})").find("'seed'"), std::string::npos);
  EXPECT_NE(message(R"({"path":"/x","status":503,"when":"now"})").find("unknown key 'when'"),
            std::string::npos);
  EXPECT_NE(message(R"({"path":["/x"],"status":503})").find("'path'"), std::string::npos);
}

TEST(FaultRulesJson, WritesTheRulesInForce) {
  FaultInjector faults(9);
  FaultRule rule;
  rule.method = "GET";
  rule.path = "/api/invoices/*";
  rule.status = 503;
  rule.count = 2;
  ASSERT_TRUE(faults.Add(rule));
  ASSERT_TRUE(faults.Decide("GET", "/api/invoices/1"));
  const auto rules = faults.Rules();
  EXPECT_EQ(WriteFaultRulesJson(faults.seed(), rules),
            R"({"seed":9,"rules":[{"id":1,"method":"GET","path":"/api/invoices/*","status":503,"count":2,)"
            R"("retry_after":1,"matched":1,"injected":1,"remaining":1}]})");
}

}  // namespace
}  // namespace apbridge::codec
