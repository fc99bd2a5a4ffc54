// DeleteInvoice: only a new invoice goes, with what it owns; any other status,
// a missing invoice or a failed write leaves everything as it was.
#include "resources/invoices/invoice_delete.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;

class InvoiceDeleteTest : public ::testing::Test {
 protected:
  // Invoice `id` in `status`, with one line.
  void Insert(int64_t id, const std::string& status) {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    auto invoice = model::Record::Make(Invoice());
    invoice->Set(header::kId, id);
    invoice->Set(header::kInvoiceNumber, "INV-" + std::to_string(id));
    invoice->Set(header::kStatus, status);
    auto line = model::Record::Make(catalog_.Get("invoice-line"));
    line->Set("description", std::string("paper"));
    invoice->Set(header::kInvoiceLines, model::RecordList{line});
    ASSERT_TRUE((*uow)->Insert(*invoice));
    ASSERT_TRUE((*uow)->Commit());
  }

  const model::Resource& Invoice() { return catalog_.Get("invoice-header"); }

  int64_t Count(const model::Resource& r) {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    query::Query q;
    q.resource = &r;
    auto n = (*uow)->Count(q);
    EXPECT_TRUE(n);
    return *n;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
};

TEST_F(InvoiceDeleteTest, ANewInvoiceGoesWithItsLines) {
  Insert(1, "new");
  Insert(2, "draft");
  ASSERT_TRUE(DeleteInvoice(*store_, catalog_, 1));
  EXPECT_EQ(Count(Invoice()), 1);
  EXPECT_EQ(Count(catalog_.Get("invoice-line")), 1) << "invoice 2's line stays";
}

TEST_F(InvoiceDeleteTest, AnyOtherStatusOrAMissingInvoiceDeletesNothing) {
  for (const char* status : {"draft", "pending_approval", "approved", "voided"})
    Insert(Count(Invoice()) + 10, status);
  for (int64_t id = 10; id < 14; ++id) {
    auto s = DeleteInvoice(*store_, catalog_, id);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(s.error().message.find("only a new invoice can"), std::string::npos) << s.error().message;
  }
  auto missing = DeleteInvoice(*store_, catalog_, 99);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count(Invoice()), 4);
  EXPECT_EQ(Count(catalog_.Get("invoice-line")), 4);
}

TEST_F(InvoiceDeleteTest, AFailedWriteAtAnyPointDeletesNothing) {
  Insert(1, "new");
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto s = DeleteInvoice(failing, catalog_, 1);
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    EXPECT_EQ(Count(Invoice()), 1) << "write " << n;
    EXPECT_EQ(Count(catalog_.Get("invoice-line")), 1) << "write " << n;
  }
  EXPECT_EQ(Count(Invoice()), 0);
}

}  // namespace
}  // namespace apbridge::resources::invoices
