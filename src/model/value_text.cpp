// Text -> typed field values, with Coupa-style messages.
#include "model/value_text.hpp"

#include <string>

#include "common/text.hpp"
#include "common/text_escape.hpp"
#include "common/timestamp.hpp"

namespace apbridge::model {
namespace {

__int128 Pow10(int n) {
  __int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

// "<path>: 'text' <what>", or without the path when there is none.
tl::unexpected<Error> Problem(std::string_view path, std::string_view text, std::string_view what) {
  std::string message(path);
  if (!message.empty()) message += ": ";
  message += Quoted(text);
  message += ' ';
  message += what;
  return Fail(InvalidArgument(std::move(message)));
}

Result<Value> ParseDecimalField(const Field& field, std::string_view text, std::string_view path) {
  auto parsed = ParseExactDecimal(text);
  if (!parsed) return Problem(path, text, "is not a decimal number");
  auto scaled = parsed->Rescaled(field.scale);
  if (!scaled) {
    return Problem(
        path, text,
        "has more than " + std::to_string(field.scale) + " decimal place" + (field.scale == 1 ? "" : "s"));
  }
  if (field.precision > 0 && field.precision <= 38 && field.precision >= field.scale) {
    const __int128 limit = Pow10(field.precision);
    if (scaled->mantissa() >= limit || scaled->mantissa() <= -limit) {
      return Problem(path, text,
                     "is too large (at most " + std::to_string(field.precision - field.scale) +
                         " digits before the decimal point)");
    }
  }
  return *scaled;
}

Result<Value> ParseBoolean(std::string_view text, std::string_view path) {
  if (std::optional<bool> b = BooleanNamed(text)) return *b;
  return Problem(path, text, "is not a boolean (true or false)");
}

Result<Value> ParseEnum(const Field& field, std::string_view text, std::string_view path, ValueUse use) {
  if (field.allowed.empty()) return std::string(text);
  for (std::string_view allowed : field.allowed) {
    if (IEquals(text, allowed)) return std::string(allowed);
  }
  // Compared, an unknown value matches nothing, as it would in Coupa's
  // database (certification scenario 4.1 sends status=approve); stored, it is
  // an error.
  if (use == ValueUse::kCompare) return std::string(text);
  std::string what = "is not a valid value (allowed: ";
  for (size_t i = 0; i < field.allowed.size(); ++i) {
    if (i > 0) what += ", ";
    what += field.allowed[i];
  }
  what += ')';
  return Problem(path, text, what);
}

}  // namespace

std::optional<bool> BooleanNamed(std::string_view text) {
  static constexpr std::string_view kTrue[] = {"true", "1", "yes", "t", "y"};
  static constexpr std::string_view kFalse[] = {"false", "0", "no", "f", "n"};
  for (std::string_view t : kTrue) {
    if (IEquals(text, t)) return true;
  }
  for (std::string_view f : kFalse) {
    if (IEquals(text, f)) return false;
  }
  return std::nullopt;
}

Result<Decimal> ParseExactDecimal(std::string_view text) {
  const auto invalid = [&] { return Fail(InvalidArgument(Quoted(text) + " is not a decimal number")); };
  const size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos) return Decimal::Parse(text);
  int64_t exponent = 0;
  if (!ParseInt64(text.substr(e + 1), &exponent) || exponent > 38 || exponent < -38) return invalid();
  auto base = Decimal::Parse(text.substr(0, e));
  if (!base) return invalid();
  __int128 mantissa = base->mantissa();
  int64_t scale = base->scale() - exponent;
  const __int128 limit = Pow10(37);
  for (; scale < 0; ++scale) {
    if (mantissa >= limit || mantissa <= -limit) return invalid();
    mantissa *= 10;
  }
  for (; scale > Decimal::kMaxScale && mantissa % 10 == 0; --scale) mantissa /= 10;
  if (scale > Decimal::kMaxScale) return invalid();
  return Decimal::FromScaled(mantissa, static_cast<int>(scale));
}

Result<Value> ParseValue(const Field& field, std::string_view text, std::string_view path, ValueUse use) {
  if (field.type == FieldType::kString || field.type == FieldType::kText) {
    const std::string subject = path.empty() ? std::string("the text") : std::string(path);
    if (!IsValidUtf8(text)) return Fail(InvalidArgument(subject + " is not valid UTF-8 text"));
    if (use == ValueUse::kWrite && (field.type == FieldType::kString || field.type == FieldType::kText) &&
        field.length > 0 && Utf8Length(text) > field.length) {
      return Fail(InvalidArgument(subject + " is too long (maximum is " + std::to_string(field.length) +
                                  " characters)"));
    }
    return std::string(text);
  }
  const std::string_view t = Trim(text);
  if (t.empty()) return Null{};
  switch (field.type) {
    case FieldType::kInteger: {
      int64_t v = 0;
      if (!ParseInt64(t, &v)) return Problem(path, t, "is not an integer");
      return v;
    }
    case FieldType::kDecimal:
    case FieldType::kFloat:
      return ParseDecimalField(field, t, path);
    case FieldType::kBoolean:
      return ParseBoolean(t, path);
    case FieldType::kDateTime: {
      // A calendar date is the date as written, whatever offset came with it.
      auto parsed = field.Has(kLocalDate) ? ParseWallClock(t) : ParseTimestamp(t);
      if (!parsed) return Problem(path, t, "is not a valid date or time");
      return *parsed;
    }
    case FieldType::kEnum:
      return ParseEnum(field, t, path, use);
    default:
      return Fail(Internal("ParseValue called for non-scalar field " + std::string(field.name)));
  }
}

}  // namespace apbridge::model
