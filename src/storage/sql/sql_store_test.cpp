// SqlStore and SqlUnitOfWork over a scripted connection: the pool, the
// transaction verbs each operation issues, and what happens when they fail.
#include "storage/sql/sql_store.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace apbridge::storage::sql {
namespace {

class FakeDialect final : public Dialect {
 public:
  std::string Placeholder(int) const override { return "?"; }
  std::string_view TextType() const override { return "TEXT"; }
  std::string_view IntegerType() const override { return "INTEGER"; }
  std::string_view IdColumnDefinition() const override { return "id INTEGER PRIMARY KEY"; }
  std::string Like(std::string_view column, std::string_view placeholder) const override {
    return std::string(column) + " LIKE " + std::string(placeholder);
  }
};

// What every fake connection did, in order ("1 begin write", "1 statement",
// "1 commit", ...: the number says which connection), and what should fail.
struct Script {
  std::vector<std::string> log;
  int opened = 0;
  bool fail_begin = false;
  bool fail_statements = false;
  bool fail_commit = false;
};

// A connection with no database: answers every query with no rows.
class FakeConnection final : public Connection {
 public:
  FakeConnection(Script& script, int number) : script_(script), number_(number) {}

  const Dialect& dialect() const override { return dialect_; }
  Result<std::vector<Row>> Query(const Statement&) override {
    APB_TRY_STATUS(RunStatement());
    return std::vector<Row>{};
  }
  Result<int64_t> Execute(const Statement&) override {
    APB_TRY_STATUS(RunStatement());
    return 0;
  }
  Result<int64_t> Insert(const Statement&) override {
    APB_TRY_STATUS(RunStatement());
    return 1;
  }
  Result<std::vector<std::string>> TableColumns(const std::string&) override {
    return std::vector<std::string>{};
  }
  Result<std::vector<std::string>> TableIndexes(const std::string&) override {
    return std::vector<std::string>{};
  }
  Status Begin(Store::Access access) override {
    return Verb(access == Store::Access::kWrite ? "begin write" : "begin read", script_.fail_begin);
  }
  Status Commit() override { return Verb("commit", script_.fail_commit); }
  Status Rollback() override { return Verb("rollback", false); }

 private:
  Status RunStatement() { return Verb("statement", script_.fail_statements); }
  Status Verb(const std::string& verb, bool fail) {
    script_.log.push_back(std::to_string(number_) + " " + verb);
    if (fail) return Fail(Unavailable("The database is unavailable.", verb + " failed"));
    return Ok();
  }

  Script& script_;
  int number_;
  FakeDialect dialect_;
};

constexpr model::Field kThingFields[] = {model::Int("id", model::kOut),
                                         model::Str("name", 40, model::kInOut)};
constexpr model::ResourceDef kThing{"thing", "things", "things", kThingFields};
constexpr const model::ResourceDef* kDefs[] = {&kThing};

class SqlStoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<SqlStore> Open() {
    auto store = SqlStore::Open(
        [this]() -> Result<std::unique_ptr<Connection>> {
          return std::make_unique<FakeConnection>(script_, ++script_.opened);
        },
        catalog_);
    EXPECT_TRUE(store) << store.error().details;
    return store ? std::move(*store) : nullptr;
  }
  // The log of transaction verbs: without the statements, which only the
  // schema code decides.
  std::vector<std::string> Transactions() const {
    std::vector<std::string> verbs;
    for (const std::string& line : script_.log) {
      if (line.find(" statement") == std::string::npos) verbs.push_back(line);
    }
    return verbs;
  }

  Script script_;
  model::Catalog catalog_{kDefs};
};

using Verbs = std::vector<std::string>;

TEST_F(SqlStoreTest, OpenFailsWhenNoConnectionCanBeOpened) {
  auto store = SqlStore::Open(
      [this]() -> Result<std::unique_ptr<Connection>> {
        return Fail(Unavailable("The database is unavailable.", "open failed"));
      },
      catalog_);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
}

TEST_F(SqlStoreTest, UnitsOfWorkShareThePooledConnections) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(script_.opened, 1) << "Open checks that a connection can be made";
  {
    auto first = store->Begin(Store::Access::kRead);
    ASSERT_TRUE(first);
    EXPECT_EQ(script_.opened, 1) << "the idle one is reused";
    auto second = store->Begin(Store::Access::kRead);
    ASSERT_TRUE(second);
    EXPECT_EQ(script_.opened, 2) << "none idle: a new one";
  }
  auto third = store->Begin(Store::Access::kWrite);
  ASSERT_TRUE(third);
  EXPECT_TRUE(store->Ping());
  EXPECT_EQ(script_.opened, 2) << "both came back to the pool";
}

TEST_F(SqlStoreTest, AUnitOfWorkRollsBackUnlessCommitted) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  {
    auto uow = *store->Begin(Store::Access::kWrite);  // not committed
  }
  {
    auto uow = *store->Begin(Store::Access::kRead);
    ASSERT_TRUE(uow->Commit());
  }
  EXPECT_EQ(Transactions(), (Verbs{"1 begin write", "1 rollback", "1 begin read", "1 commit"}));
}

TEST_F(SqlStoreTest, AFailedCommitRollsBackAndReturnsTheConnection) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  script_.fail_commit = true;
  {
    auto uow = *store->Begin(Store::Access::kWrite);
    auto commit = uow->Commit();
    ASSERT_FALSE(commit);
    EXPECT_EQ(commit.error().code, ErrorCode::kUnavailable);
  }
  EXPECT_EQ(Transactions(), (Verbs{"1 begin write", "1 commit", "1 rollback"}));
  EXPECT_TRUE(store->Ping());
  EXPECT_EQ(script_.opened, 1);
}

TEST_F(SqlStoreTest, AFailedBeginReturnsTheConnection) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  script_.fail_begin = true;
  auto uow = store->Begin(Store::Access::kWrite);
  ASSERT_FALSE(uow);
  EXPECT_EQ(uow.error().code, ErrorCode::kUnavailable);
  script_.fail_begin = false;
  EXPECT_TRUE(store->Begin(Store::Access::kRead));
  EXPECT_EQ(script_.opened, 1);
}

TEST_F(SqlStoreTest, SchemaChangesRunInOneWriteTransaction) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Migrate());
  ASSERT_TRUE(store->DropIndexes());
  EXPECT_EQ(Transactions(), (Verbs{"1 begin write", "1 commit", "1 begin write", "1 commit"}));
  EXPECT_GT(script_.log.size(), Transactions().size()) << "Migrate ran its statements inside";
}

TEST_F(SqlStoreTest, AFailedSchemaChangeRollsBack) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  script_.fail_statements = true;
  auto migrated = store->Migrate();
  ASSERT_FALSE(migrated);
  EXPECT_EQ(migrated.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(Transactions(), (Verbs{"1 begin write", "1 rollback"}));
  script_.fail_statements = false;
  EXPECT_TRUE(store->Ping());
  EXPECT_EQ(script_.opened, 1);
}

}  // namespace
}  // namespace apbridge::storage::sql
