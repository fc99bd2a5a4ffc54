// Serve flags, environment variables and the TOML config file.
#include "app/serve_options.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "app/database_options.hpp"
#include "common/duration.hpp"
#include "common/text.hpp"

namespace apbridge::app {
namespace {

// Every setting: its flag, environment variable and config key, once.
struct Setting {
  const char* flag;
  const char* env;
  const char* key;
  const char* help;
};

constexpr Setting kListen{"--listen", "APBRIDGE_LISTEN", "listen",
                          "HOST:PORT to listen on (port 0: any free port)"};
constexpr Setting kDataDir{"--data-dir", "APBRIDGE_DATA_DIR", "data_dir",
                           "Directory for the database, files and demo credentials"};
constexpr Setting kDb{"--db", "APBRIDGE_DB", "db",
                      "Database URL: sqlite:PATH (default sqlite:DIR/apbridge.db) or postgresql://..."};
constexpr Setting kDemo{"--demo", "APBRIDGE_DEMO", "demo",
                        "Load the demo data set (idempotent) and write DIR/demo-credentials.json"};
constexpr Setting kConfig{"--config", "APBRIDGE_CONFIG", "config",
                          "TOML config file with any of these settings"};
constexpr Setting kLogLevel{"--log-level", "APBRIDGE_LOG_LEVEL", "log_level", "debug, info, warn or error"};
constexpr Setting kLogJson{"--log-json", "APBRIDGE_LOG_JSON", "log_json", "Log lines as JSON"};
constexpr Setting kTimeZone{"--time-zone", "APBRIDGE_TIME_ZONE", "time_zone",
                            "Instance time zone for rendered datetimes (UTC, +05:30, America/Los_Angeles)"};
constexpr Setting kMaxBody{"--max-body-bytes", "APBRIDGE_MAX_BODY_BYTES", "max_body_bytes",
                           "Largest accepted request body"};
constexpr Setting kThreads{"--threads", "APBRIDGE_THREADS", "threads", "Worker threads (0: one per core)"};
constexpr Setting kLenient{"--lenient-query", "APBRIDGE_LENIENT_QUERY", "lenient_query",
                           "Ignore unknown query attributes instead of answering 400"};
constexpr Setting kLenientWrites{"--lenient-writes", "APBRIDGE_LENIENT_WRITES", "lenient_writes",
                                 "Ignore unknown and read-only elements of a write instead of answering 400"};

constexpr Setting kRefuseInvoiceCreate{
    "--refuse-invoice-create", "APBRIDGE_REFUSE_INVOICE_CREATE", "refuse_invoice_create",
    "Answer POST /api/invoices with 405 and the spec's \"Coupa doesn't support POST of invoices\", as an "
    "older Coupa does, instead of creating a draft"};

constexpr Setting kRateLimit{
    "--rate-limit", "APBRIDGE_RATE_LIMIT", "rate_limit",
    "Core API requests per second per API key or OAuth2 client (0: no limit, for load "
    "tests); over it: 429 with Retry-After"};
constexpr Setting kRateBurst{"--rate-burst", "APBRIDGE_RATE_BURST", "rate_burst",
                             "Of those, how many a caller may send at once"};

constexpr Setting kSupplierRateLimit{"--supplier-rate-limit", "APBRIDGE_SUPPLIER_RATE_LIMIT",
                                     "supplier_rate_limit",
                                     "Supplier API calls per minute per OAuth2 client (0: no limit)"};
constexpr Setting kInstanceUrl{
    "--instance-url", "APBRIDGE_INSTANCE_URL", "instance_url",
    "The supplier API's enterprise_instance_url (default: the URL the client called)"};
constexpr Setting kTlsCert{"--tls-cert", "APBRIDGE_TLS_CERT", "tls_cert",
                           "PEM certificate chain: serve HTTPS (with --tls-key)"};
constexpr Setting kTlsKey{"--tls-key", "APBRIDGE_TLS_KEY", "tls_key", "PEM private key of --tls-cert"};
constexpr Setting kSimulatePayments{
    "--simulate-payments", "APBRIDGE_SIMULATE_PAYMENTS", "simulate_payments",
    "Run the payment-partner simulator: Coupa Pay payments move draft -> approved -> payment_initiated -> "
    "payment_in_progress -> completed_successfully, completed_with_errors or cancelled"};
constexpr Setting kPaymentPace{"--payment-pace", "APBRIDGE_PAYMENT_PACE", "payment_pace",
                               "Seconds a payment stays in a status before the simulator moves it on"};
constexpr Setting kPaymentErrorRate{"--payment-error-rate", "APBRIDGE_PAYMENT_ERROR_RATE",
                                    "payment_error_rate",
                                    "Share of simulated payments completed_with_errors (0 to 1, e.g. 0.05)"};
constexpr Setting kPaymentCancelRate{"--payment-cancel-rate", "APBRIDGE_PAYMENT_CANCEL_RATE",
                                     "payment_cancel_rate", "Share of simulated payments cancelled (0 to 1)"};
constexpr Setting kPaymentSeed{"--payment-seed", "APBRIDGE_PAYMENT_SEED", "payment_seed",
                               "Seed of the simulator: one seed, one fate per payment"};
constexpr Setting kPickupInterval{
    "--pickup-interval", "APBRIDGE_PICKUP_INTERVAL", "pickup_interval",
    "How often files in Incoming/ are picked up (30s, 5m, 1h; 0: never, use apbridge import)"};
constexpr Setting kFaultSeed{"--fault-seed", "APBRIDGE_FAULT_SEED", "fault_seed",
                             "Seed of fault injection ([[faults]] rules, /admin/faults): one seed, one run"};
// [[faults]]: the fault injection rules (a table array, config file only).
constexpr std::string_view kFaultsKey = "faults";

constexpr const Setting* kAll[] = {&kListen,
                                   &kDataDir,
                                   &kDb,
                                   &kDemo,
                                   &kConfig,
                                   &kLogLevel,
                                   &kLogJson,
                                   &kTimeZone,
                                   &kMaxBody,
                                   &kThreads,
                                   &kLenient,
                                   &kLenientWrites,
                                   &kRefuseInvoiceCreate,
                                   &kRateLimit,
                                   &kRateBurst,
                                   &kSupplierRateLimit,
                                   &kInstanceUrl,
                                   &kTlsCert,
                                   &kTlsKey,
                                   &kSimulatePayments,
                                   &kPaymentPace,
                                   &kPaymentErrorRate,
                                   &kPaymentCancelRate,
                                   &kPaymentSeed,
                                   &kPickupInterval,
                                   &kFaultSeed};

template <class T>
void AddOption(CLI::App& command, const Setting& s, T& target) {
  command.add_option(s.flag, target, s.help)->envname(s.env)->capture_default_str();
}

void AddFlag(CLI::App& command, const Setting& s, bool& target) {
  command.add_flag(s.flag, target, s.help)->envname(s.env);
}

Error ConfigError(const std::string& file, const std::string& why) {
  return InvalidArgument("config file " + file + ": " + why);
}

// Reads `key` from the table into `target` unless the flag or variable set it.
template <class T>
Status FromConfig(const CLI::App& command, const toml::table& table, const Setting& s,
                  const std::string& file, T& target) {
  const toml::node* node = table.get(s.key);
  if (node == nullptr || command.get_option(s.flag)->count() > 0) return Ok();
  if constexpr (std::is_same_v<T, bool>) {
    if (auto v = node->value<bool>()) {
      target = *v;
      return Ok();
    }
  } else if constexpr (std::is_integral_v<T>) {
    if (auto v = node->value<int64_t>(); v && *v >= 0) {
      target = static_cast<T>(*v);
      return Ok();
    }
  } else {
    if (auto v = node->value<std::string>()) {
      target = *v;
      return Ok();
    }
  }
  return Fail(ConfigError(file, std::string("'") + s.key + "' has the wrong type"));
}

// A rate from the config file: a string, or a TOML number written back in
// its shortest exact form (0.05 -> "0.05"), so ParseRate sees the digits the
// file holds and no binary fraction decides.
Status RateFromConfig(const CLI::App& command, const toml::table& table, const Setting& s,
                      const std::string& file, std::string& target) {
  const toml::node* node = table.get(s.key);
  if (node == nullptr || command.get_option(s.flag)->count() > 0) return Ok();
  if (node->is_floating_point() || node->is_integer()) {
    target = node->is_integer() ? fmt::format("{}", *node->value<int64_t>())
                                : fmt::format("{}", *node->value<double>());
    return Ok();
  }
  return FromConfig(command, table, s, file, target);
}

// [[faults]] method = "GET" path = "/api/invoices/*" status = 503 rate = 0.2:
// each key read by SetFaultRuleKey, as POST /admin/faults reads it.
Status FaultRulesFromConfig(const toml::table& table, const std::string& file,
                            std::vector<FaultRule>& rules) {
  const toml::node* node = table.get(kFaultsKey);
  if (node == nullptr) return Ok();
  const toml::array* array = node->as_array();
  if (array == nullptr) return Fail(ConfigError(file, "'faults' must be an array of tables ([[faults]])"));
  for (size_t i = 0; i < array->size(); ++i) {
    auto bad = [&](const Error& e) {
      return ConfigError(file, fmt::format("[[faults]] {}: {}", i + 1, e.message));
    };
    const toml::table* entry = array->get(i)->as_table();
    if (entry == nullptr) return Fail(ConfigError(file, "'faults' must be an array of tables ([[faults]])"));
    FaultRule rule;
    for (const auto& [key, value] : *entry) {
      FaultValue v;
      if (auto b = value.value_exact<bool>()) {
        v = *b;
      } else if (auto n = value.value_exact<int64_t>()) {
        v = *n;
      } else if (auto d = value.value_exact<double>()) {
        v = *d;
      } else if (auto t = value.value_exact<std::string>()) {
        v = *t;
      } else {
        return Fail(
            bad(InvalidArgument(fmt::format("'{}' must be a string, a number or true/false", key.str()))));
      }
      if (auto st = SetFaultRuleKey(rule, key.str(), v); !st) return Fail(bad(st.error()));
    }
    if (auto st = CheckFaultRule(rule); !st) return Fail(bad(st.error()));
    rules.push_back(std::move(rule));
  }
  return Ok();
}

Status LoadConfig(const CLI::App& command, ServeOptions& o) {
  toml::table table;
  try {
    table = toml::parse_file(o.config);
  } catch (const toml::parse_error& e) {
    return Fail(ConfigError(o.config, std::string(e.description())));
  }
  for (const auto& [key, value] : table) {
    bool known = false;
    for (const Setting* s : kAll) known = known || key.str() == s->key;
    known = known || key.str() == kFaultsKey;
    if (!known || key.str() == "config") {
      return Fail(ConfigError(o.config, "unknown setting '" + std::string(key.str()) + "'"));
    }
  }
  APB_TRY_STATUS(FromConfig(command, table, kListen, o.config, o.listen));
  APB_TRY_STATUS(FromConfig(command, table, kDataDir, o.config, o.data_dir));
  APB_TRY_STATUS(FromConfig(command, table, kDb, o.config, o.db));
  APB_TRY_STATUS(FromConfig(command, table, kDemo, o.config, o.demo));
  APB_TRY_STATUS(FromConfig(command, table, kLogLevel, o.config, o.log_level));
  APB_TRY_STATUS(FromConfig(command, table, kLogJson, o.config, o.log_json));
  APB_TRY_STATUS(FromConfig(command, table, kTimeZone, o.config, o.time_zone));
  APB_TRY_STATUS(FromConfig(command, table, kMaxBody, o.config, o.max_body_bytes));
  APB_TRY_STATUS(FromConfig(command, table, kThreads, o.config, o.threads));
  APB_TRY_STATUS(FromConfig(command, table, kLenient, o.config, o.lenient_query));
  APB_TRY_STATUS(FromConfig(command, table, kLenientWrites, o.config, o.lenient_writes));
  APB_TRY_STATUS(FromConfig(command, table, kRefuseInvoiceCreate, o.config, o.refuse_invoice_create));
  APB_TRY_STATUS(FromConfig(command, table, kRateLimit, o.config, o.rate_limit));
  APB_TRY_STATUS(FromConfig(command, table, kRateBurst, o.config, o.rate_burst));
  APB_TRY_STATUS(FromConfig(command, table, kSupplierRateLimit, o.config, o.supplier_rate_limit));
  APB_TRY_STATUS(FromConfig(command, table, kInstanceUrl, o.config, o.instance_url));
  APB_TRY_STATUS(FromConfig(command, table, kTlsCert, o.config, o.tls_cert));
  APB_TRY_STATUS(FromConfig(command, table, kTlsKey, o.config, o.tls_key));
  APB_TRY_STATUS(FromConfig(command, table, kSimulatePayments, o.config, o.simulate_payments));
  APB_TRY_STATUS(FromConfig(command, table, kPaymentPace, o.config, o.payment_pace));
  APB_TRY_STATUS(RateFromConfig(command, table, kPaymentErrorRate, o.config, o.payment_error_rate));
  APB_TRY_STATUS(RateFromConfig(command, table, kPaymentCancelRate, o.config, o.payment_cancel_rate));
  APB_TRY_STATUS(FromConfig(command, table, kPaymentSeed, o.config, o.payment_seed));
  APB_TRY_STATUS(FromConfig(command, table, kPickupInterval, o.config, o.pickup_interval));
  APB_TRY_STATUS(FromConfig(command, table, kFaultSeed, o.config, o.fault_seed));
  APB_TRY_STATUS(FaultRulesFromConfig(table, o.config, o.faults));
  return Ok();
}

// The simulator's settings, checked even when it is off: a bad value in a
// config file is found at the first start, not when someone turns it on.
Status FinishSimulatorOptions(ServeOptions& o) {
  if (o.payment_pace < 0 || o.payment_pace > int64_t{86400} * 365) {
    return Fail(InvalidArgument("--payment-pace must be a number of seconds from 0 to 31536000, got " +
                                std::to_string(o.payment_pace)));
  }
  namespace pay = resources::coupa_pay;
  APB_TRY(int64_t error_ppm, pay::ParseRate(o.payment_error_rate, kPaymentErrorRate.flag));
  APB_TRY(int64_t cancel_ppm, pay::ParseRate(o.payment_cancel_rate, kPaymentCancelRate.flag));
  o.simulator =
      pay::SimulatorOptions{std::chrono::seconds{o.payment_pace}, error_ppm, cancel_ppm, o.payment_seed, {}};
  if (auto valid = pay::Validate(o.simulator); !valid) {
    return Fail(
        InvalidArgument("--payment-error-rate and --payment-cancel-rate together must be at most 1, got " +
                        o.payment_error_rate + " and " + o.payment_cancel_rate));
  }
  return Ok();
}

}  // namespace

void AddServeFlags(CLI::App& command, ServeOptions& o) {
  AddOption(command, kListen, o.listen);
  AddOption(command, kDataDir, o.data_dir);
  AddOption(command, kDb, o.db);
  AddFlag(command, kDemo, o.demo);
  AddOption(command, kConfig, o.config);
  AddOption(command, kLogLevel, o.log_level);
  AddFlag(command, kLogJson, o.log_json);
  AddOption(command, kTimeZone, o.time_zone);
  AddOption(command, kMaxBody, o.max_body_bytes);
  AddOption(command, kThreads, o.threads);
  AddFlag(command, kLenient, o.lenient_query);
  AddFlag(command, kLenientWrites, o.lenient_writes);
  AddFlag(command, kRefuseInvoiceCreate, o.refuse_invoice_create);
  AddOption(command, kRateLimit, o.rate_limit);
  AddOption(command, kRateBurst, o.rate_burst);
  AddOption(command, kSupplierRateLimit, o.supplier_rate_limit);
  AddOption(command, kInstanceUrl, o.instance_url);
  AddOption(command, kTlsCert, o.tls_cert);
  AddOption(command, kTlsKey, o.tls_key);
  AddFlag(command, kSimulatePayments, o.simulate_payments);
  AddOption(command, kPaymentPace, o.payment_pace);
  AddOption(command, kPaymentErrorRate, o.payment_error_rate);
  AddOption(command, kPaymentCancelRate, o.payment_cancel_rate);
  AddOption(command, kPaymentSeed, o.payment_seed);
  AddOption(command, kPickupInterval, o.pickup_interval);
  AddOption(command, kFaultSeed, o.fault_seed);
}

Status FinishServeOptions(const CLI::App& command, ServeOptions& o) {
  if (!o.config.empty()) APB_TRY_STATUS(LoadConfig(command, o));
  auto colon = o.listen.rfind(':');
  int64_t port = -1;
  if (colon == std::string::npos || colon == 0 || !ParseInt64(o.listen.substr(colon + 1), &port) ||
      port < 0 || port > 65535) {
    return Fail(InvalidArgument("--listen must be HOST:PORT, got '" + o.listen + "'"));
  }
  o.host = o.listen.substr(0, colon);
  if (o.host.size() > 2 && o.host.front() == '[' && o.host.back() == ']')
    o.host = o.host.substr(1, o.host.size() - 2);
  o.port = static_cast<uint16_t>(port);
  if (o.max_body_bytes < 1024) return Fail(InvalidArgument("--max-body-bytes must be at least 1024"));
  if (o.threads > 256) return Fail(InvalidArgument("--threads must be at most 256"));
  if (o.rate_limit > 0 && o.rate_burst == 0) {
    return Fail(InvalidArgument("--rate-burst must be at least 1 (or turn limits off with --rate-limit 0)"));
  }
  if (o.tls_cert.empty() != o.tls_key.empty()) {
    return Fail(InvalidArgument("--tls-cert and --tls-key go together: give both for HTTPS, or neither"));
  }
  if (o.data_dir.empty()) return Fail(InvalidArgument("--data-dir must not be empty"));
  o.db = DatabaseUrl(o.data_dir, o.db);
  APB_TRY(o.pickup_every, ParseDuration(o.pickup_interval, kPickupInterval.flag));
  return FinishSimulatorOptions(o);
}

}  // namespace apbridge::app
