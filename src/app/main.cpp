// apbridge: one binary, git-style subcommands (serve, ...). Wiring only.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/clients_command.hpp"
#include "app/custom_fields_command.hpp"
#include "app/filters_command.hpp"
#include "app/import_command.hpp"
#include "app/keys_command.hpp"
#include "app/payrun_command.hpp"
#include "app/seed_command.hpp"
#include "app/serve.hpp"
#include "app/stop_signals.hpp"

namespace {

int Run(int argc, char** argv) {
  CLI::App app{"apbridge: a Coupa-compatible accounts-payable server and ERP connector"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "apbridge 0.1.0");

  apbridge::app::ServeOptions serve_options;
  CLI::App* serve = app.add_subcommand("serve", "Run the Coupa-compatible server");
  apbridge::app::AddServeFlags(*serve, serve_options);
  apbridge::app::SeedCommand seed(app);
  apbridge::app::FiltersCommand filters(app);
  apbridge::app::CustomFieldsCommand custom_fields(app);
  apbridge::app::KeysCommand keys(app);
  apbridge::app::ClientsCommand clients(app);
  apbridge::app::PayrunCommand payrun(app);
  apbridge::app::ImportCommand import(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "apbridge: " << e.what() << "\n(run 'apbridge --help' or 'apbridge SUBCOMMAND --help')\n";
    return 2;
  }

  if (serve->parsed()) {
    if (auto s = apbridge::app::FinishServeOptions(*serve, serve_options); !s) {
      std::cerr << "apbridge serve: " << s.error().message << "\n";
      return 2;
    }
    return apbridge::app::RunServe(serve_options);
  }
  if (seed.parsed()) return seed.Run();
  if (filters.parsed()) return filters.Run();
  if (custom_fields.parsed()) return custom_fields.Run();
  if (keys.parsed()) return keys.Run();
  if (clients.parsed()) return clients.Run();
  if (payrun.parsed()) return payrun.Run();
  if (import.parsed()) return import.Run();
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  // Block the stop signals before any thread starts, so that only the serve
  // loop's sigwait receives them.
  apbridge::app::BlockStopSignals();
  // Exceptions are bugs or fatal start-up failures: say so, never abort silently.
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "apbridge: fatal: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "apbridge: fatal: unknown exception\n";
  }
  return 1;
}
