// LoadFile with the invoice payment rows over the demo data: the spec's CSV
// route applied row by row, a file that cannot be read refused whole with
// nothing applied, each bad row reported with its reason, a stopped load
// resumed with every payment exactly once.
#include "flatfile/file_load.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>

#include "fixtures/demo_data.hpp"
#include "flatfile/invoice_payment_rows.hpp"
#include "flatfile/load_report.hpp"
#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::flatfile {
namespace {

namespace ff = resources::flat_files;
namespace header = model::invoice_header;

constexpr std::string_view kHeader =
    "Supplier Name,Supplier Number,Invoice Number,Invoice Date,Check Amount Paid,Check # / Note,Check "
    "Payment "
    "Date,Paid\r\n";

class FileLoadTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(fixtures::LoadDemoData(*store_, catalog_, clock_)); }

  std::filesystem::path Write(const std::string& name, std::string_view bytes) {
    auto path = store_.dir() / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  static ff::FileVersion Version(const std::string& key) {
    return ff::FileVersion{"Invoice Payments", key, "Invoice Payment", "pickup", 1, key};
  }
  Result<LoadReport> Load(const std::filesystem::path& path, const std::string& key,
                          storage::Store* store = nullptr, const std::stop_token& stop = {}) {
    ff::DataFileLoads loads(store != nullptr ? *store : *store_, catalog_, clock_, "test:1");
    APB_TRY(FileLoadResult r, LoadFile(path, Version(key), loads, rows_, {}, {}, stop));
    APB_TRY(model::RecordPtr record, loads.Get(r.load_id));
    return ReportOf(*record);
  }
  model::RecordPtr Invoice(int64_t id) {
    auto uow = *store_->Begin(storage::Store::Access::kRead);
    return *uow->Get(id, *catalog_.Get("invoice-header").projection(model::Shape::kStored));
  }
  size_t Payments(int64_t id) { return Invoice(id)->GetOr(header::kPayments, {}).size(); }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-01T10:00:00Z")};
  InvoicePaymentRows rows_{catalog_, clock_, resources::Actor{}};
};

TEST_F(FileLoadTest, TheSpecsRoutePaysTheInvoiceOnceAndCountsEachRow) {
  const size_t before = Payments(106);
  auto path =
      Write("p.csv", std::string("\xEF\xBB\xBF") + std::string(kHeader) +
                         "12345,,test1234536,2016-06-10,100.25,CHK-1,2026-12-01,No\r\n"
                         "\r\n"
                         "12345,,test1234536,06/10/2016,100.25,CHK-1,2026-12-01,No\r\n"
                         ",SUP-1002,NW-19-04412,,\"50.00\",\"CHK \"\"2\"\"\nline two\",12/01/2026,Yes\r\n");
  auto report = Load(path, "p");
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->status, LoadStatus::kCompleted);
  EXPECT_EQ(report->rows, 3);
  EXPECT_EQ(report->created, 2);
  EXPECT_EQ(report->skipped, 1) << "the same payment twice is one payment";
  EXPECT_EQ(report->errored, 0);
  EXPECT_EQ(Payments(106), before + 1);
  EXPECT_FALSE(Invoice(106)->GetOr(header::kPaid, true));
  EXPECT_TRUE(Invoice(1000)->GetOr(header::kPaid, false)) << "Paid: Yes pays the invoice in full";
}

TEST_F(FileLoadTest, EachBadRowIsRefusedWithItsReasonAndTheOthersApplied) {
  auto path = Write("bad-rows.csv", std::string(kHeader) +
                                        "12345,,test1234536,,12.5O,CHK-9,2026-12-01,No\r\n"   // row 2: amount
                                        "Nobody Inc,,X-1,,1.00,C,2026-12-01,No\r\n"           // 3: supplier
                                        "12345,,test1234536,,1.00,C,2026-12-01,Maybe\r\n"     // 4: Paid
                                        "12345,,test1234536,,1.00,C,2026-13-01,No\r\n"        // 5: date
                                        "12345,,test1234536,,1.00,C,2026-12-01,No,extra\r\n"  // 6: too wide
                                        "12345,,test1234536,,7.00,CHK-OK,2026-12-01,No\r\n");  // 7: fine
  auto report = Load(path, "bad-rows");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->status, LoadStatus::kCompletedWithErrors);
  EXPECT_EQ(report->created, 1);
  EXPECT_EQ(report->errored, 5);
  ASSERT_EQ(report->row_errors.size(), 5u);
  EXPECT_EQ(report->row_errors[0].row, 2);
  EXPECT_EQ(report->row_errors[0].message, "Check Amount Paid: '12.5O' is not a number");
  EXPECT_EQ(report->row_errors[1].row, 3);
  EXPECT_NE(report->row_errors[1].message.find("Nobody Inc"), std::string::npos);
  EXPECT_EQ(report->row_errors[2].row, 4);
  EXPECT_NE(report->row_errors[2].message.find("Paid: 'Maybe'"), std::string::npos);
  EXPECT_EQ(report->row_errors[3].row, 5);
  EXPECT_NE(report->row_errors[3].message.find("Check Payment Date: '2026-13-01'"), std::string::npos);
  EXPECT_EQ(report->row_errors[4].row, 6);
  EXPECT_EQ(report->row_errors[4].message, "row 6 has 9 fields, the header 8");
}

