// Server start-up: open and migrate the store, bootstrap keys, demo data,
// routes, listen, log "ready", wait for a signal, stop gracefully.
#include "app/serve.hpp"

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>

#include "api/routes.hpp"
#include "app/database_options.hpp"
#include "app/demo_credentials.hpp"
#include "app/payment_simulator_loop.hpp"
#include "app/pickup_loop.hpp"
#include "app/stop_signals.hpp"
#include "codec/codec.hpp"
#include "common/duration.hpp"
#include "common/log.hpp"
#include "fixtures/demo_custom_fields.hpp"
#include "fixtures/demo_data.hpp"
#include "flatfile/holder.hpp"
#include "flatfile/pickup.hpp"
#include "http/server.hpp"
#include "resources/custom_fields.hpp"
#include "resources/oauth_clients.hpp"
#include "resources/response_filters.hpp"
#include "resources/supplier_invoices.hpp"

namespace apbridge::app {
namespace {

constexpr std::string_view kDemoKeyName = "demo";

}  // namespace

int RunServe(const ServeOptions& o) {
  log::Level level = log::Level::kInfo;
  (void)log::ParseLevel(o.log_level, &level);
  log::Configure(level, o.log_json);

  auto fail = [](const Error& e) {
    log::Error("start-up failed: {}{}{}", e.message, e.details.empty() ? "" : ": ", e.details);
    return 1;
  };
  auto time_zone = TimeZone::Named(o.time_zone);
  if (!time_zone) return fail(time_zone.error());

  auto opened = OpenDatabaseWithCustomFields(o.data_dir, o.db, [&](const resources::CustomFields& fields) {
    return o.demo ? fixtures::EnsureDemoCustomFields(fields) : Ok();
  });
  if (!opened) return fail(opened.error());
  const model::Catalog& catalog = *opened->catalog;
  std::unique_ptr<storage::Store> store = std::move(opened->store);
  SystemClock clock;
  resources::ApiKeys keys(*store, catalog, clock);
  resources::OAuthClients oauth(*store, catalog, clock);
  resources::SupplierInvoices supplier_invoices(*store, catalog);
  resources::ResponseFilters filters(*store, catalog, clock, codec::ParseFieldSelection);
  resources::RecordReader reader(*store, filters);

  if (const char* admin = std::getenv("APBRIDGE_ADMIN_API_KEY"); admin != nullptr && *admin != '\0') {
    if (auto s = keys.Ensure(admin, "admin (APBRIDGE_ADMIN_API_KEY)", "*"); !s) return fail(s.error());
  }
  const std::filesystem::path credentials_file = std::filesystem::path(o.data_dir) / "demo-credentials.json";
  DemoCredentials demo;
  if (o.demo) {
    if (auto s = fixtures::LoadDemoData(*store, catalog, clock); !s) return fail(s.error());
    if (auto s = fixtures::EnsureDemoResponseFilters(filters); !s) return fail(s.error());
    demo = LoadOrCreateDemoCredentials(credentials_file);
    const resources::Actor demo_user{fixtures::DemoApiUserId()};
    if (auto s = keys.Ensure(demo.api_key, std::string(kDemoKeyName), "*", demo_user); !s)
      return fail(s.error());
    for (const DemoClient& c : demo.oauth2_clients) {
      if (auto s = oauth.Ensure(c.client_id, c.client_secret, c.name, c.scopes, demo_user); !s) {
        return fail(s.error());
      }
    }
  }

  resources::invoices::InvoiceUpdater invoice_updater(*store, catalog, clock,
                                                      resources::invoices::UpdateOptions{o.lenient_writes});
  resources::invoices::InvoiceActions invoice_actions(*store, catalog, clock);
  resources::invoices::ApprovalDecisions approval_decisions(*store, catalog, clock);
  resources::invoices::InvoiceCreator invoice_creator(*store, catalog, clock,
                                                      resources::invoices::ElementOptions{o.lenient_writes});
  api::ApiContext context{catalog,
                          *store,
                          clock,
                          keys,
                          oauth,
                          supplier_invoices,
                          reader,
                          filters,
                          invoice_updater,
                          invoice_actions,
                          approval_decisions,
                          invoice_creator,
                          codec::WriteOptions{*time_zone},
                          codec::ReadOptions{o.lenient_writes},
                          query::ParseOptions{o.lenient_query, codec::ParseFieldSelection},
                          o.refuse_invoice_create};
  std::optional<RateLimiter> core_rate_limiter;
  if (o.rate_limit > 0) {
    core_rate_limiter.emplace(RateLimit{o.rate_limit, std::chrono::seconds(1), o.rate_burst});
    context.core_rate_limiter = &*core_rate_limiter;
  }
  std::optional<RateLimiter> supplier_rate_limiter;
  if (o.supplier_rate_limit > 0) {
    supplier_rate_limiter.emplace(
        RateLimit{o.supplier_rate_limit, std::chrono::minutes(1), o.supplier_rate_limit});
    context.supplier_rate_limiter = &*supplier_rate_limiter;
  }
  context.instance_url = o.instance_url;
  FaultInjector faults(o.fault_seed);
  for (const FaultRule& rule : o.faults) {
    auto id = faults.Add(rule);
    if (!id) return fail(id.error());
    log::Warn("fault injection on: rule {}: {}", *id, DescribeFaultRule(rule));
  }
  context.faults = &faults;
  http::ServerOptions server_options;
  server_options.host = o.host;
  server_options.port = o.port;
  server_options.threads = o.threads;
  server_options.max_body_bytes = o.max_body_bytes;
  if (!o.tls_cert.empty()) server_options.tls = http::TlsFiles{o.tls_cert, o.tls_key};
  http::Server server(server_options, api::BuildRouter(context));
  auto port = server.Start();
  if (!port) return fail(port.error());

  std::string base_url = (server_options.tls ? "https://" : "http://") +
                         (o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host) + ":" +
                         std::to_string(*port);
  if (o.demo) {
    if (auto s = WriteDemoCredentials(credentials_file, demo, base_url); !s) {
      server.Stop();
      return fail(s.error());
    }
    // Secrets never go to the log (logs are kept and shipped); a person at
    // a terminal gets them there, scripts read the owner-only file.
    log::Info("demo credentials (API key, OAuth2 clients) in {}", credentials_file.string());
    if (isatty(STDOUT_FILENO) == 1) PrintDemoCredentials(std::cout, demo, base_url);
  }
  std::optional<PaymentSimulatorLoop> simulator;
  if (o.simulate_payments) {
    simulator.emplace(*store, catalog, clock, o.simulator);
    log::Info("payment simulator on: pace {}s, error rate {}, cancel rate {}, seed {}", o.payment_pace,
              o.payment_error_rate, o.payment_cancel_rate, o.payment_seed);
  }
  // The flat files: Incoming/ picked up on a schedule (folders made even
  // when it is off, so an ERP's SFTP client finds them).
  const flatfile::Folders folders(o.data_dir);
  if (auto s = folders.Ensure(); !s) return fail(s.error());
  resources::flat_files::DataFileLoads loads(*store, catalog, clock, flatfile::ThisProcessHolder());
  flatfile::Pickup pickup(folders, loads, catalog, clock, flatfile::PickupOptions{});
  std::optional<PickupLoop> pickup_loop;
  if (o.pickup_every.count() > 0) {
    pickup_loop.emplace(pickup, o.pickup_every);
    log::Info("flat-file pickup on: {} every {}", (std::filesystem::path(o.data_dir) / "Incoming").string(),
              FormatDuration(o.pickup_every));
  }
  log::Info("apbridge ready on {} (db {})", base_url, o.db);

  const sigset_t signals = StopSignals();
  int received = 0;
  sigwait(&signals, &received);
  log::Info("received {}, finishing requests in flight", received == SIGTERM ? "SIGTERM" : "SIGINT");
  if (simulator) simulator->Stop();      // the step in progress ends with its payment; then requests finish
  if (pickup_loop) pickup_loop->Stop();  // the file in progress stops after its unit; a restart resumes it
  server.Stop();
  log::Info("apbridge stopped");
  return 0;
}

}  // namespace apbridge::app
