// Lenient ISO 8601 parsing for Coupa inputs and offset-aware rendering.
#include "common/timestamp.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <cstdio>

namespace apbridge {
namespace {

// A tiny cursor over the text; each Read* consumes what it accepts.
struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool Done() const { return i >= s.size(); }
  char Peek() const { return Done() ? '\0' : s[i]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++i;
    return true;
  }
  // Reads 1..max_digits digits; returns -1 when there are none.
  int Number(int max_digits) {
    int v = 0;
    int n = 0;
    while (n < max_digits && !Done() && s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + (s[i++] - '0');
      ++n;
    }
    return n == 0 ? -1 : v;
  }
};

std::string TwoDigits(long v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02ld", v);
  return buf;
}

std::string FormatWithOffset(Timestamp t, std::chrono::seconds offset, bool z_for_utc) {
  auto local = t + offset;
  auto day = std::chrono::floor<date::days>(local);
  date::year_month_day ymd{day};
  date::hh_mm_ss<std::chrono::seconds> hms{local - day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long>(hms.seconds().count()));
  std::string out(buf);
  if (z_for_utc && offset.count() == 0) return out + "Z";
  long minutes = offset.count() / 60;
  out += minutes < 0 ? '-' : '+';
  minutes = minutes < 0 ? -minutes : minutes;
  return out + TwoDigits(minutes / 60) + ":" + TwoDigits(minutes % 60);
}

// The time as written (wall clock, read as if it were UTC) and the offset
// written with it (zero when there is none).
struct Written {
  Timestamp wall_clock;
  std::chrono::seconds offset{0};
};

Result<Written> ParseWritten(std::string_view text) {
  auto bad = [&] { return Fail(InvalidArgument("'" + std::string(text) + "' is not a valid date or time")); };
  Cursor c{text};
  while (c.Eat(' ')) {
  }
  int y = c.Number(4);
  if (y < 0 || !c.Eat('-')) return bad();
  int mo = c.Number(2);
  if (mo < 0 || !c.Eat('-')) return bad();
  int d = c.Number(2);
  if (d < 0) return bad();
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return bad();
  Timestamp t{date::sys_days{ymd}};
  if (c.Done()) return Written{t};
  if (!c.Eat('T') && !c.Eat('t') && !c.Eat(' ')) return bad();
  int h = c.Number(2);
  if (h < 0 || h > 23 || !c.Eat(':')) return bad();
  int mi = c.Number(2);
  if (mi < 0 || mi > 59) return bad();
  int sec = 0;
  if (c.Eat(':')) {
    sec = c.Number(2);
    if (sec < 0 || sec > 60) return bad();
    if (c.Eat('.')) {
      if (c.Number(9) < 0) return bad();
    }
  }
  t += std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{sec};
  while (c.Peek() == ' ' && c.i + 1 < text.size() && text[c.i + 1] == ' ') c.Eat(' ');
  if (c.Done()) return Written{t};
  if (c.Eat('Z') || c.Eat('z')) return c.Done() ? Result<Written>(Written{t}) : bad();
  int sign = 0;
  if (c.Eat('+') || c.Eat(' ')) {
    sign = 1;
  } else if (c.Eat('-')) {
    sign = -1;
  } else {
    return bad();
  }
  size_t start = c.i;
  int oh = c.Number(2);
  if (oh < 0) return bad();
  int om = 0;
  if (c.Eat(':') || (c.i - start == 2 && !c.Done())) om = c.Number(2);  // +07:00 or +0700
  if (om < 0 || om > 59 || oh > 18 || !c.Done()) return bad();
  return Written{t, sign * (std::chrono::hours{oh} + std::chrono::minutes{om})};
}

}  // namespace

Result<Timestamp> ParseTimestamp(std::string_view text) {
  APB_TRY(Written w, ParseWritten(text));
  return w.wall_clock - w.offset;
}

Result<Timestamp> ParseWallClock(std::string_view text) {
  APB_TRY(Written w, ParseWritten(text));
  return w.wall_clock;
}

std::string FormatUtcZ(Timestamp t) { return FormatWithOffset(t, std::chrono::seconds{0}, true); }

TimeZone TimeZone::Utc() {
  TimeZone tz;
  tz.name_ = "UTC";
  return tz;
}

Result<TimeZone> TimeZone::Named(std::string_view name) {
  if (name.empty() || name == "UTC" || name == "Etc/UTC" || name == "Z") return Utc();
  TimeZone tz;
  tz.name_ = std::string(name);
  if (name[0] == '+' || name[0] == '-') {
    auto parsed = ParseTimestamp("1970-01-01T00:00:00" + std::string(name));
    if (!parsed) return Fail(InvalidArgument("'" + std::string(name) + "' is not a UTC offset"));
    tz.fixed_offset_ = std::chrono::duration_cast<std::chrono::minutes>(Timestamp{} - *parsed);
    return tz;
  }
  try {
    tz.zone_ = date::locate_zone(name);
  } catch (const std::exception&) {
    return Fail(InvalidArgument("unknown time zone '" + std::string(name) + "'"));
  }
  return tz;
}

std::string TimeZone::FormatWallClock(Timestamp wall_clock) const {
  std::chrono::seconds offset = fixed_offset_;
  if (zone_ != nullptr) {
    const auto* zone = static_cast<const date::time_zone*>(zone_);
    const date::local_info info = zone->get_info(date::local_seconds{wall_clock.time_since_epoch()});
    // A wall-clock time skipped by a daylight-saving jump takes the offset after it.
    offset = info.result == date::local_info::nonexistent ? info.second.offset : info.first.offset;
  }
  return FormatWithOffset(wall_clock - offset, offset, zone_ == nullptr && offset.count() == 0);
}

std::string TimeZone::Format(Timestamp t) const {
  std::chrono::seconds offset = fixed_offset_;
  if (zone_ != nullptr) {
    offset = static_cast<const date::time_zone*>(zone_)->get_info(t).offset;
  }
  return FormatWithOffset(t, offset, zone_ == nullptr && offset.count() == 0);
}

}  // namespace apbridge
