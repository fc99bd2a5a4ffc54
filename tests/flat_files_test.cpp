// The flat-file route against the real binary: files dropped in
// Incoming/Invoice Payments are picked up by `apbridge serve
// --pickup-interval 1s`, applied, archived and listed at
// /api/data_file_sources; bad files are reported with their reason while the
// server keeps running; a server killed (SIGKILL) in the middle of a file and
// restarted pays every row exactly once; two servers sharing one database
// load each file once; `apbridge import` loads a file on demand.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/time.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>

#include "support/http_client.hpp"
#include "support/json_text.hpp"
#include "support/server_process.hpp"

namespace apbridge::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kKey = "flat-files-test-admin-key-0123456789";
constexpr auto kBound = std::chrono::seconds{120};
constexpr std::string_view kHeader =
    "Supplier Name,Invoice Number,Invoice Date,Check Amount Paid,Check # / Note,Check Payment Date,Paid\r\n";

// The demo's approved, unpaid invoices: supplier name, number, id.
struct DemoInvoice {
  const char* supplier;
  const char* number;
  int64_t id;
};
constexpr DemoInvoice kUnpaid[] = {{"12345", "test1234536", 106},
                                   {"Northwind Office Supplies", "NW-19-04412", 1000},
                                   {"Globex Logistics", "GBX-190611", 1001},
                                   {"Initech Software", "INI-2019-0788", 1002}};

std::vector<std::string> Args() { return {"--demo", "--pickup-interval", "1s"}; }
std::map<std::string, std::string> Env() { return {{"APBRIDGE_ADMIN_API_KEY", kKey}}; }

std::string Get(const ServerProcess& server, const std::string& target) {
  HttpResult r = Send("GET", server.base_url() + target,
                      {std::string("X-COUPA-API-KEY: ") + kKey, "Accept: application/json"}, "");
  EXPECT_EQ(r.status, 200) << target << ": " << r.body.substr(0, 300);
  return r.body;
}

// Drops `bytes` as `name` the way an SFTP client should: under a .tmp name, renamed when complete.
void Drop(const fs::path& data_dir, const std::string& folder, const std::string& name,
          std::string_view bytes) {
  const fs::path dir = data_dir / "Incoming" / folder;
  fs::create_directories(dir);
  const fs::path tmp = dir / (name + ".tmp");
  std::ofstream(tmp, std::ios::binary) << bytes;
  fs::rename(tmp, dir / name);
}

// The integer at `key` of `e`, 0 when missing.
int64_t IntAt(simdjson::dom::element e, const char* key) {
  int64_t v = 0;
  if (e[key].get(v) != simdjson::SUCCESS) return 0;
  return v;
}

struct Load {
  int64_t id = 0;
  std::string file_name, status, error_message;
  int64_t rows = 0, rows_done = 0, created = 0, skipped = 0, errored = 0;
  std::vector<std::pair<int64_t, std::string>> row_errors;
};

std::vector<Load> Loads(const ServerProcess& server) {
  const std::string body = Get(server, "/api/data_file_sources?limit=50&order_by=id");
  std::vector<Load> out;
  simdjson::dom::parser parser;
  simdjson::dom::array list;
  if (parser.parse(body).get(list) != simdjson::SUCCESS) return out;
  for (simdjson::dom::element e : list) {
    Load l;
    l.id = IntAt(e, "id");
    l.file_name = JsonText(e, {"file-name"});
    l.status = JsonText(e, {"status"});
    l.error_message = JsonText(e, {"error-message"});
    l.rows = IntAt(e, "rows");
    l.rows_done = IntAt(e, "rows-done");
    l.created = IntAt(e, "created-count");
    l.skipped = IntAt(e, "skipped-count");
    l.errored = IntAt(e, "errored-count");
    simdjson::dom::array errors;
    if (e["row-errors"].get(errors) == simdjson::SUCCESS) {
      for (simdjson::dom::element x : errors) {
        int64_t row = 0;
        row = IntAt(x, "row");
        l.row_errors.emplace_back(row, JsonText(x, {"message"}));
      }
    }
    out.push_back(std::move(l));
  }
  return out;
}

// Polls the loads (with a bound, never a fixed sleep) until `done` holds.
std::vector<Load> WaitForLoads(const ServerProcess& server,
                               const std::function<bool(const std::vector<Load>&)>& done) {
  const auto deadline = std::chrono::steady_clock::now() + kBound;
  std::vector<Load> loads;
  while (std::chrono::steady_clock::now() < deadline) {
    loads = Loads(server);
    if (done(loads)) return loads;
    std::this_thread::sleep_for(std::chrono::milliseconds{100});
  }
  ADD_FAILURE() << "the loads did not get there in time; log:\n" << server.log().substr(0, 4000);
  return loads;
}

