// Tests for Router: parameters, literal over parameter, trailing slash, HEAD, 404 and 405.
#include "http/router.hpp"

#include <gtest/gtest.h>

#include <map>

namespace apbridge::http {
namespace {

// A router whose handlers answer "<route name> <params sorted>".
Router MakeRouter() {
  Router router;
  auto named = [](std::string name) {
    return [name](Request& request) {
      Response response;
      response.body = name;
      const std::map<std::string, std::string> sorted(request.params.begin(), request.params.end());
      for (const auto& [key, value] : sorted) response.body += " " + key + "=" + value;
      return response;
    };
  };
  router.Add(Method::kGet, "/api/invoices", {"invoice-header"}, named("index"));
  router.Add(Method::kPost, "/api/invoices", {"invoice-header"}, named("create"));
  router.Add(Method::kGet, "/api/invoices/:id", {"invoice-header"}, named("show"));
  router.Add(Method::kPut, "/api/invoices/:id", {"invoice-header"}, named("update"));
  router.Add(Method::kPut, "/api/invoices/:id/void", {"invoice-header"}, named("void"));
  router.Add(Method::kGet, "/api/invoices/export_status", {"invoice-header"}, named("export_status"));
  router.Add(Method::kGet, "/api/invoices/:invoice_id/lines/:id", {"invoice-line"}, named("line"));
  router.Add(Method::kPut, "/api/coupa_pay/payments/:id/export/", {"coupa-pay-payment"}, named("export"));
  router.Add(Method::kGet, "/api/v1/invoices/:id", {"invoice", codec::ErrorStyle::kSupplier},
             named("supplier_show"));
  router.Add(Method::kGet, "/", {}, named("root"));
  router.SetPrefixInfo("/api/v1", {"", codec::ErrorStyle::kSupplier});
  return router;
}

struct MatchCase {
  Method method;
  std::string_view target;
  std::string_view body;  // route name and params
};

class RouterMatchTest : public ::testing::TestWithParam<MatchCase> {};

TEST_P(RouterMatchTest, Matches) {
  static const Router router = MakeRouter();
  const MatchCase& c = GetParam();
  Request request = Request::FromTarget(c.method, c.target);
  const Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 200) << c.target;
  EXPECT_EQ(response.body, c.body) << c.target;
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, RouterMatchTest,
    ::testing::Values(MatchCase{Method::kGet, "/api/invoices", "index"},
                      MatchCase{Method::kGet, "/api/invoices/", "index"},
                      MatchCase{Method::kGet, "/api/invoices/?invoice-number=X&supplier[name[=1", "index"},
                      MatchCase{Method::kPost, "/api/invoices", "create"},
                      MatchCase{Method::kGet, "/api/invoices/42", "show id=42"},
                      MatchCase{Method::kGet, "/api/invoices/42/", "show id=42"},
                      MatchCase{Method::kGet, "/api/invoices/42.json", "show id=42"},
                      MatchCase{Method::kGet, "/api//invoices//42", "show id=42"},
                      MatchCase{Method::kPut, "/api/invoices/42?exported=true", "update id=42"},
                      MatchCase{Method::kPut, "/api/invoices/42/void", "void id=42"},
                      MatchCase{Method::kGet, "/api/invoices/export_status", "export_status"},
                      // The literal only has GET; PUT falls to the parameter route.
                      MatchCase{Method::kPut, "/api/invoices/export_status", "update id=export_status"},
                      MatchCase{Method::kGet, "/api/invoices/7/lines/9", "line id=9 invoice_id=7"},
                      MatchCase{Method::kPut, "/api/coupa_pay/payments/5/export", "export id=5"},
                      MatchCase{Method::kGet, "/api/invoices/A%20C", "show id=A C"},
                      MatchCase{Method::kHead, "/api/invoices/42", "show id=42"},
                      MatchCase{Method::kGet, "/", "root"}));

struct RejectCase {
  Method method;
  std::string_view target;
  std::optional<std::string_view> accept;
  int status;
  std::string_view allow;  // expected Allow header ("" = none)
  std::string_view body;
};

class RouterRejectTest : public ::testing::TestWithParam<RejectCase> {};

TEST_P(RouterRejectTest, Rejects) {
  static const Router router = MakeRouter();
  const RejectCase& c = GetParam();
  Request request = Request::FromTarget(c.method, c.target);
  if (c.accept) request.headers.Add("Accept", std::string(*c.accept));
  const Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, c.status) << c.target;
  std::string allow;
  for (const auto& [name, value] : response.headers) {
    if (name == "Allow") allow = value;
  }
  EXPECT_EQ(allow, c.allow) << c.target;
  EXPECT_EQ(response.body, c.body) << c.target;
}

