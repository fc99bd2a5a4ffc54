// The outline of a response body: its element names, their types and nesting,
// in document order, with the values dropped (what golden shape tests compare).
//
// XML (libxml2): one line per element, indented two spaces per depth, the name
// plus " type=T" when the element has a type attribute and " nil" when
// nil="true":
//   invoice-header
//     id type=integer
//     comments nil
// JSON (simdjson): one line per key with the JSON kind (string, number,
// boolean, null, object, array); the items of an array are listed as "-":
//   id number
//   invoice-lines array
//     - object
//       id number
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace apbridge::testing {

// One element (XML) or one key or array item (JSON) of a body.
struct OutlineNode {
  std::string name;  // element name or key; "-" for a JSON array item (empty for the JSON root)
  std::string type;  // XML: the type attribute (empty when none); JSON: the kind
  bool nil = false;  // XML: nil="true" (JSON: the kind is "null")
  // Not part of the outline: the text of an element without child elements,
  // or a JSON scalar as written (for checks that need a value).
  std::string text;
  std::vector<OutlineNode> children;

  // The children named `name`, in document order.
  [[nodiscard]] std::vector<const OutlineNode*> Children(std::string_view child_name) const;
  // The first child named `name`; nullptr when there is none.
  [[nodiscard]] const OutlineNode* Child(std::string_view child_name) const;
  // The names of the children, in document order.
  [[nodiscard]] std::vector<std::string> ChildNames() const;
};

// The outline tree of an XML body (the root element is the root node); nullopt
// with `error` set when libxml2 refuses the body.
[[nodiscard]] std::optional<OutlineNode> XmlOutlineTree(std::string_view body, std::string* error);
// The outline tree of a JSON body (the root node is the top-level value, with
// an empty name); nullopt with `error` set when simdjson refuses the body.
[[nodiscard]] std::optional<OutlineNode> JsonOutlineTree(std::string_view body, std::string* error);

// The outline text of a tree made by XmlOutlineTree (the root at depth 0).
[[nodiscard]] std::string RenderXmlOutline(const OutlineNode& root);
// The outline text of a tree made by JsonOutlineTree (the root value's keys
// or items at depth 0).
[[nodiscard]] std::string RenderJsonOutline(const OutlineNode& root);

// The outline text of a body, or a line "error: ..." when it does not parse.
[[nodiscard]] std::string XmlOutline(std::string_view body);
[[nodiscard]] std::string JsonOutline(std::string_view body);

// Every node of the tree, the root first, in document order (depth-first).
void VisitOutline(
    const OutlineNode& root, const std::vector<const OutlineNode*>& ancestors,
    const std::function<void(const OutlineNode&, const std::vector<const OutlineNode*>&)>& visit);

// A readable difference of two texts, line by line: empty when they are equal;
// otherwise the first differing line (its numbers in both texts) and an LCS
// diff of at most `max_lines` lines ("-" expected only, "+" actual only, each
// with its line number), with a line of context around each change.
[[nodiscard]] std::string LineDiff(std::string_view expected, std::string_view actual,
                                   std::size_t max_lines = 60);

}  // namespace apbridge::testing
