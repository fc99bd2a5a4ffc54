// Outlines of XML (libxml2) and JSON (simdjson) bodies, and a line diff.
#include "support/shape_outline.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <iomanip>
#include <sstream>

namespace apbridge::testing {
namespace {

// ---- XML ------------------------------------------------------------------

void CollectXmlError(void* context, const xmlError* error) {
  auto* messages = static_cast<std::string*>(context);
  if (error == nullptr) return;
  if (!messages->empty()) *messages += "; ";
  *messages += "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "?");
}

std::string XmlAttribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

bool HasXmlAttribute(xmlNodePtr node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

OutlineNode XmlNode(xmlNodePtr element) {
  OutlineNode node;
  node.name = reinterpret_cast<const char*>(element->name);
  if (HasXmlAttribute(element, "type")) node.type = XmlAttribute(element, "type");
  node.nil = XmlAttribute(element, "nil") == "true";
  for (xmlNodePtr child = element->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) node.children.push_back(XmlNode(child));
  }
  if (node.children.empty()) {
    xmlChar* content = xmlNodeGetContent(element);
    if (content != nullptr) {
      node.text = reinterpret_cast<const char*>(content);
      xmlFree(content);
    }
  }
  return node;
}

void RenderXml(const OutlineNode& node, int depth, std::string* out) {
  out->append(static_cast<std::size_t>(depth) * 2, ' ');
  *out += node.name;
  if (!node.type.empty()) *out += " type=" + node.type;
  if (node.nil) *out += " nil";
  *out += '\n';
  for (const OutlineNode& child : node.children) RenderXml(child, depth + 1, out);
}

// ---- JSON -----------------------------------------------------------------

const char* JsonKind(simdjson::dom::element_type type) {
  switch (type) {
    case simdjson::dom::element_type::ARRAY:
      return "array";
    case simdjson::dom::element_type::OBJECT:
      return "object";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
      return "number";
    case simdjson::dom::element_type::STRING:
      return "string";
    case simdjson::dom::element_type::BOOL:
      return "boolean";
    case simdjson::dom::element_type::NULL_VALUE:
      return "null";
  }
  return "unknown";
}

OutlineNode JsonNode(std::string name, simdjson::dom::element value) {
  OutlineNode node;
  node.name = std::move(name);
  node.type = JsonKind(value.type());
  node.nil = value.is_null();
  switch (value.type()) {
    case simdjson::dom::element_type::OBJECT: {
      const simdjson::dom::object object = value.get_object().value_unsafe();
      for (simdjson::dom::key_value_pair field : object)
        node.children.push_back(JsonNode(std::string(field.key), field.value));
      break;
    }
    case simdjson::dom::element_type::ARRAY: {
      const simdjson::dom::array array = value.get_array().value_unsafe();
      for (simdjson::dom::element item : array) node.children.push_back(JsonNode("-", item));
      break;
    }
    case simdjson::dom::element_type::STRING:
      node.text = std::string(value.get_string().value_unsafe());
      break;
    default:
      node.text = simdjson::minify(value);
      break;
  }
  return node;
}

void RenderJson(const OutlineNode& node, int depth, std::string* out) {
  out->append(static_cast<std::size_t>(depth) * 2, ' ');
  *out += node.name + " " + node.type + "\n";
  for (const OutlineNode& child : node.children) RenderJson(child, depth + 1, out);
}

// ---- Diff -----------------------------------------------------------------

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    lines.push_back(text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

struct DiffLine {
  char mark;                  // ' ', '-' or '+'
  std::size_t expected_line;  // 1-based; 0 when the line is not in expected
  std::size_t actual_line;    // 1-based; 0 when the line is not in actual
  std::string_view text;
};

// The LCS edit script of a[prefix, a_end) against b[prefix, b_end) (the texts
// without their common prefix and suffix).
std::vector<DiffLine> EditScript(const std::vector<std::string_view>& a,
                                 const std::vector<std::string_view>& b, std::size_t prefix,
                                 std::size_t a_end, std::size_t b_end) {
  const std::size_t n = a_end - prefix;
  const std::size_t m = b_end - prefix;
  // lcs[i][j]: the LCS length of a[prefix+i..a_end) and b[prefix+j..b_end).
  std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] =
          a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<DiffLine> script;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
      script.push_back({' ', prefix + i + 1, prefix + j + 1, a[prefix + i]});
      ++i;
      ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      script.push_back({'-', prefix + i + 1, 0, a[prefix + i]});
      ++i;
    } else {
      script.push_back({'+', 0, prefix + j + 1, b[prefix + j]});
      ++j;
    }
  }
  return script;
}

}  // namespace

std::vector<const OutlineNode*> OutlineNode::Children(std::string_view child_name) const {
  std::vector<const OutlineNode*> found;
  for (const OutlineNode& child : children) {
    if (child.name == child_name) found.push_back(&child);
  }
  return found;
}

const OutlineNode* OutlineNode::Child(std::string_view child_name) const {
  for (const OutlineNode& child : children) {
    if (child.name == child_name) return &child;
  }
  return nullptr;
}

std::vector<std::string> OutlineNode::ChildNames() const {
  std::vector<std::string> names;
  names.reserve(children.size());
  for (const OutlineNode& child : children) names.push_back(child.name);
  return names;
}

