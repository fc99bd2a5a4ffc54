// The codec layer's public interface: records <-> Coupa XML and JSON, driven by
// the catalog, plus the fields= parser. Error bodies: codec/error_body.hpp.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "common/format.hpp"
#include "common/result.hpp"
#include "common/timestamp.hpp"
#include "model/field_selection.hpp"
#include "model/projection.hpp"
#include "model/record.hpp"

namespace apbridge::codec {

struct WriteOptions {
  // Datetimes render in this zone as YYYY-MM-DDTHH:MM:SS+HH:MM (Z for UTC);
  // calendar dates (model::kLocalDate) at their wall-clock reading in it.
  TimeZone time_zone = TimeZone::Utc();
};

// Appends one whole document to `out`: `record` in the shape of `projection`
// (of record.resource()), fields in the projection's order. XML starts with
// the <?xml ...?> declaration and has a root named record.resource().name()
// (Rails to_xml: typed elements, `<x nil="true"/>` for null, collection items
// named by the singular of the collection); JSON is an object. A field the
// projection names but the record does not hold (model::Absent) is skipped.
// Never fails: invalid UTF-8 in strings is replaced by U+FFFD.
void WriteRecord(const model::Record& record, const model::Projection& projection, Format format,
                 const WriteOptions& options, std::string* out);

// Appends a list in the shape of `projection`: XML root is the plural with
// type="array" (<invoice-headers type="array">, each item named
// resource.name()); JSON a bare array. Null pointers in `records` are skipped.
void WriteList(std::span<const model::RecordPtr> records, const model::Projection& projection, Format format,
               const WriteOptions& options, std::string* out);

struct ReadOptions {
  // Skip fields the resource does not declare instead of failing.
  bool ignore_unknown = false;
  // The XML root element the body has, when it is not the resource's own
  // name: an action's input read as Coupa sends it (<invoice-header>).
  std::string_view root = {};
};

// Parses a request body into a record of `resource` holding exactly the
// fields present in the body (others stay model::Absent). `resource` must
// come from a model::Catalog (nested fields need its resolved targets).
// Flags (kIn/kOut) are not checked here: the resources layer decides what
// may be written. Every failure is ErrorCode::kInvalidArgument: an empty
// body, malformed XML/JSON, a DOCTYPE, nesting deeper than kMaxDepth, a wrong
// root, or bad field values. Field problems are all collected into
// Error::field_errors as (path, message), path like "payments[0].amount-paid".
[[nodiscard]] Result<model::RecordPtr> ReadRecord(std::string_view body, Format format,
                                                  const model::Resource& resource,
                                                  const ReadOptions& options);

// Maximum nesting of a request body, counted the same way for both formats:
// the root is level 1 and every value is one level below its container, so
// XML counts elements (<invoice-header><supplier><name> is 3 deep) and JSON
// counts values, scalars included ({"supplier": {"name": "x"}}: "x" is 3 deep;
// {"payments": [{"notes": "x"}]}: "x" is 4 deep, like <payments><payment><notes>).
inline constexpr int kMaxDepth = 8;

// Parses the JSON of a fields= parameter (names and {"association": [...]}
// objects). InvalidArgument naming 'fields' when it is not such an array.
[[nodiscard]] Result<model::FieldSelection> ParseFieldSelection(std::string_view text);

}  // namespace apbridge::codec
