// Points in time (UTC, whole seconds), Coupa's lenient parsing and offset rendering.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace apbridge {

// A UTC instant with one-second resolution, as Coupa stores them.
using Timestamp = std::chrono::sys_seconds;

// Parses what Coupa accepts: ISO 8601 with offset (`2010-03-25T18:38:00-07:00`,
// `+0700`), `Z`, no offset (UTC), date only (midnight UTC), unpadded fields
// (`2014-1-5T0:00:00-08:00`), a space for the `T`, a space where an unencoded
// `+` was (`2019-07-18T13:33:00 07:00`) and fractional seconds (dropped).
[[nodiscard]] Result<Timestamp> ParseTimestamp(std::string_view text);

// The date and time as written, its offset ignored (2016-06-23T00:00:00-08:00
// -> 2016-06-23T00:00:00 read as UTC): the wall-clock reading of a calendar
// date (model::kLocalDate fields), whatever zone the client wrote it in.
[[nodiscard]] Result<Timestamp> ParseWallClock(std::string_view text);

// `2016-06-23T00:00:00Z`: UTC with a Z (the supplier API's form).
[[nodiscard]] std::string FormatUtcZ(Timestamp t);

// The instance's time zone, which renders timestamps as
// `YYYY-MM-DDTHH:MM:SS+HH:MM` (daylight saving aware for IANA names; UTC
// written `Z`, as Rails writes it).
class TimeZone {
 public:
  // "UTC", a fixed offset like "+05:30", or an IANA name like "America/Los_Angeles".
  [[nodiscard]] static Result<TimeZone> Named(std::string_view name);
  static TimeZone Utc();

  // The instant `t` in this zone: `+HH:MM`, or `Z` when the zone is UTC.
  [[nodiscard]] std::string Format(Timestamp t) const;
  // A wall-clock time (kept as if it were UTC, see ParseWallClock) at that
  // same reading in this zone, with the zone's offset then: a calendar date
  // stored as midnight renders as local midnight.
  [[nodiscard]] std::string FormatWallClock(Timestamp wall_clock) const;
  [[nodiscard]] const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::chrono::minutes fixed_offset_{0};
  const void* zone_ = nullptr;  // date::time_zone*, owned by the tz database
};

}  // namespace apbridge
