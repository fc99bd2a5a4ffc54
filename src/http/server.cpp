// Server on RESTinio 0.6: one io_context run by our own thread pool, so that
// Stop() can close the acceptor, wait for in-flight responses, then stop.
#include "http/server.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <future>
#include <mutex>
#include <optional>
#include <restinio/all.hpp>
#include <restinio/tls.hpp>
#include <thread>
#include <vector>

#include "common/crypto.hpp"
#include "common/log.hpp"
#include "common/text.hpp"
#include "http/error_response.hpp"
#include "http/log_text.hpp"
#include "http/status.hpp"

namespace apbridge::http {
namespace {

// RESTinio's logger, onto ours. Its trace lines (per connection) are dropped
// unbuilt; "info" is start-up chatter; its warnings are about clients going
// away, so they are debug; its errors are warnings, except a client hanging
// up mid-response (reset, broken pipe, EOF), which is the client's business.
bool IsClientHangUp(const std::string& message) {
  for (const char* hang_up :
       {"Connection reset by peer", "Broken pipe", "End of file", "Operation canceled"}) {
    if (message.find(hang_up) != std::string::npos) return true;
  }
  return false;
}

class LogAdapter {
 public:
  template <class Builder>
  void trace(Builder&&) const noexcept {}
  template <class Builder>
  void info(Builder&& builder) const {
    log::Write(log::Level::kDebug, builder());
  }
  template <class Builder>
  void warn(Builder&& builder) const {
    log::Write(log::Level::kDebug, builder());
  }
  template <class Builder>
  void error(Builder&& builder) const {
    std::string message = builder();
    log::Write(IsClientHangUp(message) ? log::Level::kDebug : log::Level::kWarn, message);
  }
};

using PlainTraits = restinio::traits_t<restinio::asio_timer_manager_t, LogAdapter>;
using TlsTraits = restinio::tls_traits_t<restinio::asio_timer_manager_t, LogAdapter>;

// A RESTinio server of either kind, as Stop() needs it: closed asynchronously.
class RunningServer {
 public:
  virtual ~RunningServer() = default;
  virtual void CloseAsync(std::function<void()> done) = 0;
};

template <class Traits>
class RunningServerOf final : public RunningServer {
 public:
  explicit RunningServerOf(std::unique_ptr<restinio::http_server_t<Traits>> server)
      : server_(std::move(server)) {}
  void CloseAsync(std::function<void()> done) override {
    server_->close_async([done] { done(); }, [done](const std::exception_ptr&) { done(); });
  }

 private:
  std::unique_ptr<restinio::http_server_t<Traits>> server_;
};

// An injected fault (Response::drop_connection): the socket closed without a
// byte of response, as a crashed peer would. RESTinio 0.6 has no public call
// for it; this takes the socket the way its own websocket upgrade does.
template <class Traits>
void DropConnection(const restinio::request_handle_t& req) {
  auto connection = std::move(restinio::impl::access_req_connection(*req));
  auto* http_connection = dynamic_cast<restinio::impl::connection_t<Traits>*>(connection.get());
  if (http_connection == nullptr) return;
  auto internals = http_connection->move_upgrade_internals();
  asio::error_code ignored;
  internals.m_socket.lowest_layer().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  internals.m_socket.lowest_layer().close(ignored);
}

// The TLS context of --tls-cert/--tls-key: TLS 1.2 and later, the chain and
// key read from PEM files. InvalidArgument naming the file that does not load.
Result<asio::ssl::context> TlsContext(const TlsFiles& files) {
  asio::ssl::context context(asio::ssl::context::tls_server);
  context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                      asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                      asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
  asio::error_code error;
  context.use_certificate_chain_file(files.certificate_file, error);
  if (error) {
    return Fail(
        InvalidArgument("cannot use the TLS certificate " + files.certificate_file + ": " + error.message()));
  }
  context.use_private_key_file(files.private_key_file, asio::ssl::context::pem, error);
  if (error) {
    return Fail(InvalidArgument("cannot use the TLS key " + files.private_key_file + ": " + error.message()));
  }
  return context;
}

constexpr auto kIoTimeLimit = std::chrono::seconds(60);

// Counts requests whose response has not been written yet; Stop() waits for 0.
class InFlight {
 public:
  void Begin() {
    std::lock_guard lock(mutex_);
    ++count_;
  }
  void End() {
    std::lock_guard lock(mutex_);
    if (--count_ == 0) idle_.notify_all();
  }
  void WaitIdle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return count_ == 0; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable idle_;
  size_t count_ = 0;
};

// Ends one in-flight request when the last copy of it goes away: after the
// write completed or failed, or if the response could never be handed over.
class InFlightToken {
 public:
  explicit InFlightToken(std::shared_ptr<InFlight> in_flight) : in_flight_(std::move(in_flight)) {
    in_flight_->Begin();
  }
  ~InFlightToken() { in_flight_->End(); }
  InFlightToken(const InFlightToken&) = delete;
  InFlightToken& operator=(const InFlightToken&) = delete;

