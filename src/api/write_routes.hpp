// The routes beyond index and show (model::ApiWriteRoutes): each family of
// them (invoice updates, invoice actions, approvals, ...) offers a handler for
// the actions it serves; RegisterWriteRoutes registers the table through them.
#pragma once

#include <functional>

#include "api/context.hpp"
#include "http/router.hpp"
#include "model/api_resources.hpp"

namespace apbridge::api {

// Answers one request of `route` for `principal` (who is allowed the route's action).
using WriteHandler = std::function<Result<http::Response>(
    const ApiContext& context, const http::Request& request, const resources::Principal& principal)>;

// Each family: the handler of `route`, or an empty one when the route is not theirs.
[[nodiscard]] WriteHandler InvoiceUpdateHandler(const ApiContext& context, const model::ApiWriteRoute& route);
[[nodiscard]] WriteHandler InvoiceActionHandler(const ApiContext& context, const model::ApiWriteRoute& route);
[[nodiscard]] WriteHandler ApprovalHandler(const ApiContext& context, const model::ApiWriteRoute& route);
[[nodiscard]] WriteHandler InvoiceCreateHandler(const ApiContext& context, const model::ApiWriteRoute& route);
[[nodiscard]] WriteHandler CommentHandler(const ApiContext& context, const model::ApiWriteRoute& route);
[[nodiscard]] WriteHandler ImageScanHandler(const ApiContext& context, const model::ApiWriteRoute& route);
[[nodiscard]] WriteHandler CoupaPayHandler(const ApiContext& context, const model::ApiWriteRoute& route);

// Registers every route of model::ApiWriteRoutes, guarded by its
// api_resource:action permission. Throws std::logic_error for a route no family
// serves (a bug of the table, found at start-up by every test that serves).
void RegisterWriteRoutes(http::Router& router, const ApiContext& context);

}  // namespace apbridge::api
