// The storage conformance suite: the same test bodies on every SQL backend,
// over a small test catalog. A backend runs it by instantiating it with its
// factory (APBRIDGE_STORE_CONFORMANCE).
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/catalog.hpp"
#include "query/query.hpp"
#include "storage/sql/connection.hpp"
#include "storage/store.hpp"

namespace apbridge::storage::testing {

// A backend as the suite sees it: one fresh database, and ways in. Owns the
// database (the destructor removes it); used by one test thread.
class Backend {
 public:
  virtual ~Backend() = default;
  // A store on the database, which is empty until the suite migrates it.
  // Called once per test; the store is destroyed before the backend.
  [[nodiscard]] virtual Result<std::unique_ptr<Store>> Open(const model::Catalog& catalog) = 0;
  // A connection to the same database outside any store, to look at it and
  // to change it behind the store's back.
  [[nodiscard]] virtual Result<std::unique_ptr<sql::Connection>> Connect() = 0;
};

// The suite's parameter: the backend's name (the test names' suffix) and how
// to make a Backend, called once per test.
struct BackendFactory {
  std::string name;
  std::function<std::unique_ptr<Backend>()> make;
};

// The test name of an instantiation: the factory's name.
std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info);
// How gtest prints the parameter: by name.
void PrintTo(const BackendFactory& factory, std::ostream* os);

// Every test starts from a migrated database holding suppliers 1 "Acme" and
// 2 "Globex" and invoices 1..30 alternating suppliers (odd: Globex), status
// draft/approved/voided by n % 3 (0: draft, 1: approved, 2: voided), paid
// when even, invoice n with n % 3 lines.
class StoreConformance : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // The test catalog: supplier, invoice-line, payment, invoice-header.
  static const model::Catalog& catalog();
  static const model::Resource& R(std::string_view name) { return catalog().Get(name); }
  // A record of `resource` holding only an id (what a reference stores).
  static model::RecordPtr Ref(std::string_view resource, int64_t id);
  // The condition `op values` on the field path `hops` ((resource, field) pairs).
  static query::Condition Cond(const std::vector<std::pair<std::string_view, std::string_view>>& hops,
                               query::Op op, std::vector<model::Value> values);
  // A query of invoice headers with these conditions, default order and page.
  static query::Query Q(std::vector<query::Condition> conditions);

  // The ids of the page `query` finds, in order.
  std::vector<int64_t> Ids(const query::Query& query);
  // A connection outside the store. Like Snapshot and DataVersion, throws
  // (failing the test) when the backend does not answer.
  std::unique_ptr<sql::Connection> Connect();
  // Every row of every table of the catalog and the data version, as stored:
  // equal snapshots mean an unchanged database.
  std::vector<std::vector<sql::Row>> Snapshot();
  // The data version (moved by every committed write transaction).
  int64_t DataVersion();

  std::unique_ptr<Backend> backend_;
  std::unique_ptr<Store> store_;

 private:
  void Seed();
};

}  // namespace apbridge::storage::testing

// Runs the conformance suite on one backend, at namespace scope of that
// backend's test: APBRIDGE_STORE_CONFORMANCE(Sqlite, factory). The suite's
// tests live in the storage_testing library; naming BackendName, which is
// defined beside them, is also what makes the linker keep them.
#define APBRIDGE_STORE_CONFORMANCE(backend, factory)                              \
  using ::apbridge::storage::testing::StoreConformance;                           \
  INSTANTIATE_TEST_SUITE_P(backend, StoreConformance, ::testing::Values(factory), \
                           ::apbridge::storage::testing::BackendName)
