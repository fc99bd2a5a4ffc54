// DataFileLoads: one load per file version across holders, a load taken over
// only from a holder that is gone or whose lease ran out, each unit's writes
// and its progress committed together, refusals recorded instead of writes,
// and a failed write leaving the load as it was.
#include "resources/flat_files/data_file_loads.hpp"

#include <gtest/gtest.h>

#include "model/fields_internal.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::flat_files {
namespace {

namespace load = model::data_file_source;
namespace row_error = model::data_file_source_error;
using State = LoadClaim::State;

class DataFileLoadsTest : public ::testing::Test {
 protected:
  FileVersion File(std::string key = "Invoice Payments/p.csv@10:1") {
    return FileVersion{"Invoice Payments", "p.csv", "Invoice Payment", "pickup", 10, std::move(key)};
  }
  DataFileLoads Loads(std::string holder, storage::Store* store = nullptr) {
    return DataFileLoads(store != nullptr ? *store : *store_, catalog_, clock_, std::move(holder),
                         std::chrono::seconds{60});
  }
  // A write a unit makes: a response filter named `name` (any record would do).
  Status AddMarker(storage::UnitOfWork& uow, const std::string& name) {
    auto r = model::Record::Make(catalog_.Get("response-filter"));
    r->Set(catalog_.Get("response-filter").IndexOf("name"), name);
    APB_TRY_STATUS(uow.Insert(*r));
    return Ok();
  }
  int64_t Markers() {
    auto uow = *store_->Begin(storage::Store::Access::kRead);
    query::Query q;
    q.resource = &catalog_.Get("response-filter");
    return *uow->Count(q);
  }
  model::RecordPtr Load(int64_t id) { return *Loads("reader").Get(id); }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-03-05T10:00:00Z")};
  const HolderGone alive_ = [](std::string_view) { return false; };
};

TEST_F(DataFileLoadsTest, AVersionIsClaimedOnceAndItsFinishedLoadIsFoundAgain) {
  auto a = Loads("host:1");
  auto claim = a.Claim(File(), alive_);
  ASSERT_TRUE(claim && *claim);
  EXPECT_EQ((*claim)->state, State::kStart);
  const int64_t id = (*claim)->progress.id;
  EXPECT_EQ(Load(id)->GetOr(load::kStatus, ""), "processing");
  EXPECT_EQ(Load(id)->GetOr(load::kFileName, ""), "p.csv");

  auto other = Loads("host:2").Claim(File(), alive_);
  ASSERT_TRUE(other);
  EXPECT_FALSE(*other) << "a live holder keeps its load";

  ASSERT_TRUE(a.Finish((*claim)->progress));
  auto again = Loads("host:2").Claim(File(), alive_);
  ASSERT_TRUE(again && *again);
  EXPECT_EQ((*again)->state, State::kFinished);
  EXPECT_EQ((*again)->progress.id, id);

  auto next_version = Loads("host:2").Claim(File("Invoice Payments/p.csv@11:2"), alive_);
  ASSERT_TRUE(next_version && *next_version);
  EXPECT_EQ((*next_version)->state, State::kStart);
  EXPECT_NE((*next_version)->progress.id, id);
}

TEST_F(DataFileLoadsTest, ALoadIsTakenOverFromAGoneHolderOrAfterItsLeaseAndResumesWhereItStopped) {
  auto a = Loads("host:1");
  LoadProgress progress = (*a.Claim(File(), alive_))->progress;
  for (int row = 2; row <= 3; ++row) {
    ASSERT_TRUE(a.ApplyUnit(progress, 1, row, [&](storage::UnitOfWork& uow) -> Result<RowOutcome> {
      APB_TRY_STATUS(AddMarker(uow, "row" + std::to_string(row)));
      return RowOutcome::kCreated;
    }));
  }
  auto gone = Loads("host:2").Claim(File(), [](std::string_view h) { return h == "host:1"; });
  ASSERT_TRUE(gone && *gone);
  EXPECT_EQ((*gone)->state, State::kResume);
  EXPECT_EQ((*gone)->progress.rows_done, 2);
  EXPECT_EQ((*gone)->progress.created, 2);

  // host:1 comes back: its next unit is refused whole, its writes rolled back.
  auto late = a.ApplyUnit(progress, 1, 4, [&](storage::UnitOfWork& uow) -> Result<RowOutcome> {
    APB_TRY_STATUS(AddMarker(uow, "late"));
    return RowOutcome::kCreated;
  });
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Markers(), 2);

  // host:2 dies without a trace (alive as far as anyone knows): after the lease, host:3 takes over.
  EXPECT_FALSE(*Loads("host:3").Claim(File(), alive_));
  clock_.Advance(std::chrono::seconds{61});
  auto after_lease = Loads("host:3").Claim(File(), alive_);
  ASSERT_TRUE(after_lease && *after_lease);
  EXPECT_EQ((*after_lease)->state, State::kResume);
  EXPECT_EQ((*after_lease)->progress.rows_done, 2);
}

