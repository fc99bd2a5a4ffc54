// How the management commands (filters, custom-fields, keys) report a failure:
// one line on stderr and the exit code their --help promises.
#pragma once

#include <string_view>

#include "common/error.hpp"

namespace apbridge::app {

// Prints "apbridge COMMAND ACTION: message: details" to stderr; returns 2 for
// invalid input (a usage error), 1 for anything else.
[[nodiscard]] int ReportCommandError(std::string_view command, std::string_view action, const Error& e);

}  // namespace apbridge::app
