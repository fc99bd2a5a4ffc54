// Pickup rounds over real folders: only complete files are taken, in
// alphanumeric order, each archived once loaded; a version loaded before is
// archived without being applied again.
#include "flatfile/pickup.hpp"

#include <gtest/gtest.h>
#include <sys/time.h>

#include <fstream>

#include "fixtures/demo_data.hpp"
#include "model/fields.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::flatfile {
namespace {

namespace fs = std::filesystem;
namespace ff = resources::flat_files;

constexpr std::string_view kHeader =
    "Supplier Name,Invoice Number,Check Amount Paid,Check # / Note,Check Payment Date\n";

class PickupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fixtures::LoadDemoData(*store_, catalog_, clock_));
    ASSERT_TRUE(folders_.Ensure());
  }
  fs::path Drop(std::string_view folder, const std::string& name, std::string_view bytes) {
    auto path = folders_.Incoming(folder) / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  static void MakeOld(const fs::path& path) {
    const timeval old[2] = {{1'000'000'000, 0}, {1'000'000'000, 0}};
    ASSERT_EQ(utimes(path.c_str(), old), 0);
  }
  Result<PickupRound> Round() {
    PickupOptions options;
    options.settle = std::chrono::milliseconds{50};
    Pickup pickup(folders_, loads_, catalog_, clock_, options,
                  [&](const LoadReport& r) { notified_.push_back(r.file_name); });
    return pickup.RunOnce();
  }
  static std::string Payment(const std::string& note) {
    return std::string(kHeader) + "12345,test1234536,1.00," + note + ",2026-12-01\n";
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-01T10:00:00Z")};
  Folders folders_{store_.dir() / "data"};
  ff::DataFileLoads loads_{*store_, catalog_, clock_, "test:1"};
  std::vector<std::string> notified_;
};

TEST_F(PickupTest, CompleteFilesAreLoadedInAlphanumericOrderAndArchived) {
  Drop("Invoice Payments", "b.csv", Payment("B"));
  Drop("Invoice Payments", "a.csv", Payment("A"));
  Drop("InvoicePayments", "c.csv", Payment("C"));
  auto round = Round();
  ASSERT_TRUE(round) << round.error().message;
  EXPECT_EQ(round->archived, 3);
  EXPECT_EQ(notified_, (std::vector<std::string>{"a.csv", "b.csv", "c.csv"}));
  ASSERT_EQ(round->loaded.size(), 3u);
  EXPECT_EQ(round->loaded[0].status, LoadStatus::kCompleted);
  EXPECT_EQ(round->loaded[0].created, 1);
  EXPECT_TRUE(fs::exists(folders_.Archive("Invoice Payments") / "a.csv"));
  EXPECT_TRUE(fs::exists(folders_.Archive("InvoicePayments") / "c.csv"));
  EXPECT_FALSE(fs::exists(folders_.Incoming("Invoice Payments") / "a.csv"));
  auto idle = Round();
  ASSERT_TRUE(idle);
  EXPECT_EQ(idle->archived, 0);
}

TEST_F(PickupTest, UploadsInProgressAreLeftAlone) {
  Drop("Invoice Payments", ".hidden.csv", Payment("H"));
  Drop("Invoice Payments", "upload.csv.tmp", Payment("T"));
  Drop("Invoice Payments", "upload.csv.filepart", Payment("F"));
  Drop("Invoice Payments", "just-created.csv", "");  // 0 bytes, changed a moment ago
  fs::create_directory(folders_.Incoming("Invoice Payments") / "sub.csv");
  auto round = Round();
  ASSERT_TRUE(round);
  EXPECT_EQ(round->archived, 0);
  EXPECT_EQ(round->waiting, 1) << "the empty file waits for its grace";
  EXPECT_TRUE(notified_.empty());
  EXPECT_TRUE(fs::exists(folders_.Incoming("Invoice Payments") / "upload.csv.tmp"));

  // Renamed into place: taken. Empty for long: reported as the empty file it is.
  fs::rename(folders_.Incoming("Invoice Payments") / "upload.csv.tmp",
             folders_.Incoming("Invoice Payments") / "upload.csv");
  MakeOld(folders_.Incoming("Invoice Payments") / "just-created.csv");
  auto next = Round();
  ASSERT_TRUE(next);
  EXPECT_EQ(notified_, (std::vector<std::string>{"just-created.csv", "upload.csv"}));
  EXPECT_EQ(next->loaded[0].status, LoadStatus::kFailed);
  EXPECT_NE(next->loaded[0].file_error.find("empty"), std::string::npos);
  EXPECT_EQ(next->loaded[1].status, LoadStatus::kCompleted);
}

TEST_F(PickupTest, AFileStillGrowingWaitsForTheNextRound) {
  auto path = Drop("Invoice Payments", "growing.csv", kHeader);
  std::thread writer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds{20});
    std::ofstream(path, std::ios::binary | std::ios::app) << "12345,test1234536,1.00,G,2026-12-01\n";
  });
  auto round = Round();
  writer.join();
  ASSERT_TRUE(round);
  EXPECT_EQ(round->waiting, 1);
  EXPECT_TRUE(notified_.empty());
  auto next = Round();
  ASSERT_TRUE(next);
  ASSERT_EQ(next->loaded.size(), 1u);
  EXPECT_EQ(next->loaded[0].created, 1) << "the whole file, with the row written late";
}

TEST_F(PickupTest, AVersionLoadedBeforeIsArchivedWithoutBeingAppliedAgain) {
  auto path = Drop("Invoice Payments", "again.csv", Payment("AGAIN"));
  const fs::path kept = store_.dir() / "again.csv";
  fs::copy_file(path, kept);
  ASSERT_TRUE(Round());
  // A crash between the load and the archive leaves the same version in Incoming.
  fs::copy_file(kept, path);
  fs::last_write_time(path, fs::last_write_time(folders_.Archive("Invoice Payments") / "again.csv"));
  auto round = Round();
  ASSERT_TRUE(round);
  EXPECT_EQ(round->archived, 1);
  EXPECT_TRUE(round->loaded.empty()) << "not loaded (nor notified) twice";
  EXPECT_TRUE(fs::exists(folders_.Archive("Invoice Payments") / "again.csv"));
  EXPECT_EQ(fs::exists(folders_.Incoming("Invoice Payments") / "again.csv"), false);
  bool archived_twice = false;
  for (const auto& e : fs::directory_iterator(folders_.Archive("Invoice Payments"))) {
    archived_twice = archived_twice || e.path().filename().string().starts_with("again_");
  }
  EXPECT_TRUE(archived_twice) << "the second copy is archived under a name of its own";
}

}  // namespace
}  // namespace apbridge::flatfile
