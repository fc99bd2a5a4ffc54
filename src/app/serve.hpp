// `apbridge serve`: wires store, resources, api and http, and runs until signalled.
#pragma once

#include "app/serve_options.hpp"

namespace apbridge::app {

// Runs the server; returns the process exit code (0 after a clean stop on
// SIGTERM/SIGINT, 1 when start-up fails). Expects SIGTERM and SIGINT to be
// blocked in every thread (main does that before anything starts threads).
int RunServe(const ServeOptions& options);

}  // namespace apbridge::app
