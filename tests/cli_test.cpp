// The binary's command line and lifecycle: help, bad flags and config (exit 2),
// the ready line, SIGTERM (exit 0), the bootstrap admin key, restart with data kept.
#include <gtest/gtest.h>

#include <fstream>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/text_search.hpp"

namespace apbridge::testing {
namespace {

TEST(CliTest, HelpOnEverySubcommand) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"--help"}, {"serve", "--help"}}) {
    std::string out;
    EXPECT_EQ(RunToCompletion(args, &out), 0) << out;
    EXPECT_NE(out.find("--"), std::string::npos) << out;
  }
  std::string out;
  RunToCompletion({"serve", "--help"}, &out);
  for (const char* flag : {"--listen", "--data-dir", "--db", "--demo", "--config", "APBRIDGE_LISTEN"}) {
    EXPECT_NE(out.find(flag), std::string::npos) << flag;
  }
}

TEST(CliTest, BadInputExitsTwoWithOneMessage) {
  auto dir = std::filesystem::temp_directory_path() / ("apbridge-cli-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "bad.toml") << "listen = \n";
    std::ofstream(dir / "unknown.toml") << "lisen = \"127.0.0.1:1\"\n";
    std::ofstream(dir / "type.toml") << "threads = \"many\"\n";
  }
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{"serve", "--no-such-flag"}, "no-such-flag"},
      {{"serve", "--listen", "nonsense"}, "HOST:PORT"},
      {{"serve", "--listen", "127.0.0.1:99999"}, "HOST:PORT"},
      {{"serve", "--threads", "x"}, "threads"},
      {{"serve", "--config", (dir / "bad.toml").string()}, "config file"},
      {{"serve", "--config", (dir / "unknown.toml").string()}, "unknown setting 'lisen'"},
      {{"serve", "--config", (dir / "type.toml").string()}, "'threads' has the wrong type"},
      {{"serve", "--config", (dir / "missing.toml").string()}, "config file"},
      {{"frobnicate"}, "subcommand"},
  };
  for (const auto& c : cases) {
    std::string out;
    EXPECT_EQ(RunToCompletion(c.args, &out), 2) << c.args.back() << "\n" << out;
    EXPECT_NE(out.find(c.message), std::string::npos) << out;
  }
  std::filesystem::remove_all(dir);
}

TEST(CliTest, ServesStopsCleanlyAndKeepsData) {
  const std::string key = "cli-test-admin-key-0123456789";
  ServerProcess server({}, {{"APBRIDGE_ADMIN_API_KEY", key}});
  ASSERT_TRUE(server.ready()) << server.log();
  EXPECT_EQ(Send("GET", server.base_url() + "/healthz", {}, "").status, 200);
  EXPECT_EQ(Send("GET", server.base_url() + "/readyz", {}, "").status, 200);
  auto unauthorised = Send("GET", server.base_url() + "/api/invoices", {}, "");
  EXPECT_EQ(unauthorised.status, 401);
  EXPECT_NE(unauthorised.body.find("<errors>"), std::string::npos) << unauthorised.body;
  auto wrong = Send("GET", server.base_url() + "/api/invoices", {"X-COUPA-API-KEY: wrong"}, "");
  EXPECT_EQ(wrong.status, 401);
  // An empty database: XML says no results (404), JSON says [].
  EXPECT_EQ(Send("GET", server.base_url() + "/api/invoices", {"X-COUPA-API-KEY: " + key}, "").status, 404);
  auto json = Send("GET", server.base_url() + "/api/invoices",
                   {"X-COUPA-API-KEY: " + key, "Accept: application/json"}, "");
  EXPECT_EQ(json.status, 200);
  EXPECT_EQ(json.body, "[]");
  EXPECT_EQ(server.Stop(), 0);
  EXPECT_NE(server.log().find("stopped"), std::string::npos) << server.log();
}