TEST_F(DataFileLoadsTest, ARefusedUnitIsRolledBackAndRecordedWithItsRowAndTheLoadEndsWithErrors) {
  auto a = Loads("host:1");
  LoadProgress progress = (*a.Claim(File(), alive_))->progress;
  ASSERT_TRUE(a.ApplyUnit(progress, 1, 2, [&](storage::UnitOfWork& uow) -> Result<RowOutcome> {
    APB_TRY_STATUS(AddMarker(uow, "ok"));
    return RowOutcome::kCreated;
  }));
  ASSERT_TRUE(a.ApplyUnit(progress, 1, 3, [&](storage::UnitOfWork& uow) -> Result<RowOutcome> {
    APB_TRY_STATUS(AddMarker(uow, "half"));
    Error e = InvalidArgument("no approved invoice matches");
    e.field_errors.emplace_back("invoice-number", "INV-9 of supplier Acme is draft");
    return Fail(e);
  }));
  ASSERT_TRUE(a.ApplyUnit(progress, 1, 4,
                          [](storage::UnitOfWork&) -> Result<RowOutcome> { return RowOutcome::kSkipped; }));
  ASSERT_TRUE(a.RefuseUnit(progress, 2, 5, "Check Amount Paid: 'x' is not a number"));
  EXPECT_EQ(Markers(), 1) << "the refused unit's write was rolled back";
  EXPECT_EQ(progress.rows_done, 5);
  ASSERT_TRUE(a.SetRows(progress, 5));
  ASSERT_TRUE(a.Finish(progress));

  auto done = Load(progress.id);
  EXPECT_EQ(done->GetOr(load::kStatus, ""), "completed_with_errors");
  EXPECT_EQ(done->GetOr(load::kRows, int64_t{0}), 5);
  EXPECT_EQ(done->GetOr(load::kCreatedCount, int64_t{0}), 1);
  EXPECT_EQ(done->GetOr(load::kSkippedCount, int64_t{0}), 1);
  EXPECT_EQ(done->GetOr(load::kErroredCount, int64_t{0}), 2);
  EXPECT_TRUE(done->Get(load::kFinishedAt) != nullptr);
  const model::RecordList& errors = done->GetOr(load::kRowErrors, {});
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0]->GetOr(row_error::kRow, int64_t{0}), 3);
  EXPECT_EQ(errors[0]->GetOr(row_error::kMessage, ""),
            "no approved invoice matches; invoice-number: INV-9 of supplier Acme is draft");
  EXPECT_EQ(errors[1]->GetOr(row_error::kRow, int64_t{0}), 5);
}

TEST_F(DataFileLoadsTest, EveryUnitRefusedFailsTheLoadAndAFileErrorFailsItWhole) {
  auto a = Loads("host:1");
  LoadProgress refused = (*a.Claim(File(), alive_))->progress;
  ASSERT_TRUE(a.RefuseUnit(refused, 1, 2, "bad"));
  ASSERT_TRUE(a.Finish(refused));
  EXPECT_EQ(Load(refused.id)->GetOr(load::kStatus, ""), "failed");

  LoadProgress unreadable = (*a.Claim(File("other"), alive_))->progress;
  ASSERT_TRUE(a.Finish(unreadable, "row 4: a quote is never closed"));
  EXPECT_EQ(Load(unreadable.id)->GetOr(load::kStatus, ""), "failed");
  EXPECT_EQ(Load(unreadable.id)->GetOr(load::kErrorMessage, ""), "row 4: a quote is never closed");
}

TEST_F(DataFileLoadsTest, AFailedWriteLeavesNeitherTheUnitNorItsProgress) {
  auto a = Loads("host:1");
  const LoadProgress start = (*a.Claim(File(), alive_))->progress;
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto on_failing = Loads("host:1", &failing);
    LoadProgress progress = start;
    auto s = on_failing.ApplyUnit(progress, 1, 2, [&](storage::UnitOfWork& uow) -> Result<RowOutcome> {
      APB_TRY_STATUS(AddMarker(uow, "row"));
      return RowOutcome::kCreated;
    });
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s) << "write " << n;
    EXPECT_EQ(progress.rows_done, 0) << "write " << n;
    EXPECT_EQ(Markers(), 0) << "write " << n;
    EXPECT_EQ(Load(start.id)->GetOr(load::kRowsDone, int64_t{-1}), 0) << "write " << n;
  }
  EXPECT_EQ(Markers(), 1);
  EXPECT_EQ(Load(start.id)->GetOr(load::kRowsDone, int64_t{0}), 1);
}

}  // namespace
}  // namespace apbridge::resources::flat_files
