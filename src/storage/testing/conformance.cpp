// The conformance suite's test catalog, seed and test bodies: schema, graph
// writes and loads, filters, paging, keyset continuation, transactions,
// conflicts, the data version, and FailingStore.
#include "storage/testing/conformance.hpp"

#include <algorithm>
#include <ostream>
#include <stdexcept>

#include "storage/sql/record_repository.hpp"
#include "storage/testing/failing_store.hpp"

namespace apbridge::storage::testing {
namespace {

using model::Field;
using model::kIndexed;
using model::kInOut;
using model::kOut;
using model::Record;
using model::RecordList;
using model::RecordPtr;

constexpr std::string_view kStatuses[] = {"draft", "approved", "voided"};
constexpr Field kSupplierFields[] = {model::Int("id", kOut), model::Str("name", 100, kInOut | kIndexed),
                                     model::Str("number", 255, kInOut)};
constexpr std::string_view kSupplierKeys[] = {"name"};
constexpr Field kLineFields[] = {model::Int("id", kOut), model::Str("description", 255, kInOut),
                                 model::Dec("total", 32, 4, kInOut),
                                 model::Ref("supplier", "supplier", kInOut)};
constexpr Field kPaymentFields[] = {model::Int("id", kOut), model::Dec("amount-paid", 32, 4, kInOut),
                                    model::Time("payment-date", kInOut)};
// Shared records, linked to invoices through a join table.
constexpr Field kTagFields[] = {model::Int("id", kOut), model::Str("name", 30, kInOut)};
constexpr Field kInvoiceFields[] = {
    model::Int("id", kOut),
    model::Str("invoice-number", 40, kInOut | kIndexed),
    model::Enum("status", kStatuses, kOut | kIndexed),
    model::Bool("paid", kInOut),
    model::Dec("total", 32, 4, kOut),
    model::Time("updated-at", kOut | kIndexed),
    model::Ref("supplier", "supplier", kInOut),
    model::IdOf("supplier-id", "supplier_id", kOut),
    model::Many("invoice-lines", "invoice-line", "invoice_header_id", kInOut),
    model::Many("payments", "payment", "invoice_header_id", kInOut),
    model::Links("tags", "tag", "invoice_header_tags", kInOut),
};
constexpr model::ResourceDef kSupplier{"supplier", "suppliers", "suppliers", kSupplierFields, kSupplierKeys};
constexpr model::ResourceDef kLine{"invoice-line", "invoice-lines", "invoice_lines", kLineFields};
constexpr model::ResourceDef kPayment{"payment", "payments", "payments", kPaymentFields};
constexpr model::ResourceDef kInvoice{"invoice-header", "invoice-headers", "invoice_headers", kInvoiceFields};
constexpr model::ResourceDef kTag{"tag", "tags", "tags", kTagFields};
constexpr const model::ResourceDef* kDefs[] = {&kSupplier, &kLine, &kPayment, &kInvoice, &kTag};

constexpr Store::Access kRead = Store::Access::kRead;
constexpr Store::Access kWrite = Store::Access::kWrite;

Decimal D(const char* s) { return *Decimal::Parse(s); }
Timestamp T(const char* s) { return *ParseTimestamp(s); }

// Forwards to a connection and counts the statements it is asked to run.
class CountingExecutor final : public sql::Executor {
 public:
  explicit CountingExecutor(sql::Executor& inner) : inner_(inner) {}
  const sql::Dialect& dialect() const override { return inner_.dialect(); }
  Result<std::vector<sql::Row>> Query(const sql::Statement& s) override {
    ++statements;
    return inner_.Query(s);
  }
  Result<int64_t> Execute(const sql::Statement& s) override {
    ++statements;
    return inner_.Execute(s);
  }
  Result<int64_t> Insert(const sql::Statement& s) override {
    ++statements;
    return inner_.Insert(s);
  }
  Result<std::vector<std::string>> TableColumns(const std::string& t) override {
    return inner_.TableColumns(t);
  }
  Result<std::vector<std::string>> TableIndexes(const std::string& t) override {
    return inner_.TableIndexes(t);
  }
  int statements = 0;

 private:
  sql::Executor& inner_;
};

// The rows `sql` selects on `connection`; throws (failing the test) on error.
std::vector<sql::Row> Rows(sql::Connection& connection, const std::string& sql) {
  auto rows = connection.Query(sql::Statement{sql, {}});
  if (!rows) throw std::runtime_error(sql + ": " + rows.error().details);
  return std::move(*rows);
}

}  // namespace

std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info) { return info.param.name; }

