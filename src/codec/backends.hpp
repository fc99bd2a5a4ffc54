// The per-format entry points behind codec.hpp (which dispatches on Format).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "codec/codec.hpp"

namespace apbridge::codec::internal {

void WriteRecordXml(const model::Record& record, const model::Projection& projection,
                    const WriteOptions& options, std::string* out);
void WriteListXml(std::span<const model::RecordPtr> records, const model::Projection& projection,
                  const WriteOptions& options, std::string* out);
void WriteRecordJson(const model::Record& record, const model::Projection& projection,
                     const WriteOptions& options, std::string* out);
void WriteListJson(std::span<const model::RecordPtr> records, const model::Projection& projection,
                   const WriteOptions& options, std::string* out);

[[nodiscard]] Result<model::RecordPtr> ReadRecordXml(std::string_view body, const model::Resource& resource,
                                                     const ReadOptions& options);
[[nodiscard]] Result<model::RecordPtr> ReadRecordJson(std::string_view body, const model::Resource& resource,
                                                      const ReadOptions& options);

// A rough size of one rendered record, for reserve().
inline size_t EstimatedSize(const model::Projection& projection) {
  return projection.items().size() * 48 + 64;
}

}  // namespace apbridge::codec::internal
