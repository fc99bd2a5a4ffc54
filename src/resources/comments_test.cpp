// Comments on invoices: added stamped with the actor, in a request's own
// transaction or a caller's; bodies at fault, unknown invoices and comments of
// another invoice refused; a failed write at any point leaves nothing behind;
// an invoice deleted takes its comments with it.
#include "resources/comments.hpp"

#include <gtest/gtest.h>

#include "codec/codec.hpp"
#include "common/clock.hpp"
#include "model/fields.hpp"
#include "resources/invoices/invoice_delete.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::comments {
namespace {

namespace comment = model::comment;
namespace header = model::invoice_header;

constexpr int64_t kUser = 2;

class CommentsTest : public ::testing::Test {
 protected:
  // Invoices 106 (approved) and 107 (new), and the API user.
  void SetUp() override {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    auto user = model::Record::Make(catalog_.Get("user"));
    user->Set(0, kUser);
    user->Set("login", std::string("erp-integration"));
    ASSERT_TRUE((*uow)->Insert(*user));
    for (auto [id, status] : {std::pair<int64_t, const char*>{106, "approved"}, {107, "new"}}) {
      auto invoice = model::Record::Make(catalog_.Get("invoice-header"));
      invoice->Set(header::kId, id);
      invoice->Set(header::kInvoiceNumber, "INV-" + std::to_string(id));
      invoice->Set(header::kStatus, std::string(status));
      invoice->Set(header::kUpdatedAt, kInvoiceUpdated);
      ASSERT_TRUE((*uow)->Insert(*invoice));
    }
    ASSERT_TRUE((*uow)->Commit());
  }

  const model::Resource& Comment() { return catalog_.Get("comment"); }

  model::RecordPtr Body(std::string_view text, Format format = Format::kXml) {
    auto body = codec::ReadRecord(text, format, Comment(), codec::ReadOptions{});
    EXPECT_TRUE(body) << body.error().message;
    return body ? *body : model::Record::Make(Comment());
  }

  Result<int64_t> AddTo(int64_t invoice, std::string_view text, Format format = Format::kXml) {
    return Add(*store_, catalog_, invoice, *Body(text, format), by_, clock_.Now());
  }

  model::RecordList Comments() {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    query::Query all;
    all.resource = &Comment();
    auto found = (*uow)->Find(all, *Comment().projection(model::Shape::kStored));
    EXPECT_TRUE(found);
    return found ? *found : model::RecordList{};
  }

  Timestamp InvoiceUpdatedAt(int64_t id) {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    auto invoice = (*uow)->Get(id, *catalog_.Get("invoice-header").projection(model::Shape::kStored));
    EXPECT_TRUE(invoice);
    return invoice ? (*invoice)->GetOr(header::kUpdatedAt, Timestamp{}) : Timestamp{};
  }