void PrintTo(const BackendFactory& factory, std::ostream* os) { *os << factory.name; }

const model::Catalog& StoreConformance::catalog() {
  static const model::Catalog catalog{kDefs};
  return catalog;
}

void StoreConformance::SetUp() {
  backend_ = GetParam().make();
  auto store = backend_->Open(catalog());
  ASSERT_TRUE(store) << store.error().details;
  store_ = std::move(*store);
  ASSERT_TRUE(store_->Migrate());
  Seed();
}

void StoreConformance::TearDown() {
  store_.reset();
  backend_.reset();
}

RecordPtr StoreConformance::Ref(std::string_view resource, int64_t id) {
  auto r = Record::Make(R(resource));
  r->Set("id", id);
  return r;
}

void StoreConformance::Seed() {
  auto uow = *store_->Begin(kWrite);
  for (auto [id, name] : {std::pair{1, "Acme"}, std::pair{2, "Globex"}}) {
    auto s = Record::Make(R("supplier"));
    s->Set("id", int64_t{id});
    s->Set("name", std::string(name));
    s->Set("number", model::Null{});
    ASSERT_TRUE(uow->Insert(*s));
  }
  for (int n = 1; n <= 30; ++n) {
    auto inv = Record::Make(R("invoice-header"));
    inv->Set("invoice-number", "INV-" + std::to_string(n));
    inv->Set("status", std::string(kStatuses[n % 3]));
    inv->Set("paid", n % 2 == 0);
    inv->Set("total", Decimal::FromScaled(n * 1000 + 5, 2));
    inv->Set("updated-at", T("2020-01-01T00:00:00Z") + std::chrono::hours{24 * n});
    inv->Set("supplier", Ref("supplier", 1 + n % 2));
    RecordList lines;
    for (int l = 0; l < n % 3; ++l) {
      auto line = Record::Make(R("invoice-line"));
      line->Set("description", "Line " + std::to_string(l) + (n == 7 ? " widget" : ""));
      line->Set("total", D("10.50"));
      line->Set("supplier", Ref("supplier", 2));
      lines.push_back(line);
    }
    inv->Set("invoice-lines", lines);
    auto id = uow->Insert(*inv);
    ASSERT_TRUE(id) << id.error().details;
    EXPECT_EQ(*id, n);
  }
  ASSERT_TRUE(uow->Commit());
}

query::Condition StoreConformance::Cond(
    const std::vector<std::pair<std::string_view, std::string_view>>& hops, query::Op op,
    std::vector<model::Value> values) {
  query::Condition c;
  for (auto [resource, field] : hops) c.path.push_back({&R(resource), R(resource).IndexOf(field)});
  c.op = op;
  c.values = std::move(values);
  return c;
}

query::Query StoreConformance::Q(std::vector<query::Condition> conditions) {
  query::Query q;
  q.resource = &R("invoice-header");
  q.conditions = std::move(conditions);
  return q;
}

std::vector<int64_t> StoreConformance::Ids(const query::Query& q) {
  auto uow = *store_->Begin(kRead);
  auto found = uow->Find(q, *q.resource->projection(model::Shape::kLimited));
  EXPECT_TRUE(found) << found.error().details;
  std::vector<int64_t> ids;
  if (found) {
    for (const auto& r : *found) ids.push_back(*r->id());
  }
  return ids;
}

std::unique_ptr<sql::Connection> StoreConformance::Connect() {
  auto connection = backend_->Connect();
  if (!connection) throw std::runtime_error("no connection: " + connection.error().details);
  return std::move(*connection);
}

std::vector<std::vector<sql::Row>> StoreConformance::Snapshot() {
  auto connection = Connect();
  std::vector<std::vector<sql::Row>> tables;
  for (const auto& resource : catalog().resources()) {
    tables.push_back(Rows(*connection, "SELECT * FROM " + std::string(resource->table()) + " ORDER BY id"));
  }
  tables.push_back(Rows(*connection, "SELECT * FROM apbridge_data_version"));
  return tables;
}

int64_t StoreConformance::DataVersion() {
  auto rows = Rows(*Connect(), "SELECT version FROM apbridge_data_version WHERE id = 1");
  const auto* version = rows.empty() ? nullptr : std::get_if<int64_t>(&rows[0][0]);
  if (version == nullptr) throw std::runtime_error("apbridge_data_version has no row");
  return *version;
}

