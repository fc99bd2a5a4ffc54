// The one error type of apbridge: a value, independent of HTTP, carried by Result<T>.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace apbridge {

// What went wrong, coarse enough to map onto a transport status.
enum class ErrorCode {
  kInvalidArgument,
  kNotFound,
  kConflict,
  kUnauthenticated,
  kForbidden,
  kRateLimited,
  kPayloadTooLarge,
  kUnsupportedMediaType,
  kUnavailable,
  kInternal,
};

std::string_view ErrorCodeName(ErrorCode code);

// One failure. `message` is safe to show a client; `details` is for logs only.
// `field_errors` carries per-field validation messages (field wire name, text).
// `oauth_error` is the RFC 6749 (5.2) code an OAuth2 endpoint answers with
// ("invalid_client", "invalid_scope", ...).
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string details;
  std::vector<std::pair<std::string, std::string>> field_errors;
  std::string oauth_error = "invalid_request";

  // Every message a client should see: the field messages, or the message.
  [[nodiscard]] std::vector<std::string> ClientMessages() const;
};

[[nodiscard]] Error InvalidArgument(std::string message);
[[nodiscard]] Error NotFound(std::string message);
[[nodiscard]] Error Conflict(std::string message);
[[nodiscard]] Error Unauthenticated(std::string message);
[[nodiscard]] Error Forbidden(std::string message);
[[nodiscard]] Error RateLimited(std::string message);
[[nodiscard]] Error PayloadTooLarge(std::string message);
[[nodiscard]] Error UnsupportedMediaType(std::string message);
[[nodiscard]] Error Unavailable(std::string message, std::string details = {});
[[nodiscard]] Error Internal(std::string details);

}  // namespace apbridge
