// Built-in projections and the projection of a fields= selection.
#include "model/projection.hpp"

#include <gtest/gtest.h>

#include "model/catalog.hpp"

namespace apbridge::model {
namespace {

const Resource& R(std::string_view name) { return Catalog::Coupa().Get(name); }

// The wire names of a projection's fields, in render order.
std::vector<std::string_view> Names(const Projection& p) {
  std::vector<std::string_view> out;
  for (const auto& item : p.items()) out.push_back(p.resource().field(item.field).name);
  return out;
}

const Projection& Nested(const Projection& p, std::string_view field) {
  const Projection::Item* item = p.Find(p.resource().IndexOf(field));
  EXPECT_NE(item, nullptr) << field;
  return *item->nested;
}

TEST(ProjectionTest, LimitedIsTheIdOnly) {
  const Projection& limited = *R("invoice-header").projection(Shape::kLimited);
  EXPECT_TRUE(limited.id_only());
  EXPECT_EQ(Names(limited), std::vector<std::string_view>{"id"});
}

TEST(ProjectionTest, ShallowHasNaturalKeysOfReferencesAndNoCollections) {
  const Projection& shallow = *R("invoice-header").projection(Shape::kShallow);
  EXPECT_EQ(Names(Nested(shallow, "supplier")), (std::vector<std::string_view>{"id", "name", "number"}));
  EXPECT_EQ(shallow.Find(R("invoice-header").IndexOf("invoice-lines")), nullptr);
  EXPECT_NE(shallow.Find(R("invoice-header").IndexOf("invoice-number")), nullptr);
}

TEST(ProjectionTest, FullEmbedsReferencesAndOwnedCollectionsButNoInternalFields) {
  const Projection& full = *R("invoice-header").projection(Shape::kFull);
  EXPECT_EQ(full.Find(R("invoice-header").IndexOf("supplier-api-id")), nullptr) << "not API-out";
  EXPECT_EQ(R("supplier").projection(Shape::kFull)->Find(R("supplier").IndexOf("cxml-secret")), nullptr)
      << "API-in only";
  const Projection& lines = Nested(full, "invoice-lines");
  EXPECT_EQ(&lines, R("invoice-line").projection(Shape::kFull).get()) << "collection items are full";
  EXPECT_FALSE(Nested(full, "supplier").id_only());
}

TEST(ProjectionTest, StoredHasEveryColumnAndCollection) {
  const Projection& stored = *R("invoice-header").projection(Shape::kStored);
  EXPECT_NE(stored.Find(R("invoice-header").IndexOf("supplier-api-id")), nullptr);
  EXPECT_TRUE(Nested(stored, "supplier").id_only());
  EXPECT_NE(Nested(stored, "invoice-lines").Find(R("invoice-line").IndexOf("supplier-api-id")), nullptr);
}

TEST(ProjectionTest, SelectNarrowsAShapeAndKeepsTheId) {
  const Projection& full = *R("invoice-header").projection(Shape::kFull);
  FieldSelection selection;
  selection.children["invoice-number"];
  selection.children["currency"];
  selection.children["supplier"].children["name"];
  const ProjectionPtr selected = Select(full, selection);
  EXPECT_EQ(Names(*selected), (std::vector<std::string_view>{"id", "invoice-number", "currency", "supplier"}))
      << "in the shape's order";
  EXPECT_EQ(&Nested(*selected, "currency"), &Nested(full, "currency")) << "unnamed sub-fields keep the shape";
  EXPECT_EQ(Names(Nested(*selected, "supplier")), (std::vector<std::string_view>{"id", "name"}));

  const ProjectionPtr limited = Select(*R("invoice-header").projection(Shape::kLimited), selection);
  EXPECT_TRUE(limited->id_only()) << "fields= never widens return_object=limited";
}

}  // namespace
}  // namespace apbridge::model
