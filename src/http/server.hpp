// The HTTP server: RESTinio on a thread pool, feeding a Router. RESTinio stays
// inside server.cpp; callers see only apbridge types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "http/router.hpp"

namespace apbridge::http {

// PEM files of a TLS server: the certificate chain and its private key.
struct TlsFiles {
  std::string certificate_file;
  std::string private_key_file;
};

struct ServerOptions {
  std::string host = "127.0.0.1";  // an IPv4/IPv6 address, or "localhost"
  uint16_t port = 8080;            // 0: the OS chooses; Start() returns it
  size_t threads = 0;              // 0: std::thread::hardware_concurrency()
  // Larger bodies are answered 413 (in the route's error format) and reach no handler.
  size_t max_body_bytes = size_t{10} * 1024 * 1024;
  // RESTinio's own limit (0: 2 * max_body_bytes). A body above it is not read:
  // RESTinio closes the connection without any response (the client sees a
  // reset or EOF), because RESTinio 0.6 cannot answer before it has the body.
  size_t hard_body_limit_bytes = 0;
  // HTTPS (TLS 1.2 and later) when set; plain HTTP otherwise.
  std::optional<TlsFiles> tls;
};

// Serves `router` over HTTP/1.1. Start and Stop may be called from any thread
// (not from a handler); they are serialised. A server starts once.
// Every response carries X-Request-Id; each request logs one access line at
// info level (method, path, status, body bytes, duration, request id).
class Server {
 public:
  Server(ServerOptions options, std::shared_ptr<const Router> router);
  ~Server();  // Stop()
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds, listens and starts the pool; returns the port actually bound.
  // InvalidArgument: host is not an address, or a TLS file does not load.
  // Unavailable: cannot bind/listen
  // (port in use, ...). Internal: Start called twice.
  [[nodiscard]] Result<uint16_t> Start();

  // Stops accepting, lets requests already being handled finish and their
  // responses be written, then stops the pool and returns. Requests that arrive
  // meanwhile on open keep-alive connections are answered with
  // "Connection: close"; a request still being received is dropped. Idempotent.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace apbridge::http
