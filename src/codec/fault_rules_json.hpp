// The JSON of /admin/faults: rules in (one rule object, or {"seed", "rules"})
// and the rules in force out, with the keys of the config file's [[faults]].
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/faults.hpp"
#include "common/result.hpp"

namespace apbridge::codec {

struct FaultRulesInput {
  std::optional<uint64_t> seed;
  std::vector<FaultRule> rules;  // each checked (CheckFaultRule)
};

// {"method":"GET","path":"/api/invoices/*","status":503,"rate":0.2} or
// {"seed":42,"rules":[{...},...]} (either key optional). InvalidArgument,
// naming the rule, on invalid JSON, an unknown key or a bad rule.
[[nodiscard]] Result<FaultRulesInput> ReadFaultRulesJson(std::string_view body);

// {"seed":N,"rules":[{"id":1,"method":...,"matched":n,"injected":k,"remaining":r},...]}
[[nodiscard]] std::string WriteFaultRulesJson(uint64_t seed, std::span<const FaultRuleState> rules);

}  // namespace apbridge::codec