TEST(CliTest, FiltersAddListRemove) {
  auto dir = std::filesystem::temp_directory_path() / ("apbridge-filters-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const std::string data_dir = dir.string();
  const std::string fields = R"(["id","invoice-number",{"supplier":["name"]}])";
  struct Step {
    std::vector<std::string> args;
    int exit_code;
    std::string output;  // contained in stdout+stderr
  };
  const Step steps[] = {
      {{"filters", "list", "--data-dir", data_dir}, 0, "no response filters"},
      {{"filters", "add", "erp", "--resource", "invoices", "--fields", fields, "--description", "ERP export",
        "--data-dir", data_dir},
       0,
       "added response filter erp for invoices"},
      // The database flags also work before the action.
      {{"filters", "--data-dir", data_dir, "add", "pay", "--resource", "coupa_pay/payments", "--fields",
        R"(["id"])"},
       0,
       "added response filter pay"},
      {{"filters", "add", "ERP", "--resource", "invoices", "--fields", R"(["id"])", "--data-dir", data_dir},
       1,
       "apbridge filters add: a response filter named 'erp' already exists"},
      {{"filters", "add", "bad name", "--resource", "invoices", "--fields", R"(["id"])", "--data-dir",
        data_dir},
       2,
       "'bad name' is not a valid filter name"},
      {{"filters", "add", "x", "--resource", "invoices", "--fields", R"(["nope"])", "--data-dir", data_dir},
       2,
       "'nope' is not a field of invoice-header"},
      {{"filters", "add", "x", "--resource", "suppliers", "--fields", R"(["id"])", "--data-dir", data_dir},
       2,
       "'suppliers' is not a resource"},
      {{"filters", "add", "x", "--fields", R"(["id"])", "--data-dir", data_dir}, 2, "--resource is required"},
      {{"filters", "--data-dir", data_dir}, 2, "subcommand"},
      {{"filters", "list", "--data-dir", data_dir}, 0, "erp   invoices            ERP export   " + fields},
      {{"filters", "remove", "erp", "--data-dir", data_dir}, 0, "removed response filter erp"},
      {{"filters", "remove", "erp", "--data-dir", data_dir}, 1, "no response filter named 'erp'"},
  };
  for (const Step& step : steps) {
    std::string out;
    EXPECT_EQ(RunToCompletion(step.args, &out), step.exit_code) << step.args[1] << " " << step.args[2] << "\n"
                                                                << out;
    EXPECT_NE(out.find(step.output), std::string::npos) << out;
  }
  std::string out;
  EXPECT_EQ(RunToCompletion({"filters", "add", "--help"}, &out), 0) << out;
  EXPECT_NE(out.find("--resource"), std::string::npos) << out;
  out.clear();
  EXPECT_EQ(RunToCompletion({"filters", "list", "--data-dir", data_dir}, &out), 0);
  EXPECT_EQ(out.find("erp "), std::string::npos) << out;
  EXPECT_NE(out.find("pay "), std::string::npos) << out;
  std::filesystem::remove_all(dir);
}

TEST(CliTest, SeedAddsDataTheServerServes) {
  auto dir = std::filesystem::temp_directory_path() / ("apbridge-seed-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::string out;
  ASSERT_EQ(RunToCompletion({"seed", "--data-dir", dir.string(), "--invoices", "25", "--payments", "10",
                             "--seed", "3", "--quiet"},
                            &out),
            0)
      << out;
  EXPECT_NE(out.find("seeded 25 invoices (ids 10000-10024), 10 Coupa Pay payments, 2000 suppliers added"),
            std::string::npos)
      << out;
  EXPECT_EQ(RunToCompletion({"seed", "--data-dir", dir.string(), "--invoices", "-3"}, &out), 2) << out;
  EXPECT_NE(out.find("--invoices"), std::string::npos) << out;

  const std::string key = "cli-test-admin-key-0123456789";
  ServerProcess server({"--db", "sqlite:" + (dir / "apbridge.db").string()},
                       {{"APBRIDGE_ADMIN_API_KEY", key}});
  ASSERT_TRUE(server.ready()) << server.log();
  const std::vector<std::string> headers = {"X-COUPA-API-KEY: " + key, "Accept: application/json"};
  auto invoices = Send("GET", server.base_url() + "/api/invoices?fields=[%22id%22]", headers, "");
  EXPECT_EQ(invoices.status, 200);
  EXPECT_EQ(Occurrences(invoices.body, "\"id\""), 25u) << invoices.body;
  auto payments = Send("GET", server.base_url() + "/api/coupa_pay/payments?fields=[%22id%22]", headers, "");
  EXPECT_EQ(payments.status, 200);
  EXPECT_EQ(Occurrences(payments.body, "\"id\""), 10u) << payments.body;
  EXPECT_EQ(server.Stop(), 0);
  std::filesystem::remove_all(dir);
}

TEST(CliTest, CustomFieldsAddListRemoveAndTheServerRendersAndQueriesThem) {
  auto dir = std::filesystem::temp_directory_path() / ("apbridge-custom-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  const std::string data_dir = dir.string();
  struct Step {
    std::vector<std::string> args;
    int exit_code;
    std::string output;  // contained in stdout+stderr
  };
  const Step steps[] = {
      {{"custom-fields", "list", "--data-dir", data_dir}, 0, "no custom fields"},
      {{"custom-fields", "add", "invoice-header", "erp_document_number", "--data-dir", data_dir},
       0,
       "added custom field erp-document-number (string) to invoice-header"},
      {{"custom-fields", "add", "invoice-header", "erp-posted", "--type", "boolean", "--data-dir", data_dir},
       0,
       "added custom field erp-posted (boolean)"},
      {{"custom-fields", "add", "invoice-header", "erp-document-number", "--data-dir", data_dir},
       1,
       "custom field erp-document-number of invoice-header already exists"},
      {{"custom-fields", "add", "supplier", "x", "--data-dir", data_dir}, 2, "takes no custom fields"},
      {{"custom-fields", "add", "invoice-header", "x", "--type", "money", "--data-dir", data_dir},
       2,
       "--type: 'money' is not one of string|boolean|integer|decimal|date"},
      {{"custom-fields", "add", "invoice-line", "cost-type", "--values", "capex,opex", "--data-dir",
        data_dir},
       0,
       "added custom field cost-type"},
      {{"custom-fields", "list", "--data-dir", data_dir},
       0,
       "invoice-line    cost-type            string   capex,opex"},
      {{"custom-fields", "remove", "invoice-header", "erp-posted", "--data-dir", data_dir},
       0,
       "removed custom field erp-posted"},
      {{"custom-fields", "remove", "invoice-header", "erp-posted", "--data-dir", data_dir},
       1,
       "no custom field erp-posted of invoice-header"},
  };
  for (const Step& step : steps) {
    std::string out;
    EXPECT_EQ(RunToCompletion(step.args, &out), step.exit_code) << step.args[1] << " " << step.args[2] << "\n"
                                                                << out;
    EXPECT_NE(out.find(step.output), std::string::npos) << out;
  }

  // The demo defines these two as well: they are kept as they are.
  const std::string key = "cli-test-admin-key-0123456789";
  ServerProcess server({"--demo", "--db", "sqlite:" + (dir / "apbridge.db").string()},
                       {{"APBRIDGE_ADMIN_API_KEY", key}});
  ASSERT_TRUE(server.ready()) << server.log();
  const std::vector<std::string> headers = {"X-COUPA-API-KEY: " + key};
  const std::string base = server.base_url() + "/api/invoices";

  auto json = Send("GET", base + "/106?format=json", headers, "");
  EXPECT_EQ(json.status, 200);
  EXPECT_NE(json.body.find(R"("custom-fields":{"erp-document-number":null})"), std::string::npos)
      << json.body;
  EXPECT_NE(json.body.find(R"("custom-fields":{"cost-type":null})"), std::string::npos) << "on its lines";
  EXPECT_EQ(json.body.find("erp-posted"), std::string::npos) << "removed";
  auto xml = Send("GET", base + "/106", headers, "");
  EXPECT_NE(xml.body.find("  <custom-fields>\n    <erp-document-number nil=\"true\"/>\n  </custom-fields>\n"),
            std::string::npos)
      << xml.body;

  auto blank =
      Send("GET", base + "?custom_fields[erp_document_number][blank]=true&fields=[%22id%22]&format=json",
           headers, "");
  EXPECT_EQ(blank.status, 200) << blank.body;
  EXPECT_NE(blank.body.find(R"({"id":106})"), std::string::npos) << blank.body;
  auto none = Send("GET", base + "?custom_fields[erp_document_number]=ERP-1", headers, "");
  EXPECT_EQ(none.status, 404) << "no invoice has that number yet";
  auto unknown = Send("GET", base + "?custom_fields[nope]=1", headers, "");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("custom_fields[nope]"), std::string::npos) << unknown.body;
  auto selected = Send(
      "GET", base + "/106?format=json&fields=[%22id%22,{%22custom_fields%22:[%22erp-document-number%22]}]",
      headers, "");
  EXPECT_EQ(selected.body, R"({"id":106,"custom-fields":{"erp-document-number":null}})");

  // The ERP writes its document number back, and finds the invoice by it.
  auto written =
      Send("PUT", base + "/1000?fields=[%22id%22,{%22custom_fields%22:[%22erp-document-number%22]}]",
           {headers[0], "Content-Type: application/xml", "Accept: application/json"},
           "<invoice-header><custom-fields><erp-document-number>ERP-1</erp-document-number>"
           "</custom-fields></invoice-header>");
  EXPECT_EQ(written.status, 200) << written.body;
  EXPECT_EQ(written.body, R"({"id":1000,"custom-fields":{"erp-document-number":"ERP-1"}})");
  auto by_number = Send(
      "GET", base + "?custom_fields[erp_document_number]=erp-1&fields=[%22id%22]&format=json", headers, "");
  EXPECT_EQ(by_number.body, R"([{"id":1000}])") << "compared case-insensitively, like every text";
  auto wrong_value = Send("PUT", base + "/1000", {headers[0], "Content-Type: application/json"},
                          R"({"invoice-lines":[], "custom-fields":{"nope":"x"}})");
  EXPECT_EQ(wrong_value.status, 400) << wrong_value.body;
  EXPECT_EQ(server.Stop(), 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace apbridge::testing
