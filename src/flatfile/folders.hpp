// The flat-file folders under the data dir, as Coupa's SFTP site lays them
// out (REFERENCE.md, Flat files): what the ERP drops in Incoming, what
// apbridge writes to Outgoing, where processed files are kept (Archive).
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "common/result.hpp"

namespace apbridge::flatfile {

// What a file in an incoming folder holds.
enum class IncomingKind { kInvoicePayments, kInvoices };

struct IncomingFolder {
  std::string_view name;  // under Incoming/: "Invoice Payments"
  IncomingKind kind;
};

// Every incoming folder, in pickup order: the spec's "Invoice Payments" and
// the spelling without a space that some connectors use, then "Invoices".
[[nodiscard]] std::span<const IncomingFolder> IncomingFolders();

// The outgoing folders (under Outgoing/), one per export.
inline constexpr std::string_view kOutgoingInvoices = "Invoices";
inline constexpr std::string_view kOutgoingPayments = "Payments";

class Folders {
 public:
  explicit Folders(std::filesystem::path data_dir) : root_(std::move(data_dir)) {}

  // Creates every folder that is missing (an ERP's SFTP client expects them
  // to exist before it uploads).
  [[nodiscard]] Status Ensure() const;

  [[nodiscard]] std::filesystem::path Incoming(std::string_view folder) const;
  [[nodiscard]] std::filesystem::path Outgoing(std::string_view folder) const;
  // Archive/Incoming/<folder>: where a processed incoming file is moved.
  [[nodiscard]] std::filesystem::path Archive(std::string_view folder) const;
  [[nodiscard]] const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

}  // namespace apbridge::flatfile
