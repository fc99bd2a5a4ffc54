// ReportCommandError: the one failure line of the management commands.
#include "app/command_error.hpp"

#include <iostream>

namespace apbridge::app {

int ReportCommandError(std::string_view command, std::string_view action, const Error& e) {
  std::cerr << "apbridge " << command << " " << action << ": " << e.message << (e.details.empty() ? "" : ": ")
            << e.details << "\n";
  return e.code == ErrorCode::kInvalidArgument ? 2 : 1;
}

}  // namespace apbridge::app
