// SIGINT and SIGTERM: main() blocks them before any thread starts, serve
// waits for them with sigwait, the other subcommands unblock them.
#pragma once

#include <csignal>

namespace apbridge::app {

// The set {SIGINT, SIGTERM}.
[[nodiscard]] sigset_t StopSignals();
// Blocks them in the calling thread (and the threads it starts later).
void BlockStopSignals();
// Unblocks them in the calling thread, so their handlers (or the default
// action, ending the process) run again.
void UnblockStopSignals();

}  // namespace apbridge::app