TEST_P(StoreConformance, GetLoadsTheWholeGraph) {
  auto uow = *store_->Begin(kRead);
  auto inv = uow->Get(5, *R("invoice-header").projection(model::Shape::kFull));
  ASSERT_TRUE(inv) << inv.error().details;
  EXPECT_EQ((*inv)->GetString("invoice-number"), "INV-5");
  EXPECT_EQ((*inv)->GetDecimal("total")->ToString(2), "50.05");
  EXPECT_EQ(FormatUtcZ(*(*inv)->GetTime("updated-at")), "2020-01-06T00:00:00Z");
  EXPECT_EQ((*inv)->GetRecord("supplier")->GetString("name"), "Globex");
  const RecordList* lines = (*inv)->GetList("invoice-lines");
  ASSERT_NE(lines, nullptr);
  ASSERT_EQ(lines->size(), 2u);
  EXPECT_EQ((*lines)[1]->GetString("description"), "Line 1");
  EXPECT_EQ((*lines)[0]->GetRecord("supplier")->GetString("name"), "Globex");
  ASSERT_NE((*inv)->GetList("payments"), nullptr);
  EXPECT_TRUE((*inv)->GetList("payments")->empty());
  EXPECT_EQ(uow->Get(999, *R("invoice-header").projection(model::Shape::kFull)).error().code,
            ErrorCode::kNotFound);
}

TEST_P(StoreConformance, ShallowAndLimitedShapes) {
  auto uow = *store_->Begin(kRead);
  auto shallow = *uow->Get(4, *R("invoice-header").projection(model::Shape::kShallow));
  EXPECT_EQ(shallow->GetRecord("supplier")->GetString("name"), "Acme");
  EXPECT_FALSE(shallow->GetRecord("supplier")->Has(R("supplier").IndexOf("number")));
  EXPECT_FALSE(shallow->Has(R("invoice-header").IndexOf("invoice-lines")));
  auto limited = *uow->Get(4, *R("invoice-header").projection(model::Shape::kLimited));
  EXPECT_EQ(limited->id(), 4);
  EXPECT_FALSE(limited->Has(R("invoice-header").IndexOf("invoice-number")));
}

TEST_P(StoreConformance, ASelectionLoadsOnlyWhatItNames) {
  auto connection = Connect();
  const model::Projection& full = *R("invoice-header").projection(model::Shape::kFull);
  model::FieldSelection three;
  for (const char* name : {"invoice-number", "status", "paid"}) three.children[name];
  const model::ProjectionPtr selected = model::Select(full, three);

  CountingExecutor full_count(*connection);
  auto whole = sql::RecordRepository(full_count).Get(5, full);
  ASSERT_TRUE(whole) << whole.error().details;
  CountingExecutor selected_count(*connection);
  auto narrow = sql::RecordRepository(selected_count).Get(5, *selected);
  ASSERT_TRUE(narrow) << narrow.error().details;

  EXPECT_EQ(selected_count.statements, 1) << "the invoice's own row, nothing else";
  EXPECT_GT(full_count.statements, selected_count.statements);
  EXPECT_EQ((*narrow)->GetString("invoice-number"), "INV-5");
  EXPECT_FALSE((*narrow)->Has(R("invoice-header").IndexOf("total")));
  EXPECT_FALSE((*narrow)->Has(R("invoice-header").IndexOf("supplier")));
  EXPECT_FALSE((*narrow)->Has(R("invoice-header").IndexOf("invoice-lines")));
}

TEST_P(StoreConformance, FiltersEveryOperator) {
  using query::Op;
  struct Case {
    const char* name;
    query::Condition cond;
    std::vector<int64_t> want;
  };
  std::vector<Case> cases = {
      {"eq case-insensitive",
       Cond({{"invoice-header", "invoice-number"}}, Op::kEq, {std::string("inv-7")}),
       {7}},
      {"ends_with", Cond({{"invoice-header", "invoice-number"}}, Op::kEndsWith, {std::string("-2")}), {2}},
      {"starts_with",
       Cond({{"invoice-header", "invoice-number"}}, Op::kStartsWith, {std::string("INV-3")}),
       {3, 30}},
      {"contains escapes %",
       Cond({{"invoice-header", "invoice-number"}}, Op::kContains, {std::string("%")}),
       {}},
      {"decimal gt", Cond({{"invoice-header", "total"}}, Op::kGt, {D("280.05")}), {29, 30}},
      {"time lt_or_eq",
       Cond({{"invoice-header", "updated-at"}}, Op::kLtOrEq, {T("2020-01-03T00:00:00Z")}),
       {1, 2}},
      {"in",
       Cond({{"invoice-header", "status"}}, Op::kIn, {std::string("VOIDED")}),
       {2, 5, 8, 11, 14, 17, 20, 23, 26, 29}},
      {"supplier[name]",
       Cond({{"invoice-header", "supplier"}, {"supplier", "name"}}, Op::kEq, {std::string("acme")}),
       {2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30}},
      {"collection path",
       Cond({{"invoice-header", "invoice-lines"}, {"invoice-line", "description"}}, Op::kContains,
            {std::string("WIDGET")}),
       {7}},
      {"blank true on supplier number",
       Cond({{"invoice-header", "supplier"}, {"supplier", "number"}}, Op::kBlank, {true}),
       {}},
  };
  cases.back().want = Ids(Q({}));  // every supplier has a blank number: all of page 1
  for (auto& c : cases) {
    auto q = Q({c.cond});
    EXPECT_EQ(Ids(q), c.want) << c.name;
  }
  auto q = Q({Cond({{"invoice-header", "paid"}}, Op::kEq, {true}),
              Cond({{"invoice-header", "status"}}, Op::kNotEq, {std::string("approved")})});
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{2, 6, 8, 12, 14, 18, 20, 24, 26, 30}));
}

