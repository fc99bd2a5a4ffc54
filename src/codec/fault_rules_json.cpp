// /admin/faults JSON through simdjson; each key handed to SetFaultRuleKey,
// the reading the config file shares.
#include "codec/fault_rules_json.hpp"

#include <fmt/format.h>
#include <simdjson.h>

#include "common/text_escape.hpp"

namespace apbridge::codec {
namespace {

Error Bad(const std::string& why) {
  return InvalidArgument(
      why +
      " (expected a rule such as {\"method\":\"GET\",\"path\":\"/api/invoices/*\",\"status\":503,"
      "\"rate\":0.2}, or {\"seed\":N,\"rules\":[...]})");
}

Result<FaultValue> ValueOf(std::string_view key, simdjson::dom::element value) {
  switch (value.type()) {
    case simdjson::dom::element_type::BOOL:
      return FaultValue{bool(value.get_bool())};
    case simdjson::dom::element_type::INT64:
      return FaultValue{int64_t(value.get_int64())};
    case simdjson::dom::element_type::DOUBLE:
      return FaultValue{double(value.get_double())};
    case simdjson::dom::element_type::STRING:
      return FaultValue{std::string(std::string_view(value.get_string()))};
    default:
      return Fail(Bad(fmt::format("'{}' must be a string, a number or true/false", key)));
  }
}

Result<FaultRule> ReadRule(simdjson::dom::object object, size_t index) {
  FaultRule rule;
  auto with_index = [index](Error e) {
    e.message = fmt::format("rule {}: {}", index + 1, e.message);
    return e;
  };
  for (auto [key, value] : object) {
    auto v = ValueOf(key, value);
    if (!v) return Fail(with_index(v.error()));
    if (auto s = SetFaultRuleKey(rule, key, *v); !s) return Fail(with_index(s.error()));
  }
  if (auto s = CheckFaultRule(rule); !s) return Fail(with_index(s.error()));
  return rule;
}

void AppendKey(std::string_view key, std::string* out) {
  if (out->back() != '{') out->push_back(',');
  AppendJsonString(key, out);
  out->push_back(':');
}

void AppendRule(const FaultRuleState& state, std::string* out) {
  const FaultRule& rule = state.rule;
  out->push_back('{');
  AppendKey("id", out);
  out->append(std::to_string(state.id));
  AppendKey("method", out);
  AppendJsonString(rule.method.empty() ? "*" : rule.method, out);
  AppendKey("path", out);
  AppendJsonString(rule.path, out);
  if (rule.status) {
    AppendKey("status", out);
    out->append(std::to_string(*rule.status));
  }
  if (rule.latency_ms) {
    AppendKey("latency_ms", out);
    out->append(std::to_string(*rule.latency_ms));
  }
  if (rule.drop) {
    AppendKey("drop", out);
    out->append("true");
  }
  if (rule.rate) {
    AppendKey("rate", out);
    out->append(fmt::format("{}", *rule.rate));
  }
  if (rule.count) {
    AppendKey("count", out);
    out->append(std::to_string(*rule.count));
  }
  AppendKey("retry_after", out);
  out->append(std::to_string(rule.retry_after_s));
  if (!rule.message.empty()) {
    AppendKey("message", out);
    AppendJsonString(rule.message, out);
  }
  AppendKey("matched", out);
  out->append(std::to_string(state.matched));
  AppendKey("injected", out);
  out->append(std::to_string(state.injected));
  if (state.remaining) {
    AppendKey("remaining", out);
    out->append(std::to_string(*state.remaining));
  }
  out->push_back('}');
}

}  // namespace

Result<FaultRulesInput> ReadFaultRulesJson(std::string_view body) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(body);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) return Fail(Bad("not valid JSON"));
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) return Fail(Bad("not a JSON object"));

  FaultRulesInput input;
  simdjson::dom::element rules;
  simdjson::dom::element seed;
  const bool has_rules = object.at_key("rules").get(rules) == simdjson::SUCCESS;
  const bool has_seed = object.at_key("seed").get(seed) == simdjson::SUCCESS;
  if (!has_rules && !has_seed) {
    APB_TRY(FaultRule rule, ReadRule(object, 0));
    input.rules.push_back(std::move(rule));
    return input;
  }
  for (auto [key, value] : object) {
    if (key != "rules" && key != "seed") return Fail(Bad(fmt::format("unknown key '{}' beside rules", key)));
  }
  if (has_seed) {
    uint64_t s = 0;
    if (seed.get(s) != simdjson::SUCCESS) return Fail(Bad("'seed' must be a whole number from 0"));
    input.seed = s;
  }
  if (has_rules) {
    simdjson::dom::array array;
    if (rules.get(array) != simdjson::SUCCESS) return Fail(Bad("'rules' must be an array"));
    size_t index = 0;
    for (simdjson::dom::element item : array) {
      simdjson::dom::object rule_object;
      if (item.get(rule_object) != simdjson::SUCCESS) {
        return Fail(Bad(fmt::format("rule {} is not an object", index + 1)));
      }
      APB_TRY(FaultRule rule, ReadRule(rule_object, index));
      input.rules.push_back(std::move(rule));
      ++index;
    }
  }
  return input;
}

std::string WriteFaultRulesJson(uint64_t seed, std::span<const FaultRuleState> rules) {
  std::string out = "{\"seed\":" + std::to_string(seed) + ",\"rules\":[";
  for (size_t i = 0; i < rules.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendRule(rules[i], &out);
  }
  out += "]}";
  return out;
}

}  // namespace apbridge::codec