  static inline const Timestamp kInvoiceUpdated = *ParseTimestamp("2026-01-01T00:00:00Z");
  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-01T10:00:00Z")};
  Actor by_{kUser};
};

TEST_F(CommentsTest, ACommentIsItsOwnRecordStampedWithTheActor) {
  auto id = AddTo(106, "<comment><comments>Please resend with the PO number.</comments></comment>");
  ASSERT_TRUE(id) << id.error().message;
  const model::RecordList all = Comments();
  ASSERT_EQ(all.size(), 1U);
  const model::Record& c = *all[0];
  EXPECT_EQ(c.id(), *id);
  EXPECT_EQ(c.GetOr(comment::kCommentableId, 0), 106);
  EXPECT_EQ(c.GetOr(comment::kCommentableType, ""), "InvoiceHeader");
  EXPECT_EQ(c.GetOr(comment::kComments, ""), "Please resend with the PO number.");
  EXPECT_EQ(c.GetOr(comment::kToSupplier, true), false) << "internal unless said otherwise";
  EXPECT_EQ(c.Get(comment::kReasonCode), nullptr);
  EXPECT_EQ(c.GetOr(comment::kCreatedAt, Timestamp{}), clock_.Now());
  ASSERT_NE(c.Get(comment::kCreatedBy), nullptr);
  EXPECT_EQ((*c.Get(comment::kCreatedBy))->id(), kUser);
  ASSERT_NE(c.Get(comment::kUpdatedBy), nullptr);
  EXPECT_EQ((*c.Get(comment::kUpdatedBy))->id(), kUser);
  EXPECT_EQ(InvoiceUpdatedAt(106), kInvoiceUpdated) << "the invoice itself did not change";
}

TEST_F(CommentsTest, JsonBodiesNameTheInvoiceAndWhoSeesIt) {
  ASSERT_TRUE(AddTo(106,
                    R"({"comments": "Short shipped", "to-supplier": true, "reason-code": "SHORT",)"
                    R"( "commentable-type": "InvoiceHeader", "commentable-id": 106})",
                    Format::kJson));
  ASSERT_TRUE(AddTo(106, R"({"comment": {"comments": "wrapped", "to_supplier": "false"}})", Format::kJson));
  const model::RecordList all = Comments();
  ASSERT_EQ(all.size(), 2U);
  EXPECT_EQ(all[0]->GetOr(comment::kToSupplier, false), true);
  EXPECT_EQ(all[0]->GetOr(comment::kReasonCode, ""), "SHORT");
  EXPECT_EQ(all[1]->GetOr(comment::kComments, ""), "wrapped");
  EXPECT_EQ(all[1]->GetOr(comment::kToSupplier, true), false);
}

TEST_F(CommentsTest, BodiesAtFaultAreRefusedNamingEachElement) {
  struct Case {
    std::string body;
    std::vector<std::string> fields;  // the field errors, in order
  };
  const Case cases[] = {
      {"<comment><comments>   </comments></comment>", {"comments"}},
      {"<comment><to-supplier type=\"boolean\">true</to-supplier></comment>", {"comments"}},
      {"<comment><comments nil=\"true\"/></comment>", {"comments"}},
      {"<comment><id type=\"integer\">5</id><comments>x</comments></comment>", {"id"}},
      {"<comment><comments>x</comments><created-at>2026-01-01</created-at></comment>", {"created-at"}},
      {"<comment><comments>x</comments><commentable-type>OrderHeader</commentable-type></comment>",
       {"commentable-type"}},
      {"<comment><comments>x</comments><commentable-id type=\"integer\">107</commentable-id></comment>",
       {"commentable-id"}},
      {"<comment><id type=\"integer\">5</id><comments/><commentable-id>1</commentable-id></comment>",
       {"id", "commentable-id", "comments"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.body);
    auto id = AddTo(106, c.body);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::kInvalidArgument);
    std::vector<std::string> fields;
    for (const auto& [field, message] : id.error().field_errors) {
      fields.push_back(field);
      EXPECT_TRUE(message.starts_with(field + " ")) << message;
    }
    EXPECT_EQ(fields, c.fields) << id.error().message;
  }
  EXPECT_TRUE(Comments().empty());
}

TEST_F(CommentsTest, AnUnknownInvoiceIsNotFound) {
  auto id = AddTo(987654, "<comment><comments>x</comments></comment>");
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code, ErrorCode::kNotFound);
  EXPECT_NE(id.error().message.find("987654"), std::string::npos) << id.error().message;
  EXPECT_TRUE(Comments().empty());
}

