// InvoiceActions and ApprovalDecisions: an invoice travels draft ->
// pending_approval -> approved through its requester's management chain; every
// action refused from every status the machine does not allow, naming status
// and changing nothing; disputes, approvers added and removed, bypass, reject,
// and a failure at any write leaving the invoice and its approvals as they were.
#include "resources/invoices/invoice_actions.hpp"

#include <gtest/gtest.h>

#include "model/fields.hpp"
#include "resources/invoices/approval_chain.hpp"
#include "resources/invoices/approval_decisions.hpp"
#include "resources/invoices/invoice_status_machine.hpp"
#include "storage/testing/failing_store.hpp"
#include "storage/testing/temp_store.hpp"

namespace apbridge::resources::invoices {
namespace {

namespace header = model::invoice_header;
namespace approval = model::approval;
using model::RecordPtr;

constexpr int64_t kInvoice = 200;
// clerk 3 -> manager 10 -> director 11 -> admin 1 (who has no manager); 20 and 21 report to nobody.
constexpr int64_t kAdmin = 1, kClerk = 3, kManager = 10, kDirector = 11, kAuditor = 20, kController = 21;

class InvoiceActionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    for (auto [id, manager] : {std::pair{kAdmin, int64_t{0}},
                               {kClerk, kManager},
                               {kManager, kDirector},
                               {kDirector, kAdmin},
                               {kAuditor, int64_t{0}},
                               {kController, int64_t{0}}}) {
      auto user = model::Record::Make(catalog_.Get("user"));
      user->Set(0, id);
      user->Set("login", "user" + std::to_string(id));
      if (manager != 0) user->Set(model::user::kManager, Ref("user", manager));
      ASSERT_TRUE((*uow)->Insert(*user));
    }
    auto reason = model::Record::Make(catalog_.Get("reason-insight"));
    reason->Set(0, int64_t{7});
    reason->Set(model::reason_insight::kCode, std::string("INCORRECT-QUANTITY"));
    reason->Set(model::reason_insight::kReasonType, std::string("dispute"));
    ASSERT_TRUE((*uow)->Insert(*reason));
    auto invoice = model::Record::Make(Invoice());
    invoice->Set(header::kId, kInvoice);
    invoice->Set(header::kInvoiceNumber, std::string("INV-200"));
    invoice->Set(header::kStatus, std::string("draft"));
    invoice->Set(header::kLockVersionKey, int64_t{1});
    invoice->Set(header::kRequestedBy, Ref("user", kClerk));
    // What Required asks of a submitted invoice (the records named need not exist here).
    invoice->Set(header::kInvoiceDate, *ParseTimestamp("2026-11-30T00:00:00Z"));
    invoice->Set(header::kBillToAddress, Ref("address", 1));
    invoice->Set(header::kSupplier, Ref("supplier", 1));
    invoice->Set(header::kCurrency, Ref("currency", 1));
    for (int64_t n : {1, 2}) {
      auto account = model::Record::Make(catalog_.Get("account"));
      account->Set(0, n);
      account->Set("code", "ACC-" + std::to_string(n));
      ASSERT_TRUE((*uow)->Insert(*account));
    }
    auto line = model::Record::Make(catalog_.Get("invoice-line"));
    line->Set(model::invoice_line::kDescription, std::string("Paper"));
    line->Set(model::invoice_line::kPrice, *Decimal::Parse("10.00"));
    line->Set(model::invoice_line::kAccount, Ref("account", 1));
    invoice->Set(header::kInvoiceLines, model::RecordList{line});
    ASSERT_TRUE((*uow)->Insert(*invoice));
    ASSERT_TRUE((*uow)->Commit());
  }

  const model::Resource& Invoice() { return catalog_.Get("invoice-header"); }

  RecordPtr Ref(std::string_view resource, int64_t id) {
    auto ref = model::Record::Make(catalog_.Get(resource));
    ref->Set(0, id);
    return ref;
  }

  RecordPtr Load() {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    EXPECT_TRUE(uow);
    auto invoice = (*uow)->Get(kInvoice, *Invoice().projection(model::Shape::kStored));
    EXPECT_TRUE(invoice);
    return *invoice;
  }

  std::string Status() { return Load()->GetOr(header::kStatus, ""); }