TEST_P(StoreConformance, PagesNeverSkipOrRepeat) {
  query::Query q = Q({});
  q.order.path = {{&R("invoice-header"), R("invoice-header").IndexOf("status")}};
  q.page.limit = 7;
  std::vector<int64_t> seen;
  for (q.page.offset = 0;; q.page.offset += 7) {
    auto page = Ids(q);
    seen.insert(seen.end(), page.begin(), page.end());
    if (page.size() < 7) break;
  }
  std::sort(seen.begin(), seen.end());
  ASSERT_EQ(seen.size(), 30u);
  for (int i = 0; i < 30; ++i) EXPECT_EQ(seen[i], i + 1);
  auto uow = *store_->Begin(kRead);
  EXPECT_EQ(*uow->Count(Q({})), 30);
}

TEST_P(StoreConformance, UpdateDeleteAndRollback) {
  {
    auto uow = *store_->Begin(kWrite);
    auto change = Record::Make(R("invoice-header"));
    change->Set("id", int64_t{3});
    change->Set("paid", true);
    ASSERT_TRUE(uow->Update(*change));
    auto pay = Record::Make(R("payment"));
    pay->Set("amount-paid", D("1.00"));
    ASSERT_TRUE(uow->Insert(*pay, Owner{"invoice_header_id", 3}));
    // Not committed: everything above must vanish.
  }
  {
    auto uow = *store_->Begin(kRead);
    auto inv = *uow->Get(3, *R("invoice-header").projection(model::Shape::kFull));
    EXPECT_EQ(inv->GetBool("paid"), false);
    EXPECT_TRUE(inv->GetList("payments")->empty());
  }
  {
    auto uow = *store_->Begin(kWrite);
    ASSERT_TRUE(uow->Delete(R("invoice-header"), 5));
    auto missing = Record::Make(R("invoice-header"));
    missing->Set("id", int64_t{999});
    EXPECT_EQ(uow->Update(*missing).error().code, ErrorCode::kNotFound);
    ASSERT_TRUE(uow->Commit());
  }
  auto uow = *store_->Begin(kRead);
  EXPECT_EQ(uow->Get(5, *R("invoice-header").projection(model::Shape::kFull)).error().code,
            ErrorCode::kNotFound);
  query::Query lines;
  lines.resource = &R("invoice-line");
  EXPECT_EQ(*uow->Count(lines), 28);  // 30 lines, less invoice 5's two
}

