// Sample documents of the spec, verbatim, for the tests that play them.
#pragma once

#include <string_view>

namespace apbridge::model::testing {

// The POST payload of spec/erp-payment-update.txt (its "Payload"), byte for byte.
inline constexpr std::string_view kErpPaymentPayload = R"(<?xml version="1.0" encoding="UTF-8"?>
<invoice-header>
  <paid type="boolean">true</paid>
  <payment-date type="datetime">2016-06-23T00:00:00-08:00</payment-date>
  <payment-notes>ADAMTEST|#10|USD|1.00|FULLY PAID|</payment-notes>
  <payments>
    <payment>
      <amount-paid>1.00</amount-paid>
      <notes>10</notes>
      <payment-date>2016-06-23</payment-date>
    </payment>
  </payments>
</invoice-header>
)";

}  // namespace apbridge::model::testing
