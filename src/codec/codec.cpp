// The public entry points of codec.hpp: dispatch on Format to the backends.
#include "codec/codec.hpp"

#include "codec/backends.hpp"

namespace apbridge::codec {

void WriteRecord(const model::Record& record, const model::Projection& projection, Format format,
                 const WriteOptions& options, std::string* out) {
  if (format == Format::kJson) {
    internal::WriteRecordJson(record, projection, options, out);
  } else {
    internal::WriteRecordXml(record, projection, options, out);
  }
}

void WriteList(std::span<const model::RecordPtr> records, const model::Projection& projection, Format format,
               const WriteOptions& options, std::string* out) {
  if (format == Format::kJson) {
    internal::WriteListJson(records, projection, options, out);
  } else {
    internal::WriteListXml(records, projection, options, out);
  }
}

Result<model::RecordPtr> ReadRecord(std::string_view body, Format format, const model::Resource& resource,
                                    const ReadOptions& options) {
  return format == Format::kJson ? internal::ReadRecordJson(body, resource, options)
                                 : internal::ReadRecordXml(body, resource, options);
}

}  // namespace apbridge::codec
