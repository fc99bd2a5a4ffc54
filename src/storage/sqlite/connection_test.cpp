// sqlite::Connection: the pragmas every connection starts with, and write
// transactions that take the write lock at once (busy -> Unavailable).
#include "storage/sqlite/connection.hpp"

#include <gtest/gtest.h>

#include "storage/testing/temp_dir.hpp"

namespace apbridge::storage::sqlite {
namespace {

class ConnectionTest : public ::testing::Test {
 protected:
  std::unique_ptr<Connection> Open() {
    auto connection = Connection::Open((dir_.path() / "test.db").string());
    EXPECT_TRUE(connection) << connection.error().details;
    return connection ? std::move(*connection) : nullptr;
  }

  testing::TempDir dir_;
};

// The one value a pragma query answers, as text.
std::string Pragma(Connection& connection, const std::string& name) {
  auto rows = connection.Query(sql::Statement{"PRAGMA " + name, {}});
  EXPECT_TRUE(rows) << name << ": " << rows.error().details;
  if (!rows || rows->empty()) return "(none)";
  const sql::SqlValue& value = (*rows)[0].at(0);
  if (const auto* n = std::get_if<int64_t>(&value)) return std::to_string(*n);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  return "NULL";
}

TEST_F(ConnectionTest, OpensWithThePragmasItNeeds) {
  auto connection = Open();
  ASSERT_NE(connection, nullptr);
  // synchronous 1 is NORMAL, temp_store 2 is MEMORY, a negative cache size is in KiB.
  const std::pair<const char*, const char*> cases[] = {
      {"busy_timeout", "5000"}, {"journal_mode", "wal"}, {"synchronous", "1"},
      {"foreign_keys", "1"},    {"temp_store", "2"},     {"cache_size", "-65536"},
  };
  for (const auto& [name, want] : cases) EXPECT_EQ(Pragma(*connection, name), want) << name;
}

TEST_F(ConnectionTest, AWriteTransactionTakesTheWriteLockAtOnce) {
  auto writer = Open();
  auto other = Open();
  ASSERT_NE(writer, nullptr);
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(other->Execute(sql::Statement{"PRAGMA busy_timeout = 0", {}}));  // fail at once, not in 5 s
  ASSERT_TRUE(writer->Begin(Store::Access::kWrite));
  // A deferred BEGIN would not have locked anything yet.
  auto second = other->Begin(Store::Access::kWrite);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kUnavailable) << second.error().details;
  // Readers are not blocked by a writer (WAL).
  ASSERT_TRUE(other->Begin(Store::Access::kRead));
  EXPECT_TRUE(other->Query(sql::Statement{"SELECT 1", {}}));
  ASSERT_TRUE(other->Rollback());
  ASSERT_TRUE(writer->Rollback());
  ASSERT_TRUE(other->Begin(Store::Access::kWrite)) << "the lock is free again";
  EXPECT_TRUE(other->Commit());
}

}  // namespace
}  // namespace apbridge::storage::sqlite