  void SetStatus(std::string_view status) {
    auto uow = store_->Begin(storage::Store::Access::kWrite);
    ASSERT_TRUE(uow);
    auto change = model::Record::Make(Invoice());
    change->Set(header::kId, kInvoice);
    change->Set(header::kStatus, std::string(status));
    ASSERT_TRUE((*uow)->Update(*change));
    ASSERT_TRUE((*uow)->Commit());
  }

  // The approvals in chain order as "approver:status" (ManualApproval marked +).
  std::vector<std::string> Chain() {
    auto approvals = Load()->GetOr(header::kApprovals, {});
    std::sort(approvals.begin(), approvals.end(), [](const RecordPtr& a, const RecordPtr& b) {
      return a->GetOr(approval::kPosition, 0) < b->GetOr(approval::kPosition, 0);
    });
    std::vector<std::string> out;
    for (const RecordPtr& a : approvals) {
      out.push_back(std::to_string(a->GetOr(approval::kApproverId, 0)) +
                    (a->GetOr(approval::kType, "") == kManualApproval ? "+" : "") + ":" +
                    a->GetOr(approval::kStatus, ""));
    }
    return out;
  }

  // The id of the approval of `approver`.
  int64_t ApprovalOf(int64_t approver) {
    for (const RecordPtr& a : Load()->GetOr(header::kApprovals, {})) {
      if (a->GetOr(approval::kApproverId, 0) == approver) return a->id().value_or(0);
    }
    ADD_FAILURE() << "no approval of " << approver;
    return 0;
  }

  const model::Catalog& catalog_ = model::Catalog::Coupa();
  storage::TempStore store_{catalog_};
  ManualClock clock_{*ParseTimestamp("2026-12-02T09:00:00Z")};
  InvoiceActions actions_{*store_, catalog_, clock_};
  ApprovalDecisions decisions_{*store_, catalog_, clock_};
  ActionInput by_api_{Actor{kAuditor}};
};

TEST_F(InvoiceActionsTest, ASubmittedInvoiceTravelsTheRequestersManagementChainToApproved) {
  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  EXPECT_EQ(Status(), "pending_approval");
  EXPECT_EQ(Chain(), (std::vector<std::string>{"10:pending_approval", "11:created", "1:created"}));
  EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), 2);
  EXPECT_EQ(Load()->GetOr(header::kUpdatedBy, nullptr)->id(), kAuditor);

  clock_.Advance(std::chrono::minutes(5));
  ASSERT_TRUE(decisions_.Decide(ApprovalOf(kManager), "approve", "fine", Actor{kManager}));
  EXPECT_EQ(Chain(), (std::vector<std::string>{"10:approved", "11:pending_approval", "1:created"}));
  for (const RecordPtr& a : Load()->GetOr(header::kApprovals, {})) {
    if (a->GetOr(approval::kApproverId, 0) != kManager) continue;
    EXPECT_EQ(a->GetOr(approval::kApprovalDate, Timestamp{}), clock_.Now());
    EXPECT_EQ(a->GetOr(approval::kApprovedBy, nullptr)->id(), kManager);
    EXPECT_EQ(a->GetOr(approval::kNote, ""), "fine");
  }
  auto early = decisions_.Decide(ApprovalOf(kAdmin), "approve", "", Actor{});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().field_errors.at(0).first, "status") << "not its turn yet";
  ASSERT_TRUE(decisions_.Decide(ApprovalOf(kDirector), "approve", "", Actor{}));
  EXPECT_EQ(Status(), "pending_approval");
  ASSERT_TRUE(decisions_.Decide(ApprovalOf(kAdmin), "approve", "", Actor{}));
  EXPECT_EQ(Status(), "approved");
  EXPECT_EQ(Chain(), (std::vector<std::string>{"10:approved", "11:approved", "1:approved"}));
  auto again = decisions_.Decide(ApprovalOf(kAdmin), "approve", "", Actor{});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().field_errors.at(0).first, "status");
}

TEST_F(InvoiceActionsTest, SubmittingAnInvoiceWithoutItsRequiredElementsIsRefusedNamingEach) {
  auto uow = store_->Begin(storage::Store::Access::kWrite);
  ASSERT_TRUE(uow);
  auto change = model::Record::Make(Invoice());
  change->Set(header::kId, kInvoice);
  change->SetNull(header::kInvoiceDate);
  change->SetNull(header::kBillToAddress);
  ASSERT_TRUE((*uow)->Update(*change));
  ASSERT_TRUE((*uow)->Commit());
  auto s = actions_.Run("submit", kInvoice, by_api_);
  ASSERT_FALSE(s);
  std::vector<std::string> named;
  for (const auto& [path, message] : s.error().field_errors) named.push_back(path);
  EXPECT_EQ(named, (std::vector<std::string>{"bill-to-address", "invoice-date"}));
  EXPECT_EQ(Status(), "draft");
  EXPECT_TRUE(Chain().empty());
}

