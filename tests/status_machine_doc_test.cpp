// Holds docs/INVOICE_STATUS.md's table to the status machine of the code
// (resources/invoices/invoice_status_machine.cpp), row for row.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "resources/invoices/invoice_status_machine.hpp"

namespace apbridge {
namespace {

using resources::invoices::InvoiceTransition;

const char* const kDocPath = APBRIDGE_SOURCE_DIR "/docs/INVOICE_STATUS.md";

// The rows between the markers, as written.
std::vector<std::string> DocRows() {
  std::ifstream in(kDocPath);
  EXPECT_TRUE(in) << kDocPath;
  std::vector<std::string> rows;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (line.find("status-machine:begin") != std::string::npos) inside = true;
    if (line.find("status-machine:end") != std::string::npos) inside = false;
    if (inside && line.starts_with("| ") && !line.starts_with("| action") && !line.starts_with("|---")) {
      rows.push_back(line);
    }
  }
  return rows;
}

std::string RowOf(const InvoiceTransition& t) {
  std::string from = fmt::format("{}", fmt::join(t.from, ", "));
  if (t.any_but) from = "any but " + from;
  std::string result = t.to.empty() ? "unchanged" : std::string(t.to);
  if (t.approved_when_done) result += " (approved when nobody is left to approve)";
  return fmt::format(
      "| {} | {} | {} | {} |", t.action,
      t.performer == resources::invoices::Performer::kApprovalDecisions ? "approvals" : "invoices", from,
      result);
}

TEST(StatusMachineDoc, TheDocumentsTableIsTheCodesRowForRow) {
  std::vector<std::string> expected;
  for (const InvoiceTransition& t : resources::invoices::InvoiceTransitions()) expected.push_back(RowOf(t));
  EXPECT_EQ(DocRows(), expected);
}

TEST(StatusMachineDoc, EveryActionStartsFromSomewhereAndEndsInAKnownStatus) {
  for (const InvoiceTransition& t : resources::invoices::InvoiceTransitions()) {
    EXPECT_FALSE(t.from.empty()) << t.action;
    EXPECT_TRUE(t.to.empty() || t.to == "pending_approval" || t.to == "approved" || t.to == "voided" ||
                t.to == "disputed" || t.to == "abandoned" || t.to == "rejected")
        << t.action;
    EXPECT_EQ(resources::invoices::TransitionOf(t.action), &t);
  }
}

}  // namespace
}  // namespace apbridge