 private:
  std::shared_ptr<InFlight> in_flight_;
};

std::optional<Method> ToMethod(restinio::http_method_id_t method) {
  if (method == restinio::http_method_get()) return Method::kGet;
  if (method == restinio::http_method_head()) return Method::kHead;
  if (method == restinio::http_method_post()) return Method::kPost;
  if (method == restinio::http_method_put()) return Method::kPut;
  if (method == restinio::http_method_patch()) return Method::kPatch;
  if (method == restinio::http_method_delete()) return Method::kDelete;
  if (method == restinio::http_method_options()) return Method::kOptions;
  return std::nullopt;
}

// Rails' rule: keep [A-Za-z0-9_@-] of the client's X-Request-Id, at most 255
// characters; generate a UUID when nothing is left.
std::string RequestId(std::optional<std::string_view> sent) {
  std::string id;
  if (sent) {
    for (char c : *sent) {
      const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '_' || c == '-' || c == '@';
      if (keep) id.push_back(c);
      if (id.size() == 255) break;
    }
  }
  if (id.empty()) id = RandomUuid();
  return id;
}

// Header fields RESTinio writes itself or we set; a handler's copy is ignored.
bool ServerOwnedHeader(std::string_view name) {
  return IEquals(name, "Content-Length") || IEquals(name, "Connection") ||
         IEquals(name, "Transfer-Encoding") || IEquals(name, "X-Request-Id") || IEquals(name, "Date");
}

}  // namespace

struct Server::Impl {
  enum class State { kNew, kRunning, kStopped };

  Impl(ServerOptions options_in, std::shared_ptr<const Router> router_in)
      : options(std::move(options_in)), router(std::move(router_in)) {}

  restinio::request_handling_status_t Handle(const restinio::request_handle_t& req);
  // The 500 for a handler that threw; ErrorResponse logs `details` with the request id.
  Response UnexpectedErrorResponse(const Request& request, std::string details) const {
    return ErrorResponse(Error{ErrorCode::kInternal,
                               "An unexpected error occurred. Please try again later.",
                               std::move(details),
                               {}},
                         request, router->InfoFor(request));
  }
  void Write(const restinio::request_handle_t& req, const Request& request, Response response,
             std::string_view method_name, std::chrono::steady_clock::time_point started,
             std::shared_ptr<InFlightToken> token);

  const ServerOptions options;
  const std::shared_ptr<const Router> router;
  const std::shared_ptr<InFlight> in_flight = std::make_shared<InFlight>();
  std::atomic<bool> stopping{false};

