// The credentials a request presents, read off its headers: an API key, a
// bearer token (RFC 6750), HTTP Basic client credentials (RFC 6749 2.3.1).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "http/request.hpp"

namespace apbridge::api {

// X-COUPA-API-KEY, or the X_COUPA_API_KEY spelling some clients send; empty when neither.
[[nodiscard]] std::string_view PresentedApiKey(const http::Request& request);

// The token of `Authorization: Bearer <token>` (scheme in any case);
// nullopt when the request sends no bearer token.
[[nodiscard]] std::optional<std::string_view> PresentedBearerToken(const http::Request& request);

struct BasicCredentials {
  std::string user;  // the client id
  std::string password;
};

// `Authorization: Basic base64(id:secret)`, each part form-decoded as RFC
// 6749 2.3.1 asks; nullopt when the request sends no Basic credentials.
// InvalidArgument when it sends malformed ones.
[[nodiscard]] Result<std::optional<BasicCredentials>> PresentedBasicCredentials(const http::Request& request);

}  // namespace apbridge::api
