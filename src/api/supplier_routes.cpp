// The supplier API (supplier-get-invoice.txt): GET /api/v1/invoices/:id (and
// /api/v1/invoice/:id), GET /api/v1/invoices; bearer tokens with
// csp.invoices.read only, a rate per minute and credits per client, and
// every error in the document's {"status", "error", "message"} body.
#include <fmt/format.h>

#include "api/credentials.hpp"
#include "api/routes.hpp"
#include "codec/supplier_json.hpp"
#include "common/text.hpp"
#include "http/error_response.hpp"
#include "model/api_resources.hpp"
#include "model/api_scopes.hpp"

namespace apbridge::api {
namespace {

const http::RouteInfo kSupplierRoute{"", codec::ErrorStyle::kSupplier};

// The document's messages for what is not the caller's doing.
Error AsSupplierError(Error e) {
  if (e.code == ErrorCode::kInternal) e.message = "An unexpected error occurred. Please try again later.";
  if (e.code == ErrorCode::kUnavailable) e.message = "Service Unavailable. Please try again later.";
  return e;
}

http::Response SupplierError(const Error& e, const http::Request& request) {
  auto response = http::ErrorResponse(AsSupplierError(e), request, kSupplierRoute);
  if (response.status == 401)
    response.headers.emplace_back("WWW-Authenticate", "Bearer error=\"invalid_token\"");
  return response;
}

// Who calls, once the token, its scope, the rate and a credit allow it.
Result<resources::Principal> Admitted(const ApiContext& context, const http::Request& request,
                                      std::vector<std::pair<std::string, std::string>>* headers) {
  const Error invalid = Unauthenticated("Invalid or expired access token.");
  auto token = PresentedBearerToken(request);
  if (!token) return Fail(invalid);
  auto principal = context.oauth.Authenticate(*token);
  if (!principal)
    return Fail(principal.error().code == ErrorCode::kUnauthenticated ? invalid : principal.error());
  if (!principal->HasScope(model::kSupplierInvoicesRead)) {
    return Fail(Forbidden(
        fmt::format("The access token does not grant the scope {}.", model::kSupplierInvoicesRead)));
  }
  if (RateLimiter* limiter = context.supplier_rate_limiter) {
    if (auto wait = limiter->Take("client:" + std::to_string(principal->id))) {
      const auto seconds = std::max<int64_t>(1, std::chrono::ceil<std::chrono::seconds>(*wait).count());
      headers->emplace_back("Retry-After", std::to_string(seconds));
      return Fail(RateLimited(fmt::format(
          "The API call for this client has exceeded the maximum call rate limit of {} per minute.",
          limiter->limit().requests)));
    }
  }
  APB_TRY_STATUS(context.oauth.SpendCredit(principal->id));
  return principal;
}

Result<int64_t> IntegerParam(const http::Request& request, std::string_view name, int64_t fallback) {
  int64_t value = fallback;
  for (const QueryParam& p : request.query) {
    if (p.key != name) continue;
    if (!ParseInt64(Trim(p.value), &value)) {
      return Fail(InvalidArgument(fmt::format("{} must be an integer, got {}", name, Quoted(p.value))));
    }
  }
  return value;
}

std::optional<std::string> TextParam(const http::Request& request, std::string_view name) {
  std::optional<std::string> value;
  for (const QueryParam& p : request.query) {
    if (p.key == name && !Trim(p.value).empty()) value = std::string(Trim(p.value));
  }
  return value;
}

// enterprise_instance_url: the configured one, else the URL the client called.
std::string InstanceUrl(const ApiContext& context, const http::Request& request) {
  if (!context.instance_url.empty()) return context.instance_url;
  auto host = request.Header("Host");
  return "http://" + std::string(host ? *host : "localhost");
}

http::Response Json(std::string body, std::vector<std::pair<std::string, std::string>> headers) {
  return http::Response{200, "application/json; charset=utf-8", std::move(body), std::move(headers)};
}

}  // namespace

void RegisterSupplierRoutes(http::Router& router, const ApiContext& context) {
  router.SetPrefixInfo("/api/v1", kSupplierRoute);
  const http::RouteInfo invoice{"invoice", codec::ErrorStyle::kSupplier};
  for (std::string_view path : model::SupplierInvoiceShowPaths()) {
    router.Add(http::Method::kGet, path, invoice, [&context](http::Request& request) {
      std::vector<std::pair<std::string, std::string>> headers;
      auto shown = Admitted(context, request, &headers).and_then([&](const resources::Principal& caller) {
        return context.supplier_invoices.Show(caller, request.Param("id").value_or(""));
      });
      if (!shown) {
        auto response = SupplierError(shown.error(), request);
        response.headers.insert(response.headers.end(), headers.begin(), headers.end());
        return response;
      }
      std::string body;
      codec::AppendSupplierInvoice(**shown, InstanceUrl(context, request), &body);
      return Json(std::move(body), {});
    });
  }
  router.Add(http::Method::kGet, model::kSupplierInvoicesPath, invoice, [&context](http::Request& request) {
    std::vector<std::pair<std::string, std::string>> headers;
    auto listed =
        Admitted(context, request, &headers)
            .and_then([&](const resources::Principal& caller) -> Result<resources::SupplierInvoicePage> {
              resources::SupplierListRequest list;
              APB_TRY(list.page, IntegerParam(request, "page", 1));
              APB_TRY(list.limit, IntegerParam(request, "limit", resources::kSupplierPageLimit));
              list.status = TextParam(request, "status");
              list.sort_by = TextParam(request, "sort_by").value_or("");
              return context.supplier_invoices.List(caller, list);
            });
    if (!listed) {
      auto response = SupplierError(listed.error(), request);
      response.headers.insert(response.headers.end(), headers.begin(), headers.end());
      return response;
    }
    return Json(codec::WriteSupplierInvoicePage(listed->invoices, InstanceUrl(context, request),
                                                {listed->total, listed->limit, listed->page}),
                {});
  });
}

}  // namespace apbridge::api
