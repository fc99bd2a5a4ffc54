// Request target parsing: path normalisation, format suffix and format=, query string.
#include "http/request.hpp"

#include "common/text.hpp"

namespace apbridge::http {
namespace {

// Strips "scheme://authority" from an absolute-form target.
std::string_view OriginForm(std::string_view target) {
  const size_t scheme_end = target.find("://");
  if (scheme_end == std::string_view::npos || target.empty() || target.front() == '/') {
    return target;
  }
  const size_t path_start = target.find('/', scheme_end + 3);
  if (path_start == std::string_view::npos) return "/";
  return target.substr(path_start);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The format a format=json|xml parameter names (value in any case); nullopt for
// any other parameter or value.
std::optional<Format> FormatParam(const QueryParam& param) {
  if (param.key != "format") return std::nullopt;
  if (IEquals(param.value, "json")) return Format::kJson;
  if (IEquals(param.value, "xml")) return Format::kXml;
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> Request::Param(std::string_view name) const {
  const auto it = params.find(std::string(name));
  if (it == params.end()) return std::nullopt;
  return std::string_view(it->second);
}

void Request::SetTarget(std::string_view target) {
  target = OriginForm(target);
  const size_t hash = target.find('#');
  if (hash != std::string_view::npos) target = target.substr(0, hash);
  const size_t question = target.find('?');
  std::string_view raw_path = target.substr(0, question);
  raw_query = question == std::string_view::npos ? std::string() : std::string(target.substr(question + 1));
  query = ParseQueryString(raw_query);
  std::optional<Format> query_format;
  for (const QueryParam& param : query) {
    if (auto format = FormatParam(param)) query_format = format;
  }
  std::erase_if(query, [](const QueryParam& param) { return FormatParam(param).has_value(); });

  path = PercentDecode(raw_path, /*plus_is_space=*/false);
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  while (path.size() > 1 && path.back() == '/') path.pop_back();

  // Rails-style format suffix (/api/invoices/12.json), only under /api/ so that
  // a literal file name elsewhere (/openapi.json) stays a path.
  format_override.reset();
  if (path.rfind("/api/", 0) == 0) {
    const size_t last_slash = path.rfind('/');
    const std::string_view last_segment = std::string_view(path).substr(last_slash + 1);
    if (EndsWith(last_segment, ".json") && last_segment.size() > 5) {
      format_override = Format::kJson;
      path.resize(path.size() - 5);
    } else if (EndsWith(last_segment, ".xml") && last_segment.size() > 4) {
      format_override = Format::kXml;
      path.resize(path.size() - 4);
    }
  }
  // format= wins over the suffix (REFERENCE.md, Formats).
  if (query_format) format_override = query_format;
}

Request Request::FromTarget(Method method, std::string_view target) {
  Request request;
  request.method = method;
  request.SetTarget(target);
  return request;
}

}  // namespace apbridge::http