TEST_P(StoreConformance, UpdateIfWritesOnlyWhileTheExpectedFieldsHold) {
  // Invoice 4 as seeded: approved, updated 2020-01-05, supplier Acme.
  auto expected = Record::Make(R("invoice-header"));
  expected->Set("status", std::string("approved"));
  expected->Set("updated-at", T("2020-01-05T00:00:00Z"));
  auto change = Record::Make(R("invoice-header"));
  change->Set("id", int64_t{4});
  change->Set("invoice-number", std::string("CLAIMED"));
  change->Set("updated-at", T("2021-01-01T00:00:00Z"));
  const int64_t before = DataVersion();
  {
    auto uow = *store_->Begin(kWrite);
    auto first = uow->UpdateIf(*change, *expected);
    ASSERT_TRUE(first) << first.error().details;
    EXPECT_TRUE(*first) << "the record held what was expected";
    auto second = uow->UpdateIf(*change, *expected);
    ASSERT_TRUE(second) << second.error().details;
    EXPECT_FALSE(*second) << "updated-at moved: a second claim loses";
    ASSERT_TRUE(uow->Commit());
  }
  EXPECT_EQ(DataVersion(), before + 1);
  {
    // Invoice 6 as seeded: draft, paid, supplier Acme (1).
    auto uow = *store_->Begin(kWrite);
    auto unpay = Record::Make(R("invoice-header"));
    unpay->Set("id", int64_t{6});
    unpay->Set("paid", false);
    EXPECT_FALSE(*uow->UpdateIf(*unpay, *expected)) << "status differs";
    auto other_supplier = Record::Make(R("invoice-header"));
    other_supplier->Set("status", std::string("draft"));
    other_supplier->Set("supplier", Ref("supplier", 2));
    EXPECT_FALSE(*uow->UpdateIf(*unpay, *other_supplier)) << "the reference differs";
    auto as_seeded = Record::Make(R("invoice-header"));
    as_seeded->Set("status", std::string("draft"));
    as_seeded->Set("supplier", Ref("supplier", 1));
    EXPECT_TRUE(*uow->UpdateIf(*unpay, *as_seeded));
    auto missing = Record::Make(R("invoice-header"));
    missing->Set("id", int64_t{999});
    EXPECT_FALSE(*uow->UpdateIf(*missing, *as_seeded)) << "no such record: false, not NotFound";
    auto no_number = Record::Make(R("supplier"));
    no_number->Set("number", model::Null{});
    auto rename = Record::Make(R("supplier"));
    rename->Set("id", int64_t{2});
    rename->Set("name", std::string("Globex Corp"));
    EXPECT_TRUE(*uow->UpdateIf(*rename, *no_number)) << "a Null expects NULL";
    ASSERT_TRUE(uow->Commit());
  }
  auto uow = *store_->Begin(kRead);
  EXPECT_EQ((*uow->Get(6, *R("invoice-header").projection(model::Shape::kFull)))->GetBool("paid"), false);
  EXPECT_EQ((*uow->Get(2, *R("supplier").projection(model::Shape::kFull)))->GetString("name"), "Globex Corp");
  EXPECT_EQ((*uow->Get(4, *R("invoice-header").projection(model::Shape::kFull)))->GetString("invoice-number"),
            "CLAIMED");
}

TEST_P(StoreConformance, LinksKeepTheirOrderFilterAndOutliveTheirOwner) {
  {
    auto uow = *store_->Begin(kWrite);
    for (auto [id, name] : {std::pair{1, "urgent"}, std::pair{2, "audit"}}) {
      auto tag = Record::Make(R("tag"));
      tag->Set("id", int64_t{id});
      tag->Set("name", std::string(name));
      ASSERT_TRUE(uow->Insert(*tag));
    }
    auto change = Record::Make(R("invoice-header"));
    change->Set("invoice-number", std::string("TAGGED"));
    change->Set("tags", RecordList{Ref("tag", 2), Ref("tag", 1)});
    auto id = uow->Insert(*change);
    ASSERT_TRUE(id) << id.error().details;
    ASSERT_TRUE(uow->Commit());
  }
  auto read = *store_->Begin(kRead);
  auto tagged = read->Find(
      Q({Cond({{"invoice-header", "tags"}, {"tag", "name"}}, query::Op::kEq, {std::string("URGENT")})}),
      *R("invoice-header").projection(model::Shape::kFull));
  ASSERT_TRUE(tagged) << tagged.error().details;
  ASSERT_EQ(tagged->size(), 1u) << "a filter through the join table";
  const RecordList* tags = (*tagged)[0]->GetList("tags");
  ASSERT_NE(tags, nullptr);
  ASSERT_EQ(tags->size(), 2u);
  EXPECT_EQ((*tags)[0]->GetString("name"), "audit") << "in the order they were linked";
  EXPECT_EQ((*tags)[1]->GetString("name"), "urgent");
  const int64_t tagged_id = *(*tagged)[0]->id();
  read.reset();
  {
    auto uow = *store_->Begin(kWrite);
    ASSERT_TRUE(uow->Delete(R("invoice-header"), tagged_id));
    ASSERT_TRUE(uow->Commit());
  }
  EXPECT_TRUE(
      Ids(Q({Cond({{"invoice-header", "tags"}, {"tag", "name"}}, query::Op::kEq, {std::string("urgent")})}))
          .empty());
  query::Query all_tags;
  all_tags.resource = &R("tag");
  EXPECT_EQ(*(*store_->Begin(kRead))->Count(all_tags), 2) << "shared records stay";
  EXPECT_TRUE(Rows(*Connect(), "SELECT * FROM invoice_header_tags").empty()) << "their links go";
}