bool AllFinished(const std::vector<Load>& loads, size_t count) {
  if (loads.size() < count) return false;
  for (const Load& l : loads) {
    if (l.status == "processing" || l.status == "pending") return false;
  }
  return true;
}

const Load* Named(const std::vector<Load>& loads, const std::string& name) {
  for (const Load& l : loads) {
    if (l.file_name == name) return &l;
  }
  return nullptr;
}

// The notes of invoice `id`'s payments, each as often as it was recorded.
std::multiset<std::string> PaymentNotes(const ServerProcess& server, int64_t id) {
  const std::string body = Get(server, fmt::format("/api/invoices/{}", id));
  std::multiset<std::string> notes;
  simdjson::dom::parser parser;
  simdjson::dom::element invoice;
  if (parser.parse(body).get(invoice) != simdjson::SUCCESS) return notes;
  simdjson::dom::array payments;
  if (invoice["payments"].get(payments) != simdjson::SUCCESS) return notes;
  for (simdjson::dom::element p : payments) notes.insert(JsonText(p, {"notes"}));
  return notes;
}

std::string PaymentRows(int count, const std::string& prefix) {
  std::string bytes(kHeader);
  for (int i = 0; i < count; ++i) {
    const DemoInvoice& inv = kUnpaid[i % std::size(kUnpaid)];
    bytes += fmt::format("{},{},,{}.{:02},{}-{},2026-12-01,No\r\n", inv.supplier, inv.number, 1 + i % 90,
                         i % 100, prefix, i);
  }
  return bytes;
}

TEST(FlatFilesServe, TheSpecsCsvRoutePaysTheInvoiceArchivesTheFileAndListsTheLoad) {
  ServerProcess server(Args(), Env());
  ASSERT_TRUE(server.ready()) << server.log();
  // As erp-payment-update.txt's sample: invoice 106 of supplier 12345, paid in full.
  Drop(server.data_dir(), "Invoice Payments", "create_invoice_payment.csv",
       std::string("\xEF\xBB\xBF") + std::string(kHeader) +
           "12345,test1234536,06/10/2016,1250.40,\"Check 7781, \"\"final\"\"\",2026-12-01,Yes\r\n");
  Drop(server.data_dir(), "InvoicePayments", "other-spelling.csv",
       std::string(kHeader) + "Northwind Office Supplies,NW-19-04412,,10.00,CHK-2,2026-12-01,No\r\n");
  auto loads = WaitForLoads(server, [](const auto& l) { return AllFinished(l, 2); });
  const Load* spec = Named(loads, "create_invoice_payment.csv");
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->status, "completed");
  EXPECT_EQ(spec->rows, 1);
  EXPECT_EQ(spec->created, 1);
  const Load* other = Named(loads, "other-spelling.csv");
  ASSERT_NE(other, nullptr);
  EXPECT_EQ(other->status, "completed");

  EXPECT_EQ(PaymentNotes(server, 106).count("Check 7781, \"final\""), 1u);
  const std::string invoice = Get(server, "/api/invoices/106?fields=[\"paid\",\"payment-date\"]");
  EXPECT_NE(invoice.find("\"paid\":true"), std::string::npos) << invoice;
  EXPECT_EQ(PaymentNotes(server, 1000).count("CHK-2"), 1u);
  EXPECT_TRUE(fs::exists(server.data_dir() / "Archive/Incoming/Invoice Payments/create_invoice_payment.csv"));
  EXPECT_TRUE(fs::exists(server.data_dir() / "Archive/Incoming/InvoicePayments/other-spelling.csv"));
  EXPECT_FALSE(fs::exists(server.data_dir() / "Incoming/Invoice Payments/create_invoice_payment.csv"));
  // The loads answer in XML too, and by the query language.
  HttpResult xml = Send("GET", server.base_url() + "/api/data_file_sources?status=completed",
                        {std::string("X-COUPA-API-KEY: ") + kKey}, "");
  EXPECT_EQ(xml.status, 200);
  EXPECT_NE(xml.body.find("<file-name>create_invoice_payment.csv</file-name>"), std::string::npos);
  EXPECT_EQ(server.Stop(), 0);
}

