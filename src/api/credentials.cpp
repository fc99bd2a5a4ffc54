// Reading credentials off request headers.
#include "api/credentials.hpp"

#include "common/base64.hpp"
#include "common/text.hpp"
#include "http/query_string.hpp"

namespace apbridge::api {
namespace {

// The credentials of `Authorization: <scheme> <credentials>`, if that is the scheme.
std::optional<std::string_view> Authorization(const http::Request& request, std::string_view scheme) {
  auto header = request.Header("Authorization");
  if (!header) return std::nullopt;
  std::string_view value = Trim(*header);
  if (value.size() <= scheme.size() || !IStartsWith(value, scheme) || value[scheme.size()] != ' ') {
    return std::nullopt;
  }
  return Trim(value.substr(scheme.size() + 1));
}

}  // namespace

std::string_view PresentedApiKey(const http::Request& request) {
  for (std::string_view name : {"X-COUPA-API-KEY", "X_COUPA_API_KEY"}) {
    if (auto v = request.Header(name)) return *v;
  }
  return {};
}

std::optional<std::string_view> PresentedBearerToken(const http::Request& request) {
  return Authorization(request, "Bearer");
}

Result<std::optional<BasicCredentials>> PresentedBasicCredentials(const http::Request& request) {
  auto encoded = Authorization(request, "Basic");
  if (!encoded) return std::optional<BasicCredentials>{};
  auto decoded = Base64Decode(*encoded);
  const auto colon = decoded ? decoded->find(':') : std::string::npos;
  if (colon == std::string::npos) {
    return Fail(InvalidArgument("The Authorization header's Basic credentials are not base64 of id:secret"));
  }
  return std::optional<BasicCredentials>{
      BasicCredentials{http::PercentDecode(std::string_view(*decoded).substr(0, colon), true),
                       http::PercentDecode(std::string_view(*decoded).substr(colon + 1), true)}};
}

}  // namespace apbridge::api
