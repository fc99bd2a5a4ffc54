// `apbridge serve` settings: flags, APBRIDGE_* environment variables and the
// TOML config file, in that order of precedence, over the defaults.
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "common/faults.hpp"
#include "common/result.hpp"
#include "resources/coupa_pay/payment_simulator.hpp"

namespace apbridge::app {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string data_dir = "./data";
  std::string db;  // default: sqlite:<data_dir>/apbridge.db
  bool demo = false;
  std::string config;
  std::string log_level = "info";
  bool log_json = false;
  std::string time_zone = "UTC";
  uint64_t max_body_bytes = uint64_t{10} * 1024 * 1024;
  unsigned threads = 0;  // 0: one per core
  bool lenient_query = false;
  bool lenient_writes = false;
  bool refuse_invoice_create = false;  // POST /api/invoices answers 405, as Coupa's spec says
  unsigned rate_limit = 25;            // core API requests per second per key or client; 0: off
  unsigned rate_burst = 20;            // ... of which at most this many at once
  unsigned supplier_rate_limit = 100;  // supplier API calls per minute per client; 0: off
  std::string instance_url;            // the supplier API's enterprise_instance_url; empty: as called
  std::string tls_cert;                // PEM files: HTTPS when both are set
  std::string tls_key;
  // The payment-partner simulator (off by default): its settings as given,
  // and as FinishServeOptions parsed them into `simulator`.
  bool simulate_payments = false;
  int64_t payment_pace = 60;  // seconds
  std::string payment_error_rate = "0.05";
  std::string payment_cancel_rate = "0.02";
  uint64_t payment_seed = 1;
  resources::coupa_pay::SimulatorOptions simulator;
  // The flat-file pickup's schedule, as given ("5m") and parsed (0: off).
  std::string pickup_interval = "5m";
  std::chrono::seconds pickup_every{0};
  // Fault injection (off while there is no rule): the config file's [[faults]], checked.
  std::vector<FaultRule> faults;
  uint64_t fault_seed = 1;

  // Split of `listen`.
  std::string host;
  uint16_t port = 0;
};

// Declares the serve flags (each with its APBRIDGE_* variable) on `command`.
void AddServeFlags(CLI::App& command, ServeOptions& options);

// After CLI11 has parsed: fills what flags and variables left unset from the
// config file, then validates. InvalidArgument with one clear message.
[[nodiscard]] Status FinishServeOptions(const CLI::App& command, ServeOptions& options);

}  // namespace apbridge::app