TEST_P(StoreConformance, AnAliasReadsItsReferencesColumn) {
  auto uow = *store_->Begin(kRead);
  auto inv = uow->Get(4, *R("invoice-header").projection(model::Shape::kFull));
  ASSERT_TRUE(inv) << inv.error().details;
  EXPECT_EQ((*inv)->GetInt("supplier-id"), (*inv)->GetRecord("supplier")->id());
  EXPECT_EQ((*inv)->GetInt("supplier-id"), 1);
  EXPECT_EQ(Ids(Q({Cond({{"invoice-header", "supplier-id"}}, query::Op::kEq, {int64_t{2}})})),
            (std::vector<int64_t>{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29}))
      << "queryable like the reference's id";
}

TEST_P(StoreConformance, DecimalTooPreciseIsRejectedAndNothingWritten) {
  auto uow = *store_->Begin(kWrite);
  auto inv = Record::Make(R("invoice-header"));
  inv->Set("total", D("1.00001"));
  auto id = uow->Insert(*inv);
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code, ErrorCode::kInvalidArgument);
}

TEST_P(StoreConformance, ADuplicateIdIsAConflict) {
  auto uow = *store_->Begin(kWrite);
  auto supplier = Record::Make(R("supplier"));
  supplier->Set("id", int64_t{1});
  supplier->Set("name", std::string("Initech"));
  auto id = uow->Insert(*supplier);
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code, ErrorCode::kConflict) << id.error().details;
  auto line = Record::Make(R("invoice-line"));
  line->Set("id", int64_t{1});
  line->Set("description", std::string("again"));
  auto owned = uow->Insert(*line, Owner{"invoice_header_id", 2});
  ASSERT_FALSE(owned);
  EXPECT_EQ(owned.error().code, ErrorCode::kConflict) << owned.error().details;
}

TEST_P(StoreConformance, TheDataVersionMovesOnCommitOnly) {
  auto change = Record::Make(R("invoice-header"));
  change->Set("id", int64_t{3});
  change->Set("paid", true);
  const int64_t before = DataVersion();
  {
    auto uow = *store_->Begin(kRead);
    EXPECT_EQ(*uow->Count(Q({})), 30);
    ASSERT_TRUE(uow->Commit());
  }
  EXPECT_EQ(DataVersion(), before) << "a read";
  {
    auto uow = *store_->Begin(kWrite);
    ASSERT_TRUE(uow->Commit());
  }
  EXPECT_EQ(DataVersion(), before) << "a write transaction that wrote nothing";
  {
    auto uow = *store_->Begin(kWrite);
    ASSERT_TRUE(uow->Update(*change));
  }
  EXPECT_EQ(DataVersion(), before) << "a write rolled back";
  {
    auto uow = *store_->Begin(kWrite);
    ASSERT_TRUE(uow->Update(*change));
    ASSERT_TRUE(uow->Commit());
  }
  EXPECT_EQ(DataVersion(), before + 1) << "a committed write";
}

TEST_P(StoreConformance, MigrateIsIdempotent) {
  EXPECT_TRUE(store_->Migrate());
  EXPECT_TRUE(store_->Migrate());
  EXPECT_TRUE(store_->Ping());
}

TEST_P(StoreConformance, NextPagesContinueFromWhereTheLastPageEnded) {
  // approved invoices: 1, 4, 7, ..., 28 (n % 3 == 1).
  query::Query q = Q({Cond({{"invoice-header", "status"}}, query::Op::kEq, {std::string("approved")})});
  q.page.limit = 3;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{1, 4, 7}));  // records where page 1 ended
  // Invoice 4 vanishes without the data version moving (no unit of work): a
  // continued page starts after 7 (keyset), where OFFSET 3 would now start after 10.
  ASSERT_TRUE(Connect()->Execute(sql::Statement{"DELETE FROM invoice_headers WHERE id = 4", {}}));
  q.page.offset = 3;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{10, 13, 16}));
  // A jump ahead continues from the nearest page end it knows (offset 6, id 16).
  q.page.offset = 7;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{22, 25, 28}));
  // Descending order keeps its own cursors.
  q.order.descending = true;
  q.page.offset = 0;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{28, 25, 22}));
  q.page.offset = 3;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{19, 16, 13}));
}