  std::mutex lifecycle_mutex;  // serialises Start and Stop
  State state = State::kNew;
  std::unique_ptr<asio::io_context> io_context;
  std::unique_ptr<RunningServer> server;
  // DropConnection for the kind of server running.
  void (*drop_connection)(const restinio::request_handle_t&) = &DropConnection<PlainTraits>;
  std::vector<std::thread> threads;
};

namespace {

// Settings, open: the part of Start that depends on the server's kind.
template <class Traits, class Handler, class Configure>
Result<std::unique_ptr<RunningServer>> Open(asio::io_context& io_context, const ServerOptions& options,
                                            const asio::ip::address& address, uint64_t hard_limit,
                                            Handler handler, const std::shared_ptr<uint16_t>& bound_port,
                                            Configure configure) {
  auto settings =
      restinio::server_settings_t<Traits>{}
          .port(options.port)
          .protocol(address.is_v6() ? asio::ip::tcp::v6() : asio::ip::tcp::v4())
          .address(address)
          .request_handler(std::move(handler))
          .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}.max_body_size(hard_limit))
          .read_next_http_message_timelimit(kIoTimeLimit)
          .write_http_response_timelimit(kIoTimeLimit)
          .handle_request_timeout(kIoTimeLimit)
          .acceptor_post_bind_hook([bound_port](asio::ip::tcp::acceptor& acceptor) {
            *bound_port = acceptor.local_endpoint().port();
          });
  configure(settings);
  auto server = std::make_unique<restinio::http_server_t<Traits>>(restinio::external_io_context(io_context),
                                                                  std::move(settings));
  try {
    // The pool is not running yet, so opening here cannot race with it.
    server->open_sync();
  } catch (const std::exception& e) {
    return Fail(
        Unavailable("cannot listen on " + options.host + ":" + std::to_string(options.port), e.what()));
  }
  return std::unique_ptr<RunningServer>(std::make_unique<RunningServerOf<Traits>>(std::move(server)));
}

}  // namespace

restinio::request_handling_status_t Server::Impl::Handle(const restinio::request_handle_t& req) {
  const auto started = std::chrono::steady_clock::now();
  // Counted from here until the response is written (or dropped), for Stop().
  auto token = std::make_shared<InFlightToken>(in_flight);
  // Any failure before the response is handed to RESTinio is answered by
  // RESTinio itself (501, connection closed) via request_rejected().
  try {
    const auto& header = req->header();
    Request request;
    const std::optional<Method> method = ToMethod(header.method());
    if (method) request.method = *method;
    request.SetTarget(header.request_target());
    header.for_each_field([&request](const restinio::http_header_field_t& field) {
      request.headers.Add(field.name(), field.value());
    });
    request.remote_address = req->remote_endpoint().address().to_string();
    request.request_id = RequestId(request.headers.Get("X-Request-Id"));
    const std::string_view method_name =
        method ? MethodName(*method) : std::string_view(header.method().c_str());

    Response response;
    if (!method) {
      response = ErrorResponse(InvalidArgument("Method " + std::string(method_name) + " is not supported"),
                               501, request, router->InfoFor(request));
    } else if (req->body().size() > options.max_body_bytes) {
      response = ErrorResponse(PayloadTooLarge("Request body is too large (maximum is " +
                                               std::to_string(options.max_body_bytes) + " bytes)"),
                               request, router->InfoFor(request));
    } else {
      request.body = req->body();
      try {
        response = router->Dispatch(request);
      } catch (const std::exception& e) {
        response = UnexpectedErrorResponse(request, std::string("handler threw: ") + e.what());
      } catch (...) {
        response = UnexpectedErrorResponse(request, "handler threw a non-exception");
      }
    }
    if (response.drop_connection) {
      drop_connection(req);
      log::Info("{} {} dropped (injected fault) id={}", method_name, LogSafe(request.path),
                request.request_id);
      return restinio::request_accepted();
    }
    Write(req, request, std::move(response), method_name, started, std::move(token));
    return restinio::request_accepted();
  } catch (const std::exception& e) {
    log::Error("cannot answer request: {}", e.what());
    return restinio::request_rejected();
  }
}

void Server::Impl::Write(const restinio::request_handle_t& req, const Request& request, Response response,
                         std::string_view method_name, std::chrono::steady_clock::time_point started,
                         std::shared_ptr<InFlightToken> token) {
  const int status = response.status;
  auto builder = req->create_response<restinio::user_controlled_output_t>(restinio::http_status_line_t{
      restinio::http_status_code_t{static_cast<std::uint16_t>(status)}, std::string(ReasonPhrase(status))});
  builder.append_header_date_field();
  if (!response.content_type.empty()) {
    builder.append_header(restinio::http_field::content_type, std::move(response.content_type));
  }
  builder.append_header("X-Request-Id", request.request_id);
  for (auto& [name, value] : response.headers) {
    if (!ServerOwnedHeader(name)) builder.append_header(std::move(name), std::move(value));
  }
  if (stopping.load()) builder.connection_close();
  builder.set_content_length(response.body.size());
  // HEAD: the GET handler's headers (Content-Length included), no body.
  const size_t bytes = request.method == Method::kHead ? 0 : response.body.size();
  if (bytes > 0) builder.set_body(std::move(response.body));
  builder.done([token = std::move(token)](const asio::error_code&) mutable { token.reset(); });

  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
  log::Info("{} {} {} {}B {:.1f}ms id={}", method_name, LogSafe(request.path), status, bytes, elapsed.count(),
            request.request_id);
}

