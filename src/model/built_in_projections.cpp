// Built-in projections. A full response embeds references with their scalars
// two hops deep (then by id) and owned collections in full.
#include "model/built_in_projections.hpp"

#include <map>
#include <set>
#include <stdexcept>

#include "model/resource.hpp"

namespace apbridge::model::internal {
namespace {

// Hops of references embedded with their scalars in a full response.
constexpr int kReferenceDepth = 2;

class Builder {
 public:
  ProjectionPtr IdOnly(const Resource& r) {
    auto& slot = id_only_[&r];
    if (!slot) slot = std::make_shared<const Projection>(r, std::vector<Projection::Item>{});
    return slot;
  }

  // Every stored column, references as ids, and owned collections likewise.
  ProjectionPtr Stored(const Resource& r) {
    if (auto it = stored_.find(&r); it != stored_.end()) return it->second;
    Guard guard(this, r);
    std::vector<Projection::Item> items;
    for (int i = 0; i < r.field_count(); ++i) {
      const Field& f = r.field(i);
      if (f.type == FieldType::kCollection) {
        items.push_back({i, Stored(*r.Target(i))});
      } else {
        items.push_back({i, f.IsScalar() ? nullptr : IdOnly(*r.Target(i))});
      }
    }
    return stored_[&r] = std::make_shared<const Projection>(r, std::move(items));
  }

  // A full response, or one item of an owned collection in it.
  ProjectionPtr Full(const Resource& r) {
    if (auto it = full_.find(&r); it != full_.end()) return it->second;
    Guard guard(this, r);
    std::vector<Projection::Item> items;
    for (int i = 0; i < r.field_count(); ++i) {
      const Field& f = r.field(i);
      if (!f.Has(kOut)) continue;
      if (f.type == FieldType::kReference) {
        items.push_back({i, Embedded(*r.Target(i), 1)});
      } else if (f.type == FieldType::kCollection) {
        items.push_back({i, Full(*r.Target(i))});
      } else {
        items.push_back({i, nullptr});
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
      items.push_back({i, f.IsScalar() ? nullptr : Keys(*r.Target(i))});
    }
    return std::make_shared<const Projection>(r, std::move(items));
  }

 private:
  // Marks `r` as being built while in scope: a collection path that comes
  // back to it would recurse forever.
  class Guard {
   public:
    Guard(Builder* b, const Resource& r) : b_(b), r_(&r) {
      if (!b_->building_.insert(r_).second) {
        throw std::logic_error("owned collections of " + std::string(r.name()) + " form a cycle");
      }
    }
    ~Guard() { b_->building_.erase(r_); }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

   private:
    Builder* b_;
    const Resource* r_;
  };

  // A referenced record `depth` hops from the response's root: its scalars
  // and, within kReferenceDepth, its references; no collections.
  ProjectionPtr Embedded(const Resource& r, int depth) {
    auto& slot = embedded_[{&r, depth}];
    if (slot) return slot;
    std::vector<Projection::Item> items;
    for (int i = 0; i < r.field_count(); ++i) {
      const Field& f = r.field(i);
      if (!f.Has(kOut) || f.type == FieldType::kCollection) continue;
      if (f.IsScalar()) {
        items.push_back({i, nullptr});
      } else {
        items.push_back(
            {i, depth < kReferenceDepth ? Embedded(*r.Target(i), depth + 1) : IdOnly(*r.Target(i))});
      }
    }
    return slot = std::make_shared<const Projection>(r, std::move(items));
  }

  ProjectionPtr Keys(const Resource& r) {
    std::vector<Projection::Item> items;
    for (std::string_view key : r.natural_keys()) items.push_back({r.IndexOf(key), nullptr});
    return std::make_shared<const Projection>(r, std::move(items));
  }

  std::map<const Resource*, ProjectionPtr> id_only_;
  std::map<const Resource*, ProjectionPtr> full_;
  std::map<const Resource*, ProjectionPtr> stored_;
  std::map<std::pair<const Resource*, int>, ProjectionPtr> embedded_;
  std::set<const Resource*> building_;
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
