// Record look-ups by name and typed reads.
#include "model/record.hpp"

#include <stdexcept>

namespace apbridge::model {
namespace {
int RequireIndex(const Resource& r, std::string_view name) {
  int i = r.IndexOf(name);
  if (i < 0) {
    throw std::logic_error("resource " + std::string(r.name()) + " has no field " + std::string(name));
  }
  return i;
}

template <class T>
std::optional<T> As(const Value& v) {
  if (const T* p = std::get_if<T>(&v)) return *p;
  return std::nullopt;
}
}  // namespace

void Record::WrongResource(const ResourceDef& def) const {
  throw std::logic_error("a field handle of " + std::string(def.name) + " used on a record of " +
                         std::string(resource_->name()));
}

const Value& Record::Get(std::string_view name) const { return Get(RequireIndex(*resource_, name)); }

void Record::Set(std::string_view name, Value v) { Set(RequireIndex(*resource_, name), std::move(v)); }

std::optional<int64_t> Record::id() const {
  int i = resource_->IndexOf("id");
  return i < 0 ? std::nullopt : As<int64_t>(Get(i));
}

std::optional<std::string> Record::GetString(std::string_view n) const { return As<std::string>(Get(n)); }
std::optional<int64_t> Record::GetInt(std::string_view n) const { return As<int64_t>(Get(n)); }
std::optional<bool> Record::GetBool(std::string_view n) const { return As<bool>(Get(n)); }
std::optional<Decimal> Record::GetDecimal(std::string_view n) const { return As<Decimal>(Get(n)); }
std::optional<Timestamp> Record::GetTime(std::string_view n) const { return As<Timestamp>(Get(n)); }

RecordPtr Record::GetRecord(std::string_view n) const {
  auto p = As<RecordPtr>(Get(n));
  return p ? *p : nullptr;
}

const RecordList* Record::GetList(std::string_view n) const { return std::get_if<RecordList>(&Get(n)); }

}  // namespace apbridge::model
