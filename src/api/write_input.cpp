// OptionalBody and ExportedParam: the one reading of a write's body and of
// ?exported=, for invoices and Coupa Pay payments alike.
#include "api/write_input.hpp"

#include "common/text.hpp"
#include "http/negotiation.hpp"
#include "model/value_text.hpp"
#include "query/errors.hpp"

namespace apbridge::api {

Result<model::RecordPtr> OptionalBody(const ApiContext& context, const http::Request& request,
                                      const model::Resource& resource) {
  if (Trim(request.body).empty()) return model::RecordPtr{};
  APB_TRY(Format format, http::RequestBodyFormat(request));
  return codec::ReadRecord(request.body, format, resource, context.read_options);
}

Result<std::optional<bool>> ExportedParam(const http::Request& request) {
  std::optional<bool> exported;
  for (const QueryParam& p : request.query) {
    if (!p.has_value || SnakeName(p.key) != "exported") continue;
    exported = model::BooleanNamed(p.value);
    if (!exported)
      return Fail(query::InvalidParameter(p.key, Quoted(p.value) + " is not a boolean (true or false)"));
  }
  return exported;
}

}  // namespace apbridge::api
