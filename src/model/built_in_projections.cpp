// Built-in projections. A full response renders the record's API-out fields in
// Coupa's order (ResourceDef::order), its owned collections in full, and
// every other association in the fixed shape of its resource
// (ResourceDef::embedded), recursively: there is no depth cut-off, the shapes
// themselves end (a user embeds nothing).
#include "model/built_in_projections.hpp"

#include <map>
#include <set>
#include <stdexcept>

#include "model/resource.hpp"

namespace apbridge::model::internal {
namespace {

class Builder {
 public:
  ProjectionPtr IdOnly(const Resource& r) {
    auto& slot = id_only_[&r];
    if (!slot) slot = std::make_shared<const Projection>(r, std::vector<Projection::Item>{});
    return slot;
  }

  // Every stored column, references and links as ids, owned collections likewise.
  ProjectionPtr Stored(const Resource& r) {
    if (auto it = stored_.find(&r); it != stored_.end()) return it->second;
    Guard guard(this, &r, "stored");
    std::vector<Projection::Item> items;
    for (int i = 0; i < r.field_count(); ++i) {
      const Field& f = r.field(i);
      if (f.IsCustomFields()) continue;  // nothing stored of its own; its custom fields are scalars
      if (f.IsScalar()) {
        items.push_back({i, nullptr});
      } else {
        items.push_back({i, f.IsOwned() ? Stored(*r.Target(i)) : IdOnly(*r.Target(i))});
      }
    }
    return stored_[&r] = std::make_shared<const Projection>(r, std::move(items));
  }

  // A full response, or one item of an owned collection in it.
  ProjectionPtr Full(const Resource& r) {
    if (auto it = full_.find(&r); it != full_.end()) return it->second;
    Guard guard(this, &r, "full");
    std::vector<Projection::Item> items;
    for (int i : FullOrder(r)) {
      const Field& f = r.field(i);
      if (f.IsScalar() || f.IsCustomFields()) {
        items.push_back({i, nullptr});
      } else {
        items.push_back({i, f.IsOwned() ? Full(*r.Target(i)) : Embedded(*r.Target(i))});
      }
    }
    return full_[&r] = std::make_shared<const Projection>(r, std::move(items));
  }

  // Scalars plus id and natural keys of one-deep references.
  ProjectionPtr Shallow(const Resource& r) {
    std::vector<Projection::Item> items;
    for (int i = 0; i < r.field_count(); ++i) {
      const Field& f = r.field(i);
      if (!f.Has(kOut) || f.type == FieldType::kCollection) continue;
      items.push_back({i, f.IsScalar() || f.IsCustomFields() ? nullptr : Keys(*r.Target(i))});
    }
    return std::make_shared<const Projection>(r, std::move(items));
  }

 private:
  // Marks `r` as being built in `kind` while in scope: shapes that come back
  // to a resource they are building would never end.
  class Guard {
   public:
    Guard(Builder* b, const Resource* r, const char* kind) : b_(b), key_(r, kind) {
      if (!b_->building_.insert(key_).second) {
        throw std::logic_error(std::string(kind) + " shape of " + std::string(r->name()) +
                               " contains itself");
      }
    }
    ~Guard() { b_->building_.erase(key_); }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

   private:
    Builder* b_;
    std::pair<const Resource*, std::string_view> key_;
  };

  // The field index of `name` in `r`; a shape naming a field `r` lacks is a
  // bug in the catalog's data.
  static int Require(const Resource& r, std::string_view name, const char* where) {
    const int i = r.IndexOf(name);
    if (i < 0) {
      throw std::logic_error(std::string(where) + " of " + std::string(r.name()) + " names unknown field " +
                             std::string(name));
    }
    return i;
  }

  // The API-out fields of `r` in Coupa's order (ResourceDef::order), each
  // custom field right after the custom-fields element.
  static std::vector<int> FullOrder(const Resource& r) {
    std::vector<int> out;
    std::vector<bool> listed(static_cast<size_t>(r.field_count()), false);
    for (std::string_view name : r.def().order) {
      if (name != "*") listed[static_cast<size_t>(Require(r, name, "order"))] = true;
    }
    const auto push = [&](int i) {
      out.push_back(i);
      if (!r.field(i).IsCustomFields()) return;
      for (int c = 0; c < r.field_count(); ++c) {
        if (r.field(c).Has(kCustom)) out.push_back(c);
      }
    };
    const auto unlisted = [&](bool scalars) {
      for (int i = 0; i < r.field_count(); ++i) {
        const Field& f = r.field(i);
        if (listed[static_cast<size_t>(i)] || !f.Has(kOut) || f.Has(kCustom)) continue;
        if (f.IsScalar() == scalars) push(i);
      }
    };
    bool star = false;
    for (std::string_view name : r.def().order) {
      if (name == "*") {
        unlisted(true);
        star = true;
        continue;
      }
      const int i = r.IndexOf(name);
      if (r.field(i).Has(kOut)) push(i);
    }
    if (!star) unlisted(true);
    unlisted(false);
    return out;
  }

  // The fixed shape of `r` inside another record (ResourceDef::embedded),
  // or its API-out scalars when it declares none.
  ProjectionPtr Embedded(const Resource& r) {
    if (auto it = embedded_.find(&r); it != embedded_.end()) return it->second;
    Guard guard(this, &r, "embedded");
    std::vector<Projection::Item> items;
    if (r.def().embedded.empty()) {
      for (int i = 0; i < r.field_count(); ++i) {
        const Field& f = r.field(i);
        if (f.Has(kOut) && f.IsScalar() && !f.Has(kCustom)) items.push_back({i, nullptr});
      }
    }
    for (std::string_view name : r.def().embedded) {
      const int i = Require(r, name, "embedded shape");
      const Field& f = r.field(i);
      items.push_back({i, f.IsScalar() ? nullptr : Embedded(*r.Target(i))});
    }
    return embedded_[&r] = std::make_shared<const Projection>(r, std::move(items));
  }

  ProjectionPtr Keys(const Resource& r) {
    std::vector<Projection::Item> items;
    for (std::string_view key : r.natural_keys()) items.push_back({r.IndexOf(key), nullptr});
    return std::make_shared<const Projection>(r, std::move(items));
  }

  std::map<const Resource*, ProjectionPtr> id_only_;
  std::map<const Resource*, ProjectionPtr> full_;
  std::map<const Resource*, ProjectionPtr> stored_;
  std::map<const Resource*, ProjectionPtr> embedded_;
  std::set<std::pair<const Resource*, std::string_view>> building_;
};

}  // namespace

std::vector<BuiltIns> BuildProjections(std::span<const std::unique_ptr<Resource>> resources) {
  Builder builder;
  std::vector<BuiltIns> out;
  out.reserve(resources.size());
  for (const auto& r : resources) {
    BuiltIns b;
    b[static_cast<size_t>(Shape::kFull)] = builder.Full(*r);
    b[static_cast<size_t>(Shape::kShallow)] = builder.Shallow(*r);
    b[static_cast<size_t>(Shape::kLimited)] = builder.IdOnly(*r);
    b[static_cast<size_t>(Shape::kStored)] = builder.Stored(*r);
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace apbridge::model::internal
