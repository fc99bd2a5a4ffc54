#include "flatfile/folders.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "storage/testing/temp_dir.hpp"

namespace apbridge::flatfile {
namespace {

TEST(Folders, EnsureCreatesEveryIncomingArchiveAndOutgoingFolder) {
  storage::testing::TempDir dir;
  Folders folders(dir.path());
  ASSERT_TRUE(folders.Ensure());
  for (const IncomingFolder& f : IncomingFolders()) {
    EXPECT_TRUE(std::filesystem::is_directory(folders.Incoming(f.name))) << f.name;
    EXPECT_TRUE(std::filesystem::is_directory(folders.Archive(f.name))) << f.name;
  }
  EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "Incoming" / "Invoice Payments"));
  EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "Archive" / "Incoming" / "Invoices"));
  EXPECT_TRUE(std::filesystem::is_directory(folders.Outgoing(kOutgoingInvoices)));
  EXPECT_TRUE(std::filesystem::is_directory(folders.Outgoing(kOutgoingPayments)));
  EXPECT_TRUE(folders.Ensure()) << "idempotent";
}

TEST(Folders, EnsureFailsWhenTheDataDirIsAFile) {
  storage::testing::TempDir dir;
  const auto file = dir.path() / "not-a-dir";
  { std::ofstream(file) << "x"; }
  auto s = Folders(file).Ensure();
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("not-a-dir"), std::string::npos);
}

}  // namespace
}  // namespace apbridge::flatfile
