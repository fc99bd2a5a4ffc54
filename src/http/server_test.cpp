// Loopback test of Server: a real RESTinio server on an OS-chosen port, spoken
// to with plain POSIX sockets. No sleeps, no timing assertions.
#include "http/server.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <future>
#include <stdexcept>
#include <thread>

#include "common/text.hpp"

namespace apbridge::http {
namespace {

constexpr size_t kMaxBody = 1024;
constexpr size_t kHardLimit = 4096;

struct HttpReply {
  bool received = false;  // false: the server closed without a response
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  [[nodiscard]] std::optional<std::string> Header(std::string_view name) const {
    for (const auto& [n, v] : headers) {
      if (IEquals(n, name)) return v;
    }
    return std::nullopt;
  }
};

// A blocking TCP connection to 127.0.0.1:port. The receive timeout only keeps a
// broken server from hanging the test; nothing depends on it.
class Client {
 public:
  explicit Client(uint16_t port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    if (fd_ < 0) throw std::runtime_error("socket");
    timeval timeout{30, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
  }
  ~Client() { ::close(fd_); }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  [[nodiscard]] bool connected() const { return connected_; }

  // Sends everything; false when the peer has gone (reset, closed).
  bool Send(std::string_view data) {
    while (!data.empty()) {
      const ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  // Reads until the server closes the connection (requests say Connection: close).
  std::string ReadToEnd() {
    std::string out;
    char buffer[4096];
    while (true) {
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;  // EOF, reset or the safety timeout
      out.append(buffer, static_cast<size_t>(n));
    }
    return out;
  }

 private:
  int fd_;
  bool connected_ = false;
};

HttpReply Parse(const std::string& raw) {
  HttpReply reply;
  const size_t head_end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.", 0) != 0 || head_end == std::string::npos) return reply;
  reply.received = true;
  reply.status = std::stoi(raw.substr(9, 3));
  size_t line_start = raw.find("\r\n") + 2;
  while (line_start < head_end) {
    const size_t line_end = raw.find("\r\n", line_start);
    const std::string line = raw.substr(line_start, line_end - line_start);
    const size_t colon = line.find(':');
    reply.headers.emplace_back(line.substr(0, colon), std::string(Trim(line.substr(colon + 1))));
    line_start = line_end + 2;
  }
  reply.body = raw.substr(head_end + 4);
  return reply;
}

std::string RequestText(std::string_view method, std::string_view target, std::string_view body = {},
                        std::string_view extra_headers = {}) {
  std::string text = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\n";
  text += "Host: localhost\r\nConnection: close\r\n";
  text += extra_headers;
  if (!body.empty() || method == "PUT" || method == "POST") {
    text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  }
  text += "\r\n";
  text += body;
  return text;
}

HttpReply Exchange(uint16_t port, const std::string& request) {
  Client client(port);
  EXPECT_TRUE(client.connected());
  client.Send(request);
  return Parse(client.ReadToEnd());
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto router = std::make_shared<Router>();
    router->Add(Method::kGet, "/api/invoices/:id", {"invoice-header"}, [](Request& request) {
      Response response;
      response.content_type = "application/xml; charset=utf-8";
      response.body = "<invoice-header><id type=\"integer\">" + std::string(*request.Param("id")) +
                      "</id></invoice-header>";
      return response;
    });
    router->Add(Method::kPut, "/api/invoices/:id", {"invoice-header"}, [](Request& request) {
      Response response;
      response.content_type = std::string(request.Header("Content-Type").value_or(""));
      response.body = request.body;
      response.headers.emplace_back("X-Query", request.raw_query);
      response.headers.emplace_back("Content-Length", "999");  // ignored: the server's
      return response;
    });
    router->Add(Method::kGet, "/drop", {}, [](Request&) {
      Response response;
      response.body = "never sent";
      response.drop_connection = true;
      return response;
    });
    router->Add(Method::kGet, "/boom", {"boom"},
                [](Request&) -> Response { throw std::runtime_error("database on fire"); });
    router->Add(Method::kGet, "/slow", {}, [this](Request&) {
      entered_.set_value();
      release_.get_future().wait();
      Response response;
      response.body = "finally";
      return response;
    });
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.max_body_bytes = kMaxBody;
    options.hard_body_limit_bytes = kHardLimit;
    server_ = std::make_unique<Server>(options, std::move(router));
    const Result<uint16_t> port = server_->Start();
    ASSERT_TRUE(port.has_value()) << port.error().message << ": " << port.error().details;
    ASSERT_NE(*port, 0);
    port_ = *port;
  }

  void TearDown() override {
    if (server_) server_->Stop();
  }

  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
  std::promise<void> entered_;
  std::promise<void> release_;
};

TEST_F(ServerTest, Get) {
  const HttpReply reply = Exchange(port_, RequestText("GET", "/api/invoices/42/"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "<invoice-header><id type=\"integer\">42</id></invoice-header>");
  EXPECT_EQ(reply.Header("Content-Type"), "application/xml; charset=utf-8");
  EXPECT_EQ(reply.Header("Content-Length"), std::to_string(reply.body.size()));
  EXPECT_TRUE(reply.Header("Date").has_value());
  const auto request_id = reply.Header("X-Request-Id");
  ASSERT_TRUE(request_id.has_value());
  EXPECT_EQ(request_id->size(), 36u) << *request_id;  // a generated UUID
}

TEST_F(ServerTest, HeadSendsHeadersOnly) {
  const HttpReply reply = Exchange(port_, RequestText("HEAD", "/api/invoices/42"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "");
  EXPECT_EQ(reply.Header("Content-Length"), "59");
}

TEST_F(ServerTest, PutEchoesBodyAndKeepsClientRequestId) {
  const std::string body = "<invoice-header><exported type=\"boolean\">true</exported></invoice-header>";
  const HttpReply reply =
      Exchange(port_, RequestText("PUT", "/api/invoices/7?exported=true&null", body,
                                  "Content-Type: application/xml\r\nX-Request-Id: abc-123<script>\r\n"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, body);
  EXPECT_EQ(reply.Header("Content-Type"), "application/xml");
  EXPECT_EQ(reply.Header("X-Query"), "exported=true&null");
  EXPECT_EQ(reply.Header("Content-Length"), std::to_string(body.size()));
  EXPECT_EQ(reply.Header("X-Request-Id"), "abc-123script");
}

TEST_F(ServerTest, BodyAtTheLimitIsAccepted) {
  const std::string body(kMaxBody, 'x');
  const HttpReply reply = Exchange(port_, RequestText("PUT", "/api/invoices/7", body));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, body);
}

TEST_F(ServerTest, OversizedBodyIs413InCoupaXml) {
  const HttpReply reply =
      Exchange(port_, RequestText("PUT", "/api/invoices/7", std::string(kMaxBody + 1, 'x')));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 413);
  EXPECT_EQ(reply.Header("Content-Type"), "application/xml; charset=utf-8");
  EXPECT_TRUE(reply.Header("X-Request-Id").has_value());
  EXPECT_EQ(reply.body,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
            "  <error>Request body is too large (maximum is 1024 bytes)</error>\n</errors>\n");
}

TEST_F(ServerTest, OversizedBodyIs413InJsonWhenAsked) {
  const HttpReply reply = Exchange(port_, RequestText("PUT", "/api/invoices/7", std::string(kHardLimit, 'x'),
                                                      "Accept: application/json\r\n"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 413);
  EXPECT_EQ(reply.body,
            "{\"errors\":{\"invoice-header\":[\"Request body is too large (maximum is 1024 bytes)\"]}}");
}

// Documented behaviour: above the hard limit RESTinio drops the connection
// as soon as it has read the headers, without any response.
TEST_F(ServerTest, BodyAboveHardLimitClosesTheConnection) {
  Client client(port_);
  ASSERT_TRUE(client.connected());
  client.Send("PUT /api/invoices/7 HTTP/1.1\r\nHost: localhost\r\nContent-Length: " +
              std::to_string(kHardLimit + 1) + "\r\n\r\n");
  const HttpReply reply = Parse(client.ReadToEnd());
  EXPECT_FALSE(reply.received);
}

// An injected fault: not a byte of the response, and the server goes on.
TEST_F(ServerTest, DropConnectionClosesWithoutAnAnswer) {
  const HttpReply dropped = Exchange(port_, RequestText("GET", "/drop"));
  EXPECT_FALSE(dropped.received);
  const HttpReply next = Exchange(port_, RequestText("GET", "/api/invoices/7"));
  ASSERT_TRUE(next.received);
  EXPECT_EQ(next.status, 200);
}

TEST_F(ServerTest, UnknownPathIs404) {
  const HttpReply reply = Exchange(port_, RequestText("GET", "/api/nothing"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(reply.body,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
            "  <error>No route matches [GET] \"/api/nothing\"</error>\n</errors>\n");
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  const HttpReply reply = Exchange(port_, RequestText("DELETE", "/api/invoices/1"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 405);
  EXPECT_EQ(reply.Header("Allow"), "GET, HEAD, PUT");
}

TEST_F(ServerTest, UnknownMethodIs501) {
  const HttpReply reply = Exchange(port_, RequestText("PROPFIND", "/api/invoices/1"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 501);
}

TEST_F(ServerTest, ThrowingHandlerIs500WithoutDetails) {
  const HttpReply reply = Exchange(port_, RequestText("GET", "/boom", {}, "Accept: application/json\r\n"));
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 500);
  EXPECT_EQ(reply.body,
            "{\"errors\":{\"boom\":[\"An unexpected error occurred. Please try again later.\"]}}");
}

TEST_F(ServerTest, KeepAliveServesSeveralRequests) {
  Client client(port_);
  ASSERT_TRUE(client.connected());
  const std::string first = "GET /api/invoices/1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
  const std::string second = RequestText("GET", "/api/invoices/2");
  // Sent one after the other on one connection; the second closes it.
  ASSERT_TRUE(client.Send(first));
  ASSERT_TRUE(client.Send(second));
  const std::string raw = client.ReadToEnd();
  const size_t split = raw.find("HTTP/1.1", 1);
  ASSERT_NE(split, std::string::npos) << raw;
  EXPECT_EQ(Parse(raw.substr(0, split)).body, "<invoice-header><id type=\"integer\">1</id></invoice-header>");
  EXPECT_EQ(Parse(raw.substr(split)).body, "<invoice-header><id type=\"integer\">2</id></invoice-header>");
}

TEST_F(ServerTest, StopLetsTheRequestInFlightFinish) {
  Client client(port_);
  ASSERT_TRUE(client.connected());
  ASSERT_TRUE(client.Send(RequestText("GET", "/slow")));
  entered_.get_future().wait();  // the handler is running
  std::thread stopper([this] { server_->Stop(); });
  release_.set_value();
  const HttpReply reply = Parse(client.ReadToEnd());
  stopper.join();
  ASSERT_TRUE(reply.received);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "finally");
}

TEST_F(ServerTest, StopReturnsAndStopsListening) {
  EXPECT_EQ(Exchange(port_, RequestText("GET", "/api/invoices/1")).status, 200);
  server_->Stop();
  server_->Stop();  // idempotent
  Client client(port_);
  EXPECT_FALSE(client.connected());
}

TEST_F(ServerTest, StartTwiceFails) {
  const Result<uint16_t> again = server_->Start();
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kInternal);
}

TEST(ServerStartTest, PortInUseIsUnavailable) {
  auto router = std::make_shared<Router>();
  ServerOptions options;
  options.port = 0;
  options.threads = 1;
  Server first(options, router);
  const Result<uint16_t> port = first.Start();
  ASSERT_TRUE(port.has_value());
  options.port = *port;
  Server second(options, router);
  const Result<uint16_t> clash = second.Start();
  ASSERT_FALSE(clash.has_value());
  EXPECT_EQ(clash.error().code, ErrorCode::kUnavailable);
}

TEST(ServerStartTest, HostMustBeAnAddress) {
  ServerOptions options;
  options.host = "not a host";
  options.port = 0;
  Server server(options, std::make_shared<Router>());
  const Result<uint16_t> port = server.Start();
  ASSERT_FALSE(port.has_value());
  EXPECT_EQ(port.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace apbridge::http