std::optional<OutlineNode> XmlOutlineTree(std::string_view body, std::string* error) {
  std::string messages;
  xmlSetStructuredErrorFunc(&messages, reinterpret_cast<xmlStructuredErrorFunc>(&CollectXmlError));
  // No recovery, no network, no entity substitution (as strict_parse).
  xmlDocPtr doc = xmlReadMemory(body.data(), static_cast<int>(body.size()), "response.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (doc == nullptr) {
    *error = messages.empty() ? "libxml2 refused the document" : messages;
    return std::nullopt;
  }
  std::optional<OutlineNode> root;
  if (xmlNodePtr element = xmlDocGetRootElement(doc); element != nullptr) {
    root = XmlNode(element);
  } else {
    *error = "no root element";
  }
  xmlFreeDoc(doc);
  return root;
}

std::optional<OutlineNode> JsonOutlineTree(std::string_view body, std::string* error) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(body);
  simdjson::dom::element root;
  if (const auto code = parser.parse(padded).get(root); code != simdjson::SUCCESS) {
    *error = simdjson::error_message(code);
    return std::nullopt;
  }
  return JsonNode("", root);
}

std::string RenderXmlOutline(const OutlineNode& root) {
  std::string out;
  RenderXml(root, 0, &out);
  return out;
}

std::string RenderJsonOutline(const OutlineNode& root) {
  std::string out;
  for (const OutlineNode& child : root.children) RenderJson(child, 0, &out);
  return out;
}

std::string XmlOutline(std::string_view body) {
  std::string error;
  const std::optional<OutlineNode> root = XmlOutlineTree(body, &error);
  return root ? RenderXmlOutline(*root) : "error: " + error + "\n";
}

std::string JsonOutline(std::string_view body) {
  std::string error;
  const std::optional<OutlineNode> root = JsonOutlineTree(body, &error);
  return root ? RenderJsonOutline(*root) : "error: " + error + "\n";
}

void VisitOutline(
    const OutlineNode& root, const std::vector<const OutlineNode*>& ancestors,
    const std::function<void(const OutlineNode&, const std::vector<const OutlineNode*>&)>& visit) {
  visit(root, ancestors);
  std::vector<const OutlineNode*> path = ancestors;
  path.push_back(&root);
  for (const OutlineNode& child : root.children) VisitOutline(child, path, visit);
}

std::string LineDiff(std::string_view expected, std::string_view actual, std::size_t max_lines) {
  if (expected == actual) return {};
  const std::vector<std::string_view> a = SplitLines(expected);
  const std::vector<std::string_view> b = SplitLines(actual);
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t a_end = a.size();
  std::size_t b_end = b.size();
  while (a_end > prefix && b_end > prefix && a[a_end - 1] == b[b_end - 1]) {
    --a_end;
    --b_end;
  }
  std::ostringstream out;
  out << "expected " << a.size() << " lines, actual " << b.size() << " lines; first difference at line "
      << prefix + 1 << ":\n";
  out << "  expected: " << (prefix < a.size() ? "\"" + std::string(a[prefix]) + "\"" : "(end of text)")
      << "\n";
  out << "  actual:   " << (prefix < b.size() ? "\"" + std::string(b[prefix]) + "\"" : "(end of text)")
      << "\n";
  if (a.size() == b.size() && a_end == prefix && b_end == prefix) {
    out << "(the texts differ only in a trailing newline)\n";
    return out.str();
  }
  // An LCS diff of the differing middle (bounded: outlines are a few thousand lines).
  constexpr std::size_t kMaxCells = 25'000'000;
  if ((a_end - prefix + 1) * (b_end - prefix + 1) > kMaxCells) {
    out << "(too large for a line diff)\n";
    return out.str();
  }
  std::vector<DiffLine> script = EditScript(a, b, prefix, a_end, b_end);
  // One line of context before the first change and after the last.
  if (prefix > 0) script.insert(script.begin(), {' ', prefix, prefix, a[prefix - 1]});
  if (a_end < a.size()) script.push_back({' ', a_end + 1, b_end + 1, a[a_end]});
  out << "diff (- expected only, + actual only; the line numbers in expected, in actual):\n";
  std::size_t written = 0;
  bool skipping = false;
  for (std::size_t k = 0; k < script.size(); ++k) {
    const DiffLine& line = script[k];
    // Unchanged lines are shown only next to a change.
    const bool near_change = line.mark != ' ' || (k > 0 && script[k - 1].mark != ' ') ||
                             (k + 1 < script.size() && script[k + 1].mark != ' ');
    if (!near_change) {
      if (!skipping) out << "  ...\n";
      skipping = true;
      continue;
    }
    skipping = false;
    if (written++ == max_lines) {
      out << "  ... (diff cut at " << max_lines << " lines)\n";
      break;
    }
    out << line.mark << ' ' << std::setw(5) << (line.expected_line ? std::to_string(line.expected_line) : "")
        << ' ' << std::setw(5) << (line.actual_line ? std::to_string(line.actual_line) : "") << " | "
        << line.text << '\n';
  }
  return out.str();
}

}  // namespace apbridge::testing