TEST_P(StoreConformance, AWriteThroughAUnitOfWorkRetiresTheCursors) {
  query::Query q = Q({Cond({{"invoice-header", "status"}}, query::Op::kEq, {std::string("approved")})});
  q.page.limit = 3;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{1, 4, 7}));
  {
    auto uow = *store_->Begin(kWrite);
    ASSERT_TRUE(uow->Delete(R("invoice-header"), 4));
    ASSERT_TRUE(uow->Commit());
  }
  // The data version moved: page 2 is what OFFSET 3 gives now.
  q.page.offset = 3;
  EXPECT_EQ(Ids(q), (std::vector<int64_t>{13, 16, 19}));
}

TEST_P(StoreConformance, OtherFiltersDoNotShareCursors) {
  query::Query approved =
      Q({Cond({{"invoice-header", "status"}}, query::Op::kEq, {std::string("approved")})});
  query::Query voided = Q({Cond({{"invoice-header", "status"}}, query::Op::kEq, {std::string("voided")})});
  approved.page.limit = voided.page.limit = 3;
  EXPECT_EQ(Ids(approved), (std::vector<int64_t>{1, 4, 7}));
  EXPECT_EQ(Ids(voided), (std::vector<int64_t>{2, 5, 8}));
  // Behind the store's back, so the data version stays where it was.
  ASSERT_TRUE(Connect()->Execute(sql::Statement{"DELETE FROM invoice_headers WHERE id = 5", {}}));
  voided.page.offset = 3;
  EXPECT_EQ(Ids(voided), (std::vector<int64_t>{11, 14, 17}));  // after 8, not after approved's 7
}

TEST_P(StoreConformance, MigrateDropsIndexesTheCatalogNoLongerWantsAndDropIndexesDropsAll) {
  auto raw = Connect();
  // An index an earlier version made on a column the catalog does not mark.
  ASSERT_TRUE(
      raw->Execute(sql::Statement{"CREATE INDEX ix_invoice_headers_paid ON invoice_headers (paid, id)", {}}));
  ASSERT_TRUE(store_->Migrate());
  auto indexes = [&] {
    auto names = raw->TableIndexes("invoice_headers");
    EXPECT_TRUE(names);
    std::vector<std::string> sorted = names ? *names : std::vector<std::string>{};
    std::sort(sorted.begin(), sorted.end());
    return sorted;
  };
  const std::vector<std::string> wanted = {"ix_invoice_headers_invoice_number", "ix_invoice_headers_status",
                                           "ix_invoice_headers_updated_at"};
  EXPECT_EQ(indexes(), wanted);
  ASSERT_TRUE(store_->DropIndexes());
  EXPECT_TRUE(indexes().empty());
  // Reads stay correct without them, and Migrate builds them again.
  EXPECT_EQ(Ids(Q({Cond({{"invoice-header", "invoice-number"}}, query::Op::kEq, {std::string("INV-7")})})),
            (std::vector<int64_t>{7}));
  ASSERT_TRUE(store_->Migrate());
  EXPECT_EQ(indexes(), wanted);
}

TEST_P(StoreConformance, FailingStoreFailsExactlyTheNthWrite) {
  // Two units of work, six writes: FailAt{n} fails write n alone, counting
  // across both; reads are not counted.
  for (int n = 1; n <= 6; ++n) {
    SCOPED_TRACE("n = " + std::to_string(n));
    FailingStore failing(*store_, FailAt{n});
    std::vector<std::optional<ErrorCode>> errors;
    auto note = [&errors](const auto& result) {
      errors.push_back(result ? std::nullopt : std::optional(result.error().code));
    };
    {
      auto uow = *failing.Begin(kWrite);
      EXPECT_EQ(*uow->Count(Q({})), 31 - n);
      auto supplier = Record::Make(R("supplier"));
      supplier->Set("name", "Supplier " + std::to_string(n));
      note(uow->Insert(*supplier));
      auto change = Record::Make(R("invoice-header"));
      change->Set("id", int64_t{n});
      change->Set("paid", true);
      note(uow->Update(*change));
      note(uow->Delete(R("invoice-header"), n));
      note(uow->Commit());
    }
    {
      auto uow = *failing.Begin(kWrite);
      EXPECT_TRUE(uow->Get(1, *R("supplier").projection(model::Shape::kFull)));
      auto payment = Record::Make(R("payment"));
      payment->Set("amount-paid", D("1.00"));
      note(uow->Insert(*payment, Owner{"invoice_header_id", 30}));
      note(uow->Commit());
    }
    std::vector<std::optional<ErrorCode>> want(6);
    want[static_cast<size_t>(n - 1)] = ErrorCode::kUnavailable;
    EXPECT_EQ(errors, want);
    EXPECT_EQ(failing.writes(), 6);
    EXPECT_TRUE(failing.failed());
    // The failed Delete never reached the database, and a failed Commit
    // rolled the whole first unit of work back: invoice n is still there.
    auto uow = *store_->Begin(kRead);
    const bool kept = n == 3 || n == 4;
    EXPECT_EQ(uow->Get(n, *R("invoice-header").projection(model::Shape::kLimited)).has_value(), kept);
    if (kept) {  // the next iteration counts on 30 - n invoices left
      ASSERT_TRUE(uow->Commit());
      uow.reset();
      auto remove = *store_->Begin(kWrite);
      ASSERT_TRUE(remove->Delete(R("invoice-header"), n));
      ASSERT_TRUE(remove->Commit());
    }
  }
}

