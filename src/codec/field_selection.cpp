// fields=["id",{"supplier":["name"]}] -> model::FieldSelection (names not yet
// checked against the catalog; see model::BindSelection).
#include <simdjson.h>

#include "codec/codec.hpp"

namespace apbridge::codec {
namespace {

Error Bad(const std::string& why) {
  return InvalidArgument(why + " (expected a JSON array such as [\"id\",{\"supplier\":[\"name\"]}])");
}

Status AddArray(simdjson::dom::array array, model::FieldSelection* into, int depth) {
  if (depth > kMaxDepth) return Fail(Bad("nested too deeply"));
  for (simdjson::dom::element item : array) {
    std::string_view name;
    simdjson::dom::object object;
    if (item.get(name) == simdjson::SUCCESS) {
      into->children.try_emplace(std::string(name));
    } else if (item.get(object) == simdjson::SUCCESS) {
      for (auto [key, value] : object) {
        simdjson::dom::array nested;
        if (value.get(nested) != simdjson::SUCCESS)
          return Fail(Bad("'" + std::string(key) + "' must name an array"));
        APB_TRY_STATUS(AddArray(nested, &into->children[std::string(key)], depth + 1));
      }
    } else {
      return Fail(Bad("items must be names or objects"));
    }
  }
  return Ok();
}

}  // namespace

Result<model::FieldSelection> ParseFieldSelection(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(text);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) return Fail(Bad("not valid JSON"));
  simdjson::dom::array array;
  if (root.get(array) != simdjson::SUCCESS) return Fail(Bad("not an array"));
  model::FieldSelection selection;
  APB_TRY_STATUS(AddArray(array, &selection, 1));
  return selection;
}

}  // namespace apbridge::codec
