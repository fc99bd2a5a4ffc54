// Error constructors and names.
#include "common/error.hpp"

namespace apbridge {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kRateLimited:
      return "rate_limited";
    case ErrorCode::kPayloadTooLarge:
      return "payload_too_large";
    case ErrorCode::kUnsupportedMediaType:
      return "unsupported_media_type";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

std::vector<std::string> Error::ClientMessages() const {
  std::vector<std::string> out;
  for (const auto& [field, text] : field_errors) out.push_back(text);
  if (out.empty()) out.push_back(message);
  return out;
}

namespace {
Error Make(ErrorCode code, std::string message, std::string details = {}) {
  return Error{code, std::move(message), std::move(details), {}};
}
}  // namespace

Error InvalidArgument(std::string m) { return Make(ErrorCode::kInvalidArgument, std::move(m)); }
Error NotFound(std::string m) { return Make(ErrorCode::kNotFound, std::move(m)); }
Error Conflict(std::string m) { return Make(ErrorCode::kConflict, std::move(m)); }
Error Unauthenticated(std::string m) { return Make(ErrorCode::kUnauthenticated, std::move(m)); }
Error Forbidden(std::string m) { return Make(ErrorCode::kForbidden, std::move(m)); }
Error RateLimited(std::string m) { return Make(ErrorCode::kRateLimited, std::move(m)); }
Error PayloadTooLarge(std::string m) { return Make(ErrorCode::kPayloadTooLarge, std::move(m)); }
Error UnsupportedMediaType(std::string m) { return Make(ErrorCode::kUnsupportedMediaType, std::move(m)); }
Error Unavailable(std::string m, std::string d) {
  return Make(ErrorCode::kUnavailable, std::move(m), std::move(d));
}
Error Internal(std::string details) {
  return Make(ErrorCode::kInternal, "An unexpected error occurred. Please try again later.",
              std::move(details));
}

}  // namespace apbridge
