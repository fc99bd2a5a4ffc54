// Error bodies on the wire, the one writer of them: Coupa's <errors> and {"errors": ...},
// the supplier API's {status, error, message} and OAuth2's {error, error_description}.
#pragma once

#include <string>
#include <string_view>

#include "common/error.hpp"
#include "common/format.hpp"

namespace apbridge::codec {

// How a route's errors look.
enum class ErrorStyle {
  // Core API: XML <errors><error>m</error>...</errors>, or JSON {"errors":{"<resource>":["m",...]}}.
  kCoupa,
  // Supplier API (/api/v1), always JSON: {"status":N,"error":"<reason phrase>","message":"m; m"}.
  kSupplier,
  // OAuth2 token endpoint (RFC 6749 5.2), always JSON: {"error":"<code>","error_description":"m; m"}.
  kOAuth,
};

// What an error body says beside the Error. The status and its reason phrase
// come from http, which owns the status table, so codec keeps none.
struct ErrorBodyOptions {
  ErrorStyle style = ErrorStyle::kCoupa;
  Format format = Format::kXml;    // the negotiated format; only kCoupa follows it
  std::string_view resource_name;  // the key of kCoupa JSON ("invoice-header"); "base" when empty
  int status = 500;                // kSupplier's "status"
  std::string_view reason_phrase;  // kSupplier's "error" ("Not Found")
};

// The format a body in `style` is written in: `negotiated` for kCoupa, JSON for the others.
[[nodiscard]] Format ErrorBodyFormat(ErrorStyle style, Format negotiated);

// The body for `error`, in ErrorBodyFormat(options.style, options.format). It carries
// error.ClientMessages() only, never error.details; kOAuth's code is error.oauth_error.
// Every message is escaped (invalid UTF-8 becomes U+FFFD), so the XML is well-formed.
[[nodiscard]] std::string WriteErrorBody(const Error& error, const ErrorBodyOptions& options);

}  // namespace apbridge::codec