TEST_F(InvoiceActionsTest, UpdateLineAccountsChangesOnlyTheAccountsOfTheInvoicesLines) {
  SetStatus("approved");
  const int64_t line_id = Load()->GetOr(header::kInvoiceLines, {}).at(0)->id().value_or(0);
  auto body = [&](const std::string& line) {
    auto record = model::Record::Make(Invoice());
    auto sent = model::Record::Make(catalog_.Get("invoice-line"));
    sent->Set(0, line_id);
    if (line == "account") sent->Set(model::invoice_line::kAccount, Ref("account", 2));
    if (line == "no-account") sent->Set(model::invoice_line::kAccount, Ref("account", 99));
    if (line == "price") sent->Set(model::invoice_line::kPrice, *Decimal::Parse("12.00"));
    if (line == "other-line") sent->Set(0, int64_t{4242});
    record->Set(header::kInvoiceLines, model::RecordList{sent});
    return record;
  };
  ActionInput input = by_api_;
  for (const auto& [what, path] : {std::pair{"price", "invoice-lines[0].price"},
                                   {"no-account", "invoice-lines[0].account"},
                                   {"other-line", "invoice-lines[0].id"}}) {
    input.body = body(what);
    auto s = actions_.Run("update_line_accounts", kInvoice, input);
    ASSERT_FALSE(s) << what;
    EXPECT_EQ(s.error().field_errors.at(0).first, path);
  }
  input.body = body("account");
  input.body->Set(header::kInvoiceNumber, std::string("CHANGED"));
  auto header_change = actions_.Run("update_line_accounts", kInvoice, input);
  ASSERT_FALSE(header_change);
  EXPECT_EQ(header_change.error().field_errors.at(0).first, "invoice-number");
  EXPECT_EQ(
      Load()->GetOr(header::kInvoiceLines, {}).at(0)->GetOr(model::invoice_line::kAccount, nullptr)->id(), 1);

  input.body = body("account");
  ASSERT_TRUE(actions_.Run("update_line_accounts", kInvoice, input));
  const RecordPtr line = Load()->GetOr(header::kInvoiceLines, {}).at(0);
  EXPECT_EQ(line->GetOr(model::invoice_line::kAccount, nullptr)->id(), 2);
  EXPECT_EQ(line->GetOr(model::invoice_line::kPrice, Decimal()), *Decimal::Parse("10.00"));
  EXPECT_EQ(Status(), "approved");
}

TEST_F(InvoiceActionsTest, WithNobodyToApproveASubmittedInvoiceIsApprovedAtOnce) {
  auto uow = store_->Begin(storage::Store::Access::kWrite);
  ASSERT_TRUE(uow);
  auto change = model::Record::Make(Invoice());
  change->Set(header::kId, kInvoice);
  change->Set(header::kRequestedBy, Ref("user", kAdmin));
  ASSERT_TRUE((*uow)->Update(*change));
  ASSERT_TRUE((*uow)->Commit());
  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  EXPECT_EQ(Status(), "approved");
  EXPECT_TRUE(Chain().empty());
}

TEST_F(InvoiceActionsTest, EveryActionFromAStatusTheMachineDoesNotAllowIsRefusedNamingStatus) {
  int refused = 0;
  for (const InvoiceTransition& t : InvoiceTransitions()) {
    if (t.performer != Performer::kInvoiceActions) continue;
    for (std::string_view status : model::defs::kInvoiceStatuses) {
      SetStatus(status);
      const int64_t lock = Load()->GetOr(header::kLockVersionKey, 0);
      ActionInput input = by_api_;
      input.approver_id = kController;
      auto s = actions_.Run(t.action, kInvoice, input);
      const bool status_refused =
          !s && !s.error().field_errors.empty() && s.error().field_errors[0].first == "status";
      EXPECT_EQ(status_refused, !Allows(t, status)) << t.action << " from " << status;
      if (!Allows(t, status)) {
        ++refused;
        EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
        EXPECT_NE(s.error().message.find(std::string(status)), std::string::npos) << s.error().message;
        EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), lock) << t.action << " from " << status;
        EXPECT_EQ(Status(), status);
      }
    }
  }
  EXPECT_GT(refused, 100);
}

