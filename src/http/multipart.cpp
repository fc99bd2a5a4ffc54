// ParseMultipartFormData on RESTinio's helpers: its Content-Type parser finds
// the boundary, split_multipart_body cuts the body at the delimiters,
// try_parse_part separates each part's headers from its bytes, and its
// Content-Disposition parser reads name= and filename=. This file is the
// only one that includes multipart_body.hpp, which defines functions that
// are not inline.
#include "http/multipart.hpp"

#include <fmt/format.h>

#include <restinio/helpers/http_field_parsers/content-disposition.hpp>
#include <restinio/helpers/http_field_parsers/content-type.hpp>
#include <restinio/helpers/multipart_body.hpp>

#include "common/text.hpp"
#include "http/query_string.hpp"

namespace apbridge::http {
namespace {

namespace hfp = restinio::http_field_parsers;
namespace multipart = restinio::multipart_body;

Error Malformed(std::string_view why) {
  return InvalidArgument(fmt::format("The multipart/form-data body is malformed: {}", why));
}

// The delimiter ("--" + boundary) that Content-Type `value` names.
Result<std::string> Delimiter(std::string_view value) {
  const auto parsed = hfp::content_type_value_t::try_parse(value);
  if (!parsed || parsed->media_type.type != "multipart" || parsed->media_type.subtype != "form-data") {
    return Fail(Malformed(fmt::format("Content-Type {} is not multipart/form-data", Quoted(value))));
  }
  const auto boundary = hfp::find_first(parsed->media_type.parameters, "boundary");
  if (!boundary) return Fail(Malformed("the Content-Type names no boundary"));
  if (multipart::check_boundary_value(*boundary)) {
    return Fail(Malformed(
        fmt::format("the boundary {} is not 1 to 70 characters of RFC 2046's set", Quoted(*boundary))));
  }
  return fmt::format("--{}", *boundary);
}

// ISO-8859-1 bytes as UTF-8: each byte is the code point of the same value.
std::string Latin1ToUtf8(std::string_view latin1) {
  std::string out;
  for (char c : latin1) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      out.push_back(c);
    } else {
      out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
      out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
    }
  }
  return out;
}

// RFC 5987's ext-value (charset'language'percent-encoded, as RESTinio leaves
// it) as UTF-8; nullopt for a charset other than UTF-8 and ISO-8859-1.
std::optional<std::string> DecodeExtValue(std::string_view value) {
  const size_t charset_end = value.find('\'');
  const size_t language_end =
      charset_end == std::string_view::npos ? charset_end : value.find('\'', charset_end + 1);
  if (language_end == std::string_view::npos) return std::nullopt;
  const std::string_view charset = value.substr(0, charset_end);
  std::string decoded = PercentDecode(value.substr(language_end + 1), false);
  if (IEquals(charset, "UTF-8")) return decoded;
  if (IEquals(charset, "ISO-8859-1")) return Latin1ToUtf8(decoded);
  return std::nullopt;
}

// One part: `number` counts from 1, for messages.
Result<FormPart> ReadPart(std::string_view text, size_t number) {
  auto parsed = multipart::try_parse_part(text);
  if (!parsed) {
    return Fail(
        Malformed(fmt::format("part {} has no header lines ending in CRLF and an empty line", number)));
  }
  const auto disposition = parsed->fields.opt_value_of(restinio::http_field::content_disposition);
  if (!disposition) return Fail(Malformed(fmt::format("part {} has no Content-Disposition", number)));
  const auto value = hfp::content_disposition_value_t::try_parse(*disposition);
  if (!value || value->value != "form-data") {
    return Fail(Malformed(fmt::format("part {}'s Content-Disposition {} is not form-data; name=\"...\"",
                                      number, Quoted(*disposition))));
  }
  const auto name = hfp::find_first(value->parameters, "name");
  if (!name) return Fail(Malformed(fmt::format("part {}'s Content-Disposition has no name", number)));

  FormPart part;
  part.name = std::string(*name);
  if (const auto star = hfp::find_first(value->parameters, "filename*"))
    part.file_name = DecodeExtValue(*star);
  if (!part.file_name) {
    if (const auto plain = hfp::find_first(value->parameters, "filename"))
      part.file_name = std::string(*plain);
  }
  if (const auto type = parsed->fields.opt_value_of(restinio::http_field::content_type)) {
    part.content_type = std::string(Trim(*type));
  }
  part.body = std::string(parsed->body);
  return part;
}

}  // namespace

bool IsMultipartFormData(std::string_view content_type) {
  const std::string_view type = Trim(content_type.substr(0, content_type.find(';')));
  return IEquals(type, "multipart/form-data");
}

bool IsMultipartFormData(const Request& request) {
  const auto content_type = request.Header("Content-Type");
  return content_type && IsMultipartFormData(*content_type);
}

Result<std::vector<FormPart>> ParseMultipartFormData(std::string_view content_type, std::string_view body) {
  APB_TRY(const std::string delimiter, Delimiter(content_type));
  // RESTinio wants the CRLF after the close delimiter, which RFC 2046 makes optional.
  std::string closed;
  const std::string close_delimiter = delimiter + "--";
  if (body.ends_with(close_delimiter)) {
    closed = fmt::format("{}\r\n", body);
    body = closed;
  }
  const std::vector<restinio::string_view_t> pieces = multipart::split_multipart_body(body, delimiter);
  if (pieces.empty()) {
    return Fail(Malformed(fmt::format("no part between delimiters {} and a closing {}", Quoted(delimiter),
                                      Quoted(close_delimiter))));
  }
  std::vector<FormPart> parts;
  parts.reserve(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) {
    APB_TRY(FormPart part, ReadPart(pieces[i], i + 1));
    parts.push_back(std::move(part));
  }
  return parts;
}

Result<std::vector<FormPart>> ParseMultipartFormData(const Request& request) {
  return ParseMultipartFormData(request.Header("Content-Type").value_or(""), request.body);
}

}  // namespace apbridge::http