// PUT /api/invoices/:id/dispute records its comment in the transaction of the status change.
TEST_F(CommentsTest, AddInWritesInTheCallersTransaction) {
  {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    ASSERT_TRUE(
        AddIn(**uow, catalog_, 106, {"Disputed: wrong price", true, std::nullopt}, by_, clock_.Now()));
  }  // not committed: rolled back
  EXPECT_TRUE(Comments().empty());
  auto uow = store_->Begin(storage::Store::Access::kWrite);
  ASSERT_TRUE(uow);
  auto id = AddIn(**uow, catalog_, 106, {"Disputed: wrong price", true, std::nullopt}, by_, clock_.Now());
  ASSERT_TRUE(id);
  ASSERT_TRUE((*uow)->Commit());
  ASSERT_EQ(Comments().size(), 1U);
  EXPECT_EQ(Comments()[0]->GetOr(comment::kToSupplier, false), true);
}

TEST_F(CommentsTest, AddInRefusesBlankOrOverlongTextAndUnknownInvoices) {
  auto uow = store_->Begin(storage::Store::Access::kWrite);
  ASSERT_TRUE(uow);
  for (const std::string& text : {std::string(" \n"), std::string(65536, 'x'), std::string("\xFF")}) {
    auto id = AddIn(**uow, catalog_, 106, {text, false, std::nullopt}, by_, clock_.Now());
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::kInvalidArgument);
    ASSERT_EQ(id.error().field_errors.size(), 1U);
    EXPECT_EQ(id.error().field_errors[0].first, "comments");
  }
  EXPECT_TRUE(AddIn(**uow, catalog_, 106, {std::string(65535, 'x'), false, std::nullopt}, by_, clock_.Now()))
      << "65535 characters fit";
  auto missing = AddIn(**uow, catalog_, 5, {"x", false, std::nullopt}, by_, clock_.Now());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_F(CommentsTest, ACommentIsRemovedOnlyThroughItsOwnInvoice) {
  auto id = AddTo(106, "<comment><comments>x</comments></comment>");
  ASSERT_TRUE(id);
  for (auto [invoice, comment_id] : {std::pair<int64_t, int64_t>{107, *id}, {106, *id + 1}, {987654, *id}}) {
    auto s = Remove(*store_, catalog_, invoice, comment_id);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, ErrorCode::kNotFound);
  }
  EXPECT_EQ(Comments().size(), 1U);
  ASSERT_TRUE(Remove(*store_, catalog_, 106, *id));
  EXPECT_TRUE(Comments().empty());
  EXPECT_FALSE(Remove(*store_, catalog_, 106, *id)) << "once";
  EXPECT_EQ(InvoiceUpdatedAt(106), kInvoiceUpdated);
}

TEST_F(CommentsTest, AFailedWriteAtAnyPointLeavesNothingBehind) {
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto id =
        Add(failing, catalog_, 106, *Body("<comment><comments>x</comments></comment>"), by_, clock_.Now());
    if (!failing.failed()) {
      ASSERT_TRUE(id);
      break;
    }
    ASSERT_FALSE(id);
    EXPECT_TRUE(Comments().empty()) << "write " << n;
  }
  ASSERT_EQ(Comments().size(), 1U);
  const int64_t id = *Comments()[0]->id();
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto s = Remove(failing, catalog_, 106, id);
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    EXPECT_EQ(Comments().size(), 1U) << "write " << n;
  }
  EXPECT_TRUE(Comments().empty());
}

TEST_F(CommentsTest, DeletingAnInvoiceTakesItsCommentsWithIt) {
  ASSERT_TRUE(AddTo(107, "<comment><comments>first</comments></comment>"));
  ASSERT_TRUE(AddTo(107, "<comment><comments>second</comments></comment>"));
  ASSERT_TRUE(AddTo(106, "<comment><comments>kept</comments></comment>"));
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    auto s = invoices::DeleteInvoice(failing, catalog_, 107);
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    EXPECT_EQ(Comments().size(), 3U) << "write " << n;
  }
  const model::RecordList left = Comments();
  ASSERT_EQ(left.size(), 1U);
  EXPECT_EQ(left[0]->GetOr(comment::kComments, ""), "kept");
}

}  // namespace
}  // namespace apbridge::resources::comments