TEST_F(InvoiceActionsTest, ADisputeNamesItsReasonAndWithdrawingItRestartsApproval) {
  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  ActionInput dispute = by_api_;
  dispute.dispute_reason = "no-such-reason";
  auto unknown = actions_.Run("dispute", kInvoice, dispute);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().field_errors.at(0).first, "dispute-reason");
  EXPECT_EQ(Status(), "pending_approval");

  dispute.dispute_reason = "incorrect-quantity";  // codes compare case-insensitively, as Coupa's MySQL
  dispute.comment = "Two boxes arrived, three invoiced";
  ASSERT_TRUE(actions_.Run("dispute", kInvoice, dispute));
  EXPECT_EQ(Status(), "disputed");
  EXPECT_EQ(Load()->GetOr(header::kDisputeReason, nullptr)->id(), 7);
  {
    auto uow = store_->Begin(storage::Store::Access::kRead);
    ASSERT_TRUE(uow);
    const model::Resource& comment = catalog_.Get("comment");
    query::Query q;
    q.resource = &comment;
    q.conditions.push_back(query::Equal(comment, model::comment::kCommentableId, kInvoice));
    auto found = (*uow)->Find(q, *comment.projection(model::Shape::kStored));
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1U);
    const model::Record& recorded = *found->front();
    EXPECT_EQ(recorded.GetOr(model::comment::kComments, ""), "Two boxes arrived, three invoiced");
    EXPECT_EQ(recorded.GetOr(model::comment::kToSupplier, false), true);
    EXPECT_EQ(recorded.GetOr(model::comment::kReasonCode, ""), "incorrect-quantity");
    EXPECT_EQ(recorded.GetOr(model::comment::kCreatedBy, nullptr)->id(), kAuditor);
  }

  ASSERT_TRUE(decisions_.Decide(ApprovalOf(kManager), "approve", "", Actor{}).has_value() == false);
  ASSERT_TRUE(actions_.Run("withdraw_dispute", kInvoice, by_api_));
  EXPECT_EQ(Status(), "pending_approval");
  EXPECT_EQ(Load()->GetOr(header::kDisputeReason, nullptr), nullptr);
  EXPECT_EQ(Chain(), (std::vector<std::string>{"10:pending_approval", "11:created", "1:created"}))
      << "the open chain is rebuilt, not doubled";
}

TEST_F(InvoiceActionsTest, ApproversAddedByHandJoinTheChainAndOnlyTheyCanBeRemoved) {
  ActionInput add = by_api_;
  add.approver_id = kAuditor;
  ASSERT_TRUE(actions_.Run("add_approver", kInvoice, add));
  EXPECT_EQ(Chain(), (std::vector<std::string>{"20+:created"})) << "a draft's chain waits for submit";
  auto twice = actions_.Run("add_approver", kInvoice, add);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().field_errors.at(0).first, "approver_id");
  add.approver_id = 999;
  ASSERT_FALSE(actions_.Run("add_approver", kInvoice, add));

  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  EXPECT_EQ(Chain(),
            (std::vector<std::string>{"10:pending_approval", "11:created", "1:created", "20+:created"}));
  add.approver_id = kController;
  add.position = 1;
  auto before_current = actions_.Run("add_approver", kInvoice, add);
  ASSERT_FALSE(before_current);
  EXPECT_EQ(before_current.error().field_errors.at(0).first, "position");
  add.position = 2;
  ASSERT_TRUE(actions_.Run("add_approver", kInvoice, add));
  EXPECT_EQ(Chain(), (std::vector<std::string>{"10:pending_approval", "21+:created", "11:created",
                                               "1:created", "20+:created"}));

  ActionInput remove = by_api_;
  remove.approval_id = ApprovalOf(kDirector);
  auto hierarchy = actions_.Run("remove_approval", kInvoice, remove);
  ASSERT_FALSE(hierarchy);
  EXPECT_EQ(hierarchy.error().field_errors.at(0).first, "approval_id");
  remove.approval_id = ApprovalOf(kController);
  ASSERT_TRUE(actions_.Run("remove_approval", kInvoice, remove));
  EXPECT_EQ(Chain(),
            (std::vector<std::string>{"10:pending_approval", "11:created", "1:created", "20+:created"}));

  for (int64_t approver : {kManager, kDirector, kAdmin}) {
    ASSERT_TRUE(decisions_.Decide(ApprovalOf(approver), "approve", "", Actor{}));
  }
  EXPECT_EQ(Status(), "pending_approval");
  remove.approval_id = ApprovalOf(kAuditor);
  ASSERT_TRUE(actions_.Run("remove_approval", kInvoice, remove));
  EXPECT_EQ(Status(), "approved") << "the last open approver removed";
}

