// Folders: paths under the data dir, created on demand.
#include "flatfile/folders.hpp"

#include <system_error>
#include <vector>

namespace apbridge::flatfile {
namespace {

constexpr IncomingFolder kIncomingFolders[] = {
    {"Invoice Payments", IncomingKind::kInvoicePayments},
    {"InvoicePayments", IncomingKind::kInvoicePayments},
    {"Invoices", IncomingKind::kInvoices},
};

}  // namespace

std::span<const IncomingFolder> IncomingFolders() { return kIncomingFolders; }

std::filesystem::path Folders::Incoming(std::string_view folder) const { return root_ / "Incoming" / folder; }

std::filesystem::path Folders::Outgoing(std::string_view folder) const { return root_ / "Outgoing" / folder; }

std::filesystem::path Folders::Archive(std::string_view folder) const {
  return root_ / "Archive" / "Incoming" / folder;
}

Status Folders::Ensure() const {
  std::vector<std::filesystem::path> wanted;
  for (const IncomingFolder& f : kIncomingFolders) {
    wanted.push_back(Incoming(f.name));
    wanted.push_back(Archive(f.name));
  }
  wanted.push_back(Outgoing(kOutgoingInvoices));
  wanted.push_back(Outgoing(kOutgoingPayments));
  for (const auto& dir : wanted) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Fail(Unavailable("cannot create the flat-file folder " + dir.string(), ec.message()));
  }
  return Ok();
}

}  // namespace apbridge::flatfile
