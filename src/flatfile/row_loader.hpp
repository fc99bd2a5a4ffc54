// What a kind of incoming file (payments, invoices) tells the file load:
// its columns, which rows belong together, and how a unit of rows is applied
// through resources. The load itself (claims, passes, progress) is one for all.
#pragma once

#include <span>
#include <string_view>

#include "codec/csv_reader.hpp"
#include "common/result.hpp"
#include "resources/flat_files/data_file_loads.hpp"
#include "storage/store.hpp"

namespace apbridge::flatfile {

class RowLoader {
 public:
  virtual ~RowLoader() = default;

  // What the rows are, as /data_sources names them: "Invoice Payment".
  [[nodiscard]] virtual std::string_view Object() const = 0;
  // The columns a file may have (found by header name); the required ones must be there.
  [[nodiscard]] virtual std::span<const codec::CsvColumns::Expected> Columns() const = 0;
  // Rules on the header beyond the columns' own (one of two columns, say):
  // InvalidArgument refuses the whole file.
  [[nodiscard]] virtual Status CheckHeader(const codec::CsvColumns& columns) const {
    (void)columns;
    return Ok();
  }
  // Whether `row` begins a new unit (rows applied together in one
  // transaction: a payment is one row, an invoice its header row and the rows after it).
  [[nodiscard]] virtual bool BeginsUnit(const codec::CsvColumns& columns, const codec::CsvRow& row) const {
    (void)columns;
    (void)row;
    return true;
  }
  // Applies one unit in `uow`. InvalidArgument or NotFound refuse it (the
  // message names the column or element); it is rolled back and recorded.
  [[nodiscard]] virtual Result<resources::flat_files::RowOutcome> Apply(
      storage::UnitOfWork& uow, const codec::CsvColumns& columns,
      std::span<const codec::CsvRow> unit) const = 0;
};

}  // namespace apbridge::flatfile