Server::Server(ServerOptions options, std::shared_ptr<const Router> router)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(router))) {}

Server::~Server() { Stop(); }

Result<uint16_t> Server::Start() {
  std::lock_guard lock(impl_->lifecycle_mutex);
  if (impl_->state != Impl::State::kNew) {
    return Fail(Internal("Server::Start called on a server already started"));
  }
  const ServerOptions& options = impl_->options;

  std::string host = options.host;
  if (host == "localhost") host = "127.0.0.1";
  if (host.empty() || host == "*") host = "0.0.0.0";
  asio::error_code address_error;
  const asio::ip::address address = asio::ip::make_address(host, address_error);
  if (address_error) {
    return Fail(InvalidArgument("cannot listen on '" + options.host + "': not an IP address"));
  }

  const size_t threads =
      options.threads > 0 ? options.threads : std::max<size_t>(1, std::thread::hardware_concurrency());
  const uint64_t hard_limit = options.hard_body_limit_bytes > 0
                                  ? options.hard_body_limit_bytes
                                  : std::max<uint64_t>(options.max_body_bytes, options.max_body_bytes * 2);

  auto io_context = std::make_unique<asio::io_context>(static_cast<int>(threads));
  auto bound_port = std::make_shared<uint16_t>(options.port);
  Impl* impl = impl_.get();
  auto handler = [impl](const restinio::request_handle_t& req) { return impl->Handle(req); };
  Result<std::unique_ptr<RunningServer>> server = [&]() -> Result<std::unique_ptr<RunningServer>> {
    if (!options.tls) {
      return Open<PlainTraits>(*io_context, options, address, hard_limit, handler, bound_port, [](auto&) {});
    }
    impl->drop_connection = &DropConnection<TlsTraits>;
    APB_TRY(asio::ssl::context context, TlsContext(*options.tls));
    auto shared = std::make_shared<asio::ssl::context>(std::move(context));
    return Open<TlsTraits>(*io_context, options, address, hard_limit, handler, bound_port,
                           [shared](auto& settings) { settings.tls_context(shared); });
  }();
  if (!server) return Fail(server.error());

  impl_->io_context = std::move(io_context);
  impl_->server = std::move(*server);
  for (size_t i = 0; i < threads; ++i) {
    impl_->threads.emplace_back([ctx = impl_->io_context.get()] {
      while (true) {
        try {
          ctx->run();
          return;
        } catch (const std::exception& e) {
          log::Error("http worker: unexpected exception: {}", e.what());
        } catch (...) {
          log::Error("http worker: unexpected non-exception");
        }
      }
    });
  }
  impl_->state = Impl::State::kRunning;
  return *bound_port;
}

void Server::Stop() {
  std::lock_guard lock(impl_->lifecycle_mutex);
  if (impl_->state != Impl::State::kRunning) return;
  impl_->stopping = true;

  // 1. Stop accepting (the acceptor is closed on its own executor).
  std::promise<void> closed;
  impl_->server->CloseAsync([&closed] { closed.set_value(); });
  closed.get_future().wait();

  // 2. Let handlers finish and their responses be written.
  impl_->in_flight->WaitIdle();

  // 3. Stop the pool; idle keep-alive connections are dropped with it.
  impl_->io_context->stop();
  for (std::thread& thread : impl_->threads) thread.join();
  impl_->threads.clear();
  impl_->server.reset();
  impl_->io_context.reset();
  impl_->state = Impl::State::kStopped;
}

}  // namespace apbridge::http
