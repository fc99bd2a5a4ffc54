// POST /oauth2/token (and /oauth2/access_tokens): the client credentials
// grant of RFC 6749 4.4, answered as 5.1 and failing as 5.2.
#include <fmt/format.h>

#include "api/credentials.hpp"
#include "api/routes.hpp"
#include "common/text.hpp"
#include "common/text_escape.hpp"
#include "http/error_response.hpp"
#include "model/api_resources.hpp"

namespace apbridge::api {
namespace {

Error OAuthRequestError(std::string message) {
  Error e = InvalidArgument(std::move(message));
  e.oauth_error = "invalid_request";
  return e;
}

// The token request's parameters: the form body's, then the query string's
// (Rails merges both, and clients put grant_type in either). Sent twice is
// invalid (RFC 6749 3.2).
Result<resources::TokenRequest> ReadTokenRequest(const http::Request& request) {
  auto type = request.Header("Content-Type");
  if (type && !Trim(request.body).empty() && !IStartsWith(Trim(*type), "application/x-www-form-urlencoded")) {
    return Fail(
        OAuthRequestError("The token request must be form-encoded (application/x-www-form-urlencoded)"));
  }
  std::vector<QueryParam> params = http::ParseQueryString(request.body);
  params.insert(params.end(), request.query.begin(), request.query.end());
  resources::TokenRequest out;
  std::vector<std::string_view> seen;
  for (const QueryParam& p : params) {
    std::string* slot = p.key == "grant_type"      ? &out.grant_type
                        : p.key == "client_id"     ? &out.client_id
                        : p.key == "client_secret" ? &out.client_secret
                                                   : nullptr;
    if (slot == nullptr && p.key != "scope") continue;  // unknown parameters are ignored (RFC 6749 3.2)
    if (std::find(seen.begin(), seen.end(), p.key) != seen.end()) {
      return Fail(OAuthRequestError(fmt::format("The parameter {} is sent more than once", p.key)));
    }
    seen.push_back(p.key);
    if (slot != nullptr) {
      *slot = p.value;
    } else {
      out.scope = p.value;
    }
  }
  APB_TRY(auto basic, PresentedBasicCredentials(request));
  if (basic) {
    if (!out.client_secret.empty()) {
      return Fail(
          OAuthRequestError("Send the client's credentials once: in the Authorization header or the body"));
    }
    if (!out.client_id.empty() && out.client_id != basic->user) {
      return Fail(OAuthRequestError("client_id differs from the Authorization header's"));
    }
    out.client_id = std::move(basic->user);
    out.client_secret = std::move(basic->password);
  }
  return out;
}

std::string TokenJson(const resources::AccessToken& token) {
  std::string out = "{\"access_token\":";
  AppendJsonString(token.token, &out);
  out += fmt::format(",\"token_type\":\"bearer\",\"expires_in\":{},\"scope\":", token.expires_in);
  AppendJsonString(token.scope, &out);
  out += "}";
  return out;
}

}  // namespace

void RegisterOAuthRoutes(http::Router& router, const ApiContext& context) {
  const http::RouteInfo info{"oauth2", codec::ErrorStyle::kOAuth};
  for (std::string_view path : model::TokenEndpointPaths()) {
    router.Add(http::Method::kPost, path, info, [&context, info](http::Request& request) {
      // RFC 6749 5.1 and 5.2: neither answer may be cached.
      auto no_store = [](http::Response response) {
        response.headers.emplace_back("Cache-Control", "no-store");
        response.headers.emplace_back("Pragma", "no-cache");
        return response;
      };
      auto token = ReadTokenRequest(request).and_then(
          [&](const resources::TokenRequest& r) { return context.oauth.IssueToken(r); });
      if (!token) {
        auto response = http::ErrorResponse(token.error(), request, info);
        if (response.status == 401)
          response.headers.emplace_back("WWW-Authenticate", "Basic realm=\"oauth2\"");
        return no_store(std::move(response));
      }
      return no_store(http::Response{200, "application/json; charset=utf-8", TokenJson(*token), {}});
    });
  }
}

}  // namespace apbridge::api
