// Result<T>: expected failures are values. APB_TRY propagates them.
#pragma once

#include <tl/expected.hpp>

#include "common/error.hpp"

namespace apbridge {

template <class T>
using Result = tl::expected<T, Error>;

using Status = Result<void>;

inline tl::unexpected<Error> Fail(Error e) { return tl::unexpected<Error>(std::move(e)); }

inline Status Ok() { return {}; }

}  // namespace apbridge

#define APB_CONCAT_INNER(a, b) a##b
#define APB_CONCAT(a, b) APB_CONCAT_INNER(a, b)

// APB_TRY(auto x, expr): evaluate a Result, return its error, else bind the value.
// APB_TRY_STATUS(expr): the same for Result<void>.
#define APB_TRY(decl, expr) APB_TRY_IMPL(APB_CONCAT(apb_result_, __LINE__), decl, expr)
#define APB_TRY_IMPL(tmp, decl, expr)                                           \
  auto tmp = (expr);                                                            \
  if (!tmp) return ::tl::unexpected<::apbridge::Error>(std::move(tmp).error()); \
  decl = std::move(tmp).value()
#define APB_TRY_STATUS(expr)                                                                      \
  do {                                                                                            \
    auto apb_status_ = (expr);                                                                    \
    if (!apb_status_) return ::tl::unexpected<::apbridge::Error>(std::move(apb_status_).error()); \
  } while (false)