TEST(FlatFilesServe, EveryBadFileIsReportedWithItsReasonAndTheServerKeepsRunning) {
  ServerProcess server(Args(), Env());
  ASSERT_TRUE(server.ready()) << server.log();
  const fs::path data = server.data_dir();
  const std::string good = "12345,test1234536,,5.00,CHK-GOOD,2026-12-01,No\r\n";
  Drop(data, "Invoice Payments", "1-bad-header.csv", "Supplier,Amount\r\n12345,5\r\n");
  Drop(data, "Invoice Payments", "2-broken-quote.csv",
       std::string(kHeader) + good + "12345,\"test1234536,,5,C,2026-12-01,No\r\n");
  Drop(data, "Invoice Payments", "3-rows.csv",
       std::string(kHeader) + "12345,test1234536,,five,CHK-X,2026-12-01,No\r\n" +
           "Nobody Ltd,INV-1,,5.00,CHK-Y,2026-12-01,No\r\n" +
           "12345,test1234536,,5.00,CHK-Z,2026-12-01,No\r\n");
  Drop(data, "Invoice Payments", "4-binary.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Drop(data, "Invoice Payments", "5-empty.csv", "");
  const timeval old[2] = {{1'000'000'000, 0}, {1'000'000'000, 0}};
  ASSERT_EQ(utimes((data / "Incoming/Invoice Payments/5-empty.csv").c_str(), old), 0);
  // Still being written: a .tmp name is never taken.
  std::ofstream(data / "Incoming/Invoice Payments/6-uploading.csv.tmp") << kHeader;

  auto loads = WaitForLoads(server, [](const auto& l) { return AllFinished(l, 5); });
  ASSERT_EQ(loads.size(), 5u);
  auto expect_failed = [&](const std::string& name, const std::string& reason) {
    const Load* l = Named(loads, name);
    ASSERT_NE(l, nullptr) << name;
    EXPECT_EQ(l->status, "failed") << name;
    EXPECT_NE(l->error_message.find(reason), std::string::npos) << name << ": " << l->error_message;
    EXPECT_EQ(l->created, 0) << name;
  };
  expect_failed("1-bad-header.csv", "Supplier");
  expect_failed("2-broken-quote.csv", "row 3");
  expect_failed("4-binary.csv", "UTF-8");
  expect_failed("5-empty.csv", "empty");
  const Load* rows = Named(loads, "3-rows.csv");
  ASSERT_NE(rows, nullptr);
  EXPECT_EQ(rows->status, "completed_with_errors");
  EXPECT_EQ(rows->created, 1);
  ASSERT_EQ(rows->row_errors.size(), 2u);
  EXPECT_EQ(rows->row_errors[0].first, 2);
  EXPECT_EQ(rows->row_errors[0].second, "Check Amount Paid: 'five' is not a number");
  EXPECT_EQ(rows->row_errors[1].first, 3);
  EXPECT_NE(rows->row_errors[1].second.find("Nobody Ltd"), std::string::npos);

  // Nothing of the refused files was applied: CHK-GOOD came only in them.
  EXPECT_EQ(PaymentNotes(server, 106).count("CHK-GOOD"), 0u);
  EXPECT_EQ(PaymentNotes(server, 106).count("CHK-Z"), 1u);
  EXPECT_TRUE(fs::exists(data / "Incoming/Invoice Payments/6-uploading.csv.tmp"));
  EXPECT_EQ(Send("GET", server.base_url() + "/healthz", {}, "").status, 200);
  EXPECT_EQ(server.Stop(), 0);
}

TEST(FlatFilesServe, AServerKilledMidFileAndRestartedPaysEveryRowExactlyOnce) {
  const fs::path data = fs::temp_directory_path() / fmt::format("apbridge-ff-kill-{}", getpid());
  fs::remove_all(data);
  fs::create_directories(data);
  constexpr int kRows = 1200;
  {
    ServerProcess first(Args(), Env(), data);
    ASSERT_TRUE(first.ready()) << first.log();
    Drop(data, "Invoice Payments", "big.csv", PaymentRows(kRows, "KILL"));
    // Killed once some rows, not all, are in.
    auto loads = WaitForLoads(first, [](const auto& l) { return !l.empty() && l[0].rows_done >= 50; });
    ASSERT_FALSE(loads.empty());
    first.Kill();
    ASSERT_LT(loads[0].rows_done, kRows) << "the load finished before the kill: make the file longer";
  }
  ServerProcess second(Args(), Env(), data);
  ASSERT_TRUE(second.ready()) << second.log();
  auto loads = WaitForLoads(second, [](const auto& l) { return AllFinished(l, 1); });
  ASSERT_EQ(loads.size(), 1u) << "the same load resumed, not a second one";
  EXPECT_EQ(loads[0].status, "completed");
  EXPECT_EQ(loads[0].created, kRows);
  EXPECT_EQ(loads[0].skipped, 0) << "a row applied twice would have been skipped the second time";
  size_t payments = 0;
  for (const DemoInvoice& inv : kUnpaid) {
    for (const std::string& note : PaymentNotes(second, inv.id)) {
      if (note.starts_with("KILL-")) ++payments;
    }
  }
  EXPECT_EQ(payments, static_cast<size_t>(kRows));
  EXPECT_EQ(second.Stop(), 0);
  fs::remove_all(data);
}

TEST(FlatFilesServe, TwoServersOnOneDatabaseLoadEachFileOnce) {
  const fs::path data = fs::temp_directory_path() / fmt::format("apbridge-ff-two-{}", getpid());
  fs::remove_all(data);
  fs::create_directories(data);
  {
    ServerProcess a(Args(), Env(), data);
    ASSERT_TRUE(a.ready()) << a.log();
    ServerProcess b(Args(), Env(), data);
    ASSERT_TRUE(b.ready()) << b.log();
    constexpr int kFiles = 6;
    for (int f = 0; f < kFiles; ++f) {
      Drop(data, "Invoice Payments", fmt::format("f{}.csv", f), PaymentRows(20, fmt::format("TWO{}", f)));
    }
    auto loads = WaitForLoads(a, [&](const auto& l) {
      return AllFinished(l, kFiles) && !fs::exists(data / "Incoming/Invoice Payments/f5.csv");
    });
    EXPECT_EQ(loads.size(), static_cast<size_t>(kFiles));
    std::set<std::string> names;
    int64_t created = 0;
    for (const Load& l : loads) {
      names.insert(l.file_name);
      created += l.created;
      EXPECT_EQ(l.status, "completed") << l.file_name;
    }
    EXPECT_EQ(names.size(), static_cast<size_t>(kFiles));
    EXPECT_EQ(created, kFiles * 20);
    EXPECT_EQ(a.Stop(), 0);
    EXPECT_EQ(b.Stop(), 0);
  }
  fs::remove_all(data);
}

TEST(FlatFilesImport, ImportLoadsAFileOnceAndReportsEachRowError) {
  const fs::path data = fs::temp_directory_path() / fmt::format("apbridge-ff-import-{}", getpid());
  fs::remove_all(data);
  fs::create_directories(data);
  {
    ServerProcess demo({"--demo", "--pickup-interval", "0"}, Env(), data);  // makes the demo database
    ASSERT_TRUE(demo.ready()) << demo.log();
    EXPECT_EQ(demo.Stop(), 0);
  }
  const fs::path file = data / "payments.csv";
  std::ofstream(file, std::ios::binary)
      << std::string(kHeader) << "12345,test1234536,,3.00,IMP-1,2026-12-01,No\r\n"
      << "12345,test1234536,,3.00,IMP-2,2026-13-01,No\r\n";
  std::string out;
  const std::vector<std::string> args = {"import", "payments", file.string(), "--data-dir", data.string()};
  EXPECT_EQ(RunToCompletion(args, &out), 1) << out;
  EXPECT_NE(out.find("completed_with_errors"), std::string::npos) << out;
  EXPECT_NE(out.find("row 3: Check Payment Date: '2026-13-01'"), std::string::npos) << out;
  EXPECT_EQ(RunToCompletion(args, &out), 1) << out;
  EXPECT_NE(out.find("loaded before"), std::string::npos) << out;
  EXPECT_EQ(RunToCompletion({"import", "payments", (data / "none.csv").string(), "--data-dir", data.string()},
                            &out),
            1);
  EXPECT_NE(out.find("none.csv"), std::string::npos) << out;
  {
    ServerProcess after({"--pickup-interval", "0"}, Env(), data);
    ASSERT_TRUE(after.ready()) << after.log();
    EXPECT_EQ(PaymentNotes(after, 106).count("IMP-1"), 1u);
    EXPECT_NE(Get(after, "/api/data_file_sources").find("\"source\":\"import\""), std::string::npos);
    EXPECT_EQ(after.Stop(), 0);
  }
  fs::remove_all(data);
}

}  // namespace
}  // namespace apbridge::testing