TEST_P(StoreConformance, FailingStoreCountsUpdateIfAsAWrite) {
  auto change = Record::Make(R("invoice-header"));
  change->Set("id", int64_t{3});
  change->Set("paid", true);
  auto expected = Record::Make(R("invoice-header"));
  expected->Set("paid", false);
  const auto before = Snapshot();
  {
    FailingStore failing(*store_, FailAt{1});
    auto uow = *failing.Begin(kWrite);
    auto claimed = uow->UpdateIf(*change, *expected);
    ASSERT_FALSE(claimed);
    EXPECT_EQ(claimed.error().code, ErrorCode::kUnavailable);
    EXPECT_EQ(failing.writes(), 1);
    EXPECT_TRUE(uow->Commit());
  }
  EXPECT_EQ(Snapshot(), before) << "the failed UpdateIf never reached the database";
  FailingStore failing(*store_, FailAt{3});
  auto uow = *failing.Begin(kWrite);
  EXPECT_EQ(*uow->UpdateIf(*change, *expected), true);
  EXPECT_EQ(failing.writes(), 1);
  ASSERT_TRUE(uow->Commit());
  EXPECT_EQ(failing.writes(), 2);
  EXPECT_NE(Snapshot(), before);
}

TEST_P(StoreConformance, AFailedWriteThroughFailingStoreLeavesTheDatabaseAsItWas) {
  // A request's writes: a new invoice with its lines, a payment for invoice
  // 3, a change to it and the deletion of invoice 5; then the commit.
  auto request = [](Store& store) -> Status {
    APB_TRY(auto uow, store.Begin(kWrite));
    auto invoice = Record::Make(R("invoice-header"));
    invoice->Set("invoice-number", std::string("INV-NEW"));
    auto line = Record::Make(R("invoice-line"));
    line->Set("description", std::string("new line"));
    invoice->Set("invoice-lines", RecordList{line});
    APB_TRY(int64_t id, uow->Insert(*invoice));
    (void)id;
    auto payment = Record::Make(R("payment"));
    payment->Set("amount-paid", D("2.50"));
    APB_TRY(int64_t payment_id, uow->Insert(*payment, Owner{"invoice_header_id", 3}));
    (void)payment_id;
    auto change = Record::Make(R("invoice-header"));
    change->Set("id", int64_t{3});
    change->Set("paid", true);
    APB_TRY_STATUS(uow->Update(*change));
    APB_TRY_STATUS(uow->Delete(R("invoice-header"), 5));
    return uow->Commit();
  };
  const auto before = Snapshot();
  int n = 1;
  for (;; ++n) {
    SCOPED_TRACE("failing write " + std::to_string(n));
    FailingStore failing(*store_, FailAt{n});
    Status status = request(failing);
    if (!failing.failed()) {
      ASSERT_TRUE(status) << status.error().details;
      break;
    }
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kUnavailable);
    EXPECT_EQ(Snapshot(), before);
    ASSERT_LT(n, 10) << "the request never succeeds";
  }
  EXPECT_EQ(n, 6) << "four writes and the commit, each failed once";
  EXPECT_NE(Snapshot(), before);
  auto uow = *store_->Begin(kRead);
  EXPECT_EQ(uow->Get(5, *R("invoice-header").projection(model::Shape::kLimited)).error().code,
            ErrorCode::kNotFound);
  auto invoice = *uow->Get(3, *R("invoice-header").projection(model::Shape::kFull));
  EXPECT_EQ(invoice->GetBool("paid"), true);
  EXPECT_EQ(invoice->GetList("payments")->size(), 1u);
  EXPECT_EQ(*uow->Count(
                Q({Cond({{"invoice-header", "invoice-number"}}, query::Op::kEq, {std::string("INV-NEW")})})),
            1);
}

}  // namespace apbridge::storage::testing