INSTANTIATE_TEST_SUITE_P(
    Rejected, RouterRejectTest,
    ::testing::Values(
        RejectCase{Method::kGet, "/api/nothing", std::nullopt, 404, "",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>No route matches [GET] \"/api/nothing\"</error>\n</errors>\n"},
        RejectCase{Method::kGet, "/api/nothing", "application/json", 404, "",
                   "{\"errors\":{\"base\":[\"No route matches [GET] \\\"/api/nothing\\\"\"]}}"},
        RejectCase{Method::kGet, "/api/invoices/1/void/x", std::nullopt, 404, "",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>No route matches [GET] \"/api/invoices/1/void/x\"</error>\n</errors>\n"},
        RejectCase{Method::kGet, "/API/invoices", std::nullopt, 404, "",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>No route matches [GET] \"/API/invoices\"</error>\n</errors>\n"},
        RejectCase{Method::kGet, "/api/v1/nothing", std::nullopt, 404, "",
                   "{\"status\":404,\"error\":\"Not Found\",\"message\":\"No route matches [GET] "
                   "\\\"/api/v1/nothing\\\"\"}"},
        RejectCase{Method::kDelete, "/api/invoices/1", std::nullopt, 405, "GET, HEAD, PUT",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>Method DELETE is not allowed on \"/api/invoices/1\"</error>\n</errors>\n"},
        RejectCase{Method::kDelete, "/api/invoices/1", "application/json", 405, "GET, HEAD, PUT",
                   "{\"errors\":{\"invoice-header\":[\"Method DELETE is not allowed on "
                   "\\\"/api/invoices/1\\\"\"]}}"},
        RejectCase{Method::kGet, "/api/invoices/1/void", std::nullopt, 405, "PUT",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>Method GET is not allowed on \"/api/invoices/1/void\"</error>\n</errors>\n"},
        RejectCase{Method::kHead, "/api/invoices/1/void", std::nullopt, 405, "PUT",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>Method HEAD is not allowed on \"/api/invoices/1/void\"</error>\n</errors>\n"},
        // Both the literal and the parameter node match: Allow is their union.
        RejectCase{Method::kPost, "/api/invoices/export_status", std::nullopt, 405, "GET, HEAD, PUT",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>Method POST is not allowed on \"/api/invoices/export_status\"</error>\n"
                   "</errors>\n"},
        RejectCase{Method::kPatch, "/api/v1/invoices/x", std::nullopt, 405, "GET, HEAD",
                   "{\"status\":405,\"error\":\"Method Not Allowed\",\"message\":\"Method PATCH is "
                   "not allowed on \\\"/api/v1/invoices/x\\\"\"}"},
        RejectCase{Method::kOptions, "/api/invoices", std::nullopt, 405, "GET, HEAD, POST",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors>\n"
                   "  <error>Method OPTIONS is not allowed on \"/api/invoices\"</error>\n</errors>\n"}));

TEST(RouterTest, InfoForPrefersTheMatchingRoute) {
  const Router router = MakeRouter();
  EXPECT_EQ(router.InfoFor(Request::FromTarget(Method::kGet, "/api/invoices/7/lines/9")).resource_name,
            "invoice-line");
  EXPECT_EQ(router.InfoFor(Request::FromTarget(Method::kDelete, "/api/invoices/7")).resource_name,
            "invoice-header");
  EXPECT_EQ(router.InfoFor(Request::FromTarget(Method::kGet, "/api/v1/zzz")).style,
            codec::ErrorStyle::kSupplier);
  EXPECT_EQ(router.InfoFor(Request::FromTarget(Method::kGet, "/api/v10")).style, codec::ErrorStyle::kCoupa);
  EXPECT_EQ(router.InfoFor(Request::FromTarget(Method::kGet, "/api/v1")).style, codec::ErrorStyle::kSupplier);
}

TEST(RouterTest, HandlerMayChangeTheResponseFreely) {
  Router router;
  router.Add(Method::kPost, "/x", {}, [](Request& request) {
    Response response;
    response.status = 201;
    response.content_type = "application/xml";
    response.body = request.body;
    response.headers.emplace_back("Location", "/x/1");
    return response;
  });
  Request request = Request::FromTarget(Method::kPost, "/x");
  request.body = "<a/>";
  const Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 201);
  EXPECT_EQ(response.body, "<a/>");
  ASSERT_EQ(response.headers.size(), 1u);
}

TEST(RouterTest, HandlerExceptionsPropagate) {
  Router router;
  router.Add(Method::kGet, "/boom", {}, [](Request&) -> Response { throw std::runtime_error("boom"); });
  Request request = Request::FromTarget(Method::kGet, "/boom");
  EXPECT_THROW((void)router.Dispatch(request), std::runtime_error);
}

struct BadPatternCase {
  std::string_view pattern;
};

class RouterAddRejectTest : public ::testing::TestWithParam<BadPatternCase> {};

TEST_P(RouterAddRejectTest, Throws) {
  Router router;
  router.Add(Method::kGet, "/api/invoices/:id", {}, [](Request&) { return Response{}; });
  EXPECT_THROW(router.Add(Method::kGet, GetParam().pattern, {}, [](Request&) { return Response{}; }),
               std::invalid_argument)
      << GetParam().pattern;
}

INSTANTIATE_TEST_SUITE_P(Rejected, RouterAddRejectTest,
                         ::testing::Values(BadPatternCase{""}, BadPatternCase{"api/invoices"},
                                           BadPatternCase{"/api/invoices/:"},
                                           BadPatternCase{"/api/invoices/:id"},
                                           BadPatternCase{"/api/invoices/:other_name/"}));

TEST(RouterTest, AddRejectsAnEmptyHandler) {
  Router router;
  EXPECT_THROW(router.Add(Method::kGet, "/x", {}, Handler{}), std::invalid_argument);
}

}  // namespace
}  // namespace apbridge::http