TEST_F(InvoiceActionsTest, BypassApprovesAtOnceAndRestartRebuildsTheChain) {
  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  ASSERT_TRUE(decisions_.Decide(ApprovalOf(kManager), "approve", "", Actor{}));
  ASSERT_TRUE(actions_.Run("restart_approvals", kInvoice, by_api_));
  EXPECT_EQ(Chain(),
            (std::vector<std::string>{"10:approved", "10:pending_approval", "11:created", "1:created"}))
      << "decided approvals stay as history";
  ASSERT_TRUE(actions_.Run("bypass_approvals", kInvoice, by_api_));
  EXPECT_EQ(Status(), "approved");
  EXPECT_EQ(Chain(), (std::vector<std::string>{"10:approved", "10:bypassed", "11:bypassed", "1:bypassed"}));
}

TEST_F(InvoiceActionsTest, ARejectedInvoiceCanBeSubmittedAgain) {
  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  ASSERT_TRUE(decisions_.Decide(ApprovalOf(kManager), "reject", "wrong quantity", Actor{}));
  EXPECT_EQ(Status(), "rejected");
  ASSERT_TRUE(actions_.Run("submit", kInvoice, by_api_));
  EXPECT_EQ(Status(), "pending_approval");
  EXPECT_EQ(Chain(),
            (std::vector<std::string>{"10:rejected", "10:pending_approval", "11:created", "1:created"}));
}

TEST_F(InvoiceActionsTest, StatusOnlyActionsMoveTheStatusTheTableSays) {
  SetStatus("approved");
  ASSERT_TRUE(actions_.Run("void", kInvoice, by_api_));
  EXPECT_EQ(Status(), "voided");
  SetStatus("draft");
  ASSERT_TRUE(actions_.Run("flip_to_advance_ship_notice", kInvoice, by_api_));
  EXPECT_EQ(Status(), "abandoned");
  EXPECT_EQ(Load()->GetOr(header::kDocumentType, ""), "Advance Ship Notice");
  SetStatus("disputed");
  ASSERT_TRUE(actions_.Run("abandon", kInvoice, by_api_));
  EXPECT_EQ(Status(), "abandoned");
  auto missing = actions_.Run("void", 404, by_api_);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  auto no_approval = decisions_.Decide(4040, "approve", "", Actor{});
  ASSERT_FALSE(no_approval);
  EXPECT_EQ(no_approval.error().code, ErrorCode::kNotFound);
}

TEST_F(InvoiceActionsTest, AFailedWriteAtAnyPointLeavesTheInvoiceAndItsApprovalsAsTheyWere) {
  ActionInput add = by_api_;
  add.approver_id = kAuditor;
  ASSERT_TRUE(actions_.Run("add_approver", kInvoice, add));
  const std::vector<std::string> before = Chain();
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    InvoiceActions through(failing, catalog_, clock_);
    auto s = through.Run("submit", kInvoice, by_api_);
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    EXPECT_EQ(Status(), "draft") << "write " << n;
    EXPECT_EQ(Chain(), before) << "write " << n;
    EXPECT_EQ(Load()->GetOr(header::kLockVersionKey, 0), 2) << "write " << n;
  }
  EXPECT_EQ(Chain().size(), 4U);
  const std::vector<std::string> submitted = Chain();
  for (int n = 1;; ++n) {
    storage::testing::FailingStore failing(*store_, storage::testing::FailAt{n});
    ApprovalDecisions through(failing, catalog_, clock_);
    auto s = through.Decide(ApprovalOf(kManager), "approve", "", Actor{});
    if (!failing.failed()) {
      ASSERT_TRUE(s);
      break;
    }
    ASSERT_FALSE(s);
    EXPECT_EQ(Chain(), submitted) << "write " << n;
  }
}

}  // namespace
}  // namespace apbridge::resources::invoices