TEST_F(FileLoadTest, AFileThatCannotBeReadIsRefusedWholeAndNothingIsApplied) {
  const size_t before = Payments(106);
  const std::string good_row = "12345,,test1234536,,5.00,CHK-5,2026-12-01,No\r\n";
  struct Case {
    std::string name;
    std::string bytes;
    std::string reason;  // a part of the file error
  };
  const Case cases[] = {
      {"empty", "", "empty"},
      {"broken-quote", std::string(kHeader) + good_row + "12345,,\"test1234536,,5.00,C,2026-12-01,No\r\n",
       "quote"},
      {"binary", std::string(kHeader) + good_row + std::string("\x00\x01\x02", 3) + "\r\n", "binary"},
      {"unknown-column",
       "Supplier Name,Invoice Number,Check Amount Paid,Check Payment Date,Colour\r\n" + good_row, "Colour"},
      {"no-invoice-named", "Check Amount Paid,Check Payment Date\r\n5.00,2026-12-01\r\n", "names no invoice"},
      {"pays-nothing", "Supplier Name,Invoice Number\r\n12345,test1234536\r\n", "pays nothing"},
  };
  for (const Case& c : cases) {
    auto report = Load(Write(c.name + ".csv", c.bytes), c.name);
    ASSERT_TRUE(report) << c.name;
    EXPECT_EQ(report->status, LoadStatus::kFailed) << c.name;
    EXPECT_NE(report->file_error.find(c.reason), std::string::npos) << c.name << ": " << report->file_error;
    EXPECT_EQ(report->created + report->errored, 0) << c.name;
  }
  EXPECT_EQ(Payments(106), before);
}

TEST_F(FileLoadTest, AStoppedLoadResumesAfterItsLastRowAndPaysEachRowOnce) {
  std::string bytes(kHeader);
  for (int i = 1; i <= 6; ++i)
    bytes += fmt::format("12345,,test1234536,,{}.00,CHK-{},2026-12-01,No\r\n", i, i);
  auto path = Write("six.csv", bytes);
  const size_t before = Payments(106);
  std::stop_source stop;
  {
    ff::DataFileLoads loads(*store_, catalog_, clock_, "test:1");
    int units = 0;
    auto r = LoadFile(
        path, Version("six"), loads, rows_, {},
        [&](int64_t, int64_t) {
          if (++units == 3) stop.request_stop();
        },
        stop.get_token());
    ASSERT_FALSE(r) << "stopped after three units";
  }
  EXPECT_EQ(Payments(106), before + 3);
  // Another process takes it over once this one is known gone.
  ff::DataFileLoads loads(*store_, catalog_, clock_, "test:2");
  auto r = LoadFile(path, Version("six"), loads, rows_, [](std::string_view h) { return h == "test:1"; });
  ASSERT_TRUE(r);
  EXPECT_EQ(r->state, FileLoadResult::State::kLoaded);
  auto report = ReportOf(**loads.Get(r->load_id));
  EXPECT_EQ(report.status, LoadStatus::kCompleted);
  EXPECT_EQ(report.created, 6);
  EXPECT_EQ(Payments(106), before + 6);
  auto again = LoadFile(path, Version("six"), loads, rows_, {});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->state, FileLoadResult::State::kLoadedBefore);
  EXPECT_EQ(Payments(106), before + 6);
}

TEST_F(FileLoadTest, AFailedWriteStopsTheLoadAndARetryAppliesEveryRowExactlyOnce) {
  for (int n = 1;; ++n) {
    // A file of its own each time (new payments, a new load).
    std::string bytes(kHeader);
    for (int i = 1; i <= 3; ++i) {
      bytes += fmt::format("12345,,test1234536,,{}.00,CHK-{}-{},2026-12-01,No\r\n", i, n, i);
    }
    const std::string key = fmt::format("three-{}", n);
    auto path = Write(key + ".csv", bytes);
    const size_t before = Payments(106);
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto report = Load(path, key, &failing);
    if (!failing.failed()) {
      ASSERT_TRUE(report);
      EXPECT_EQ(report->created, 3);
      break;
    }
    ASSERT_FALSE(report) << "write " << n;
    // The retry (this process again) finishes it: a row applied twice would show as skipped.
    auto retried = Load(path, key);
    ASSERT_TRUE(retried) << "write " << n << ": " << retried.error().message;
    EXPECT_EQ(retried->status, LoadStatus::kCompleted) << "write " << n;
    EXPECT_EQ(retried->created, 3) << "write " << n;
    EXPECT_EQ(retried->skipped, 0) << "write " << n;
    EXPECT_EQ(Payments(106), before + 3) << "write " << n;
  }
}

}  // namespace
}  // namespace apbridge::flatfile
