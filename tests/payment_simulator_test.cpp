// The payment-partner simulator inside `apbridge serve --demo
// --simulate-payments --payment-pace 1`: an ERP polling updated-at[gt] sees
// payments move (waited for by polling, with a bound, never a fixed sleep),
// a payment completed successfully has paid its invoices, and bad simulator
// settings stop the start with a message naming the flag.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/timestamp.hpp"
#include "support/demo_server_suite.hpp"
#include "support/json_text.hpp"

namespace apbridge::testing {
namespace {

constexpr const char* kKey = "simulator-test-admin-key-0123456789";
constexpr auto kBound = std::chrono::seconds{60};

struct Moved {
  int64_t id = 0;
  std::string status;
  std::vector<int64_t> invoices;  // payment-details' source-transaction-id of type InvoiceHeader
};

std::vector<Moved> MovedOf(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::array list;
  EXPECT_EQ(parser.parse(json).get(list), simdjson::SUCCESS) << json.substr(0, 300);
  std::vector<Moved> out;
  for (simdjson::dom::element p : list) {
    Moved m;
    EXPECT_EQ(p["id"].get(m.id), simdjson::SUCCESS);
    m.status = JsonText(p, {"status"});
    simdjson::dom::array details;
    if (p["payment-details"].get(details) == simdjson::SUCCESS) {
      for (simdjson::dom::element d : details) {
        int64_t invoice = 0;
        if (JsonText(d, {"source-transaction-type"}) == "InvoiceHeader" &&
            d["source-transaction-id"].get(invoice) == simdjson::SUCCESS) {
          m.invoices.push_back(invoice);
        }
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

class PaymentSimulatorServeTest : public DemoServerSuite {
 protected:
  static void SetUpTestSuite() {
    StartServer({.admin_key = kKey, .args = {"--demo", "--simulate-payments", "--payment-pace", "1"}});
  }

  // Polls `?updated-at[gt]=since` until `done` holds for what it answers
  // (at most kBound); returns the last answer.
  template <class Done>
  static std::vector<Moved> PollUntil(const std::string& since, Done done) {
    const auto deadline = std::chrono::steady_clock::now() + kBound;
    std::vector<Moved> moved;
    for (;;) {
      HttpResult r = Call("GET", "/api/coupa_pay/payments?updated-at[gt]=" + since + "&format=json");
      EXPECT_EQ(r.status, 200) << r.body.substr(0, 300);
      moved = MovedOf(r.body);
      if (done(moved) || std::chrono::steady_clock::now() > deadline) return moved;
      std::this_thread::sleep_for(std::chrono::milliseconds{200});
    }
  }
};

TEST_F(PaymentSimulatorServeTest, PollingUpdatedAtSeesPaymentsMoveAndACompletedPaymentPaysItsInvoices) {
  // The demo's payments were all updated years ago: anything newer than the
  // start of this test was moved by the simulator.
  const std::string since = FormatUtcZ(
      std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) - std::chrono::seconds{1});
  const std::vector<Moved> first = PollUntil(since, [](const auto& moved) { return !moved.empty(); });
  ASSERT_FALSE(first.empty()) << "no payment moved within " << kBound.count() << "s\n" << server_->log();
  for (const Moved& m : first) {
    EXPECT_NE(m.status, "draft") << "payment " << m.id << ": a moved payment has left draft";
  }
  // The demo has payments in payment_in_progress; with the default rates
  // most complete successfully a step or so later.
  const std::vector<Moved> later = PollUntil(since, [](const auto& moved) {
    for (const Moved& m : moved) {
      if (m.status == "completed_successfully" && !m.invoices.empty()) return true;
    }
    return false;
  });
  const Moved* completed = nullptr;
  for (const Moved& m : later) {
    if (m.status == "completed_successfully" && !m.invoices.empty()) completed = &m;
  }
  ASSERT_NE(completed, nullptr) << "no invoice payment completed within " << kBound.count() << "s";
  for (int64_t invoice : completed->invoices) {
    HttpResult r = Call("GET", fmt::format("/api/invoices/{}?format=json", invoice));
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find(R"("paid":true)"), std::string::npos) << "invoice " << invoice;
    EXPECT_NE(r.body.find(fmt::format("|FULLY PAID|")), std::string::npos) << "invoice " << invoice;
  }
  EXPECT_NE(server_->log().find("payment simulator on: pace 1s"), std::string::npos);
}

TEST(PaymentSimulatorFlagsTest, BadSettingsStopTheStartNamingTheFlag) {
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"serve", "--payment-error-rate", "1.5"}, "--payment-error-rate"},
      {{"serve", "--payment-error-rate", "lots"}, "--payment-error-rate"},
      {{"serve", "--payment-cancel-rate", "-0.1"}, "--payment-cancel-rate"},
      {{"serve", "--payment-cancel-rate", "0.0000001"}, "--payment-cancel-rate"},
      {{"serve", "--payment-error-rate", "0.6", "--payment-cancel-rate", "0.5"}, "together"},
      {{"serve", "--payment-pace", "-1"}, "--payment-pace"},
      {{"serve", "--payment-pace", "soon"}, "payment-pace"},
      {{"serve", "--payment-seed", "x"}, "payment-seed"},
  };
  for (const Case& c : cases) {
    std::string out;
    EXPECT_EQ(RunToCompletion(c.args, &out), 2) << c.args.back() << "\n" << out;
    EXPECT_NE(out.find(c.message), std::string::npos) << out;
  }
  // The config file: rates as TOML numbers (read back in their exact
  // decimal form) or strings.
  const auto dir = std::filesystem::temp_directory_path() / ("apbridge-sim-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::vector<std::pair<std::string, std::string>> configs = {
      {"payment_error_rate = 1.5\n", "--payment-error-rate: '1.5' is not a rate"},
      {"payment_error_rate = 0.5\npayment_cancel_rate = \"0.6\"\n", "got 0.5 and 0.6"},
      {"payment_cancel_rate = 0.0000001\n", "--payment-cancel-rate"},
      {"payment_pace = -5\n", "'payment_pace' has the wrong type"},
      {"simulate_payments = \"yes\"\n", "'simulate_payments' has the wrong type"},
  };
  for (size_t n = 0; n < configs.size(); ++n) {
    const auto file = dir / ("sim" + std::to_string(n) + ".toml");
    std::ofstream(file) << configs[n].first;
    std::string out;
    EXPECT_EQ(RunToCompletion({"serve", "--config", file.string()}, &out), 2) << configs[n].first << out;
    EXPECT_NE(out.find(configs[n].second), std::string::npos) << configs[n].first << out;
  }
  std::filesystem::remove_all(dir);

  std::string out;
  EXPECT_EQ(RunToCompletion({"serve"}, &out, {{"APBRIDGE_PAYMENT_ERROR_RATE", "2"}}), 2) << out;
  EXPECT_NE(out.find("--payment-error-rate: '2' is not a rate"), std::string::npos)
      << "from the environment\n"
      << out;
}

}  // namespace
}  // namespace apbridge::testing
