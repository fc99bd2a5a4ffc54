// Holds docs/PARITY.md to the code: its element rows to the catalog, its
// route rows to the route table (model::ApiResources), its query rows to the
// query parser, and its coverage to the spec rows of model/testing/spec_tables.hpp.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "codec/codec.hpp"
#include "http/request.hpp"
#include "model/api_resources.hpp"
#include "model/catalog.hpp"
#include "model/testing/spec_tables.hpp"
#include "query/read_request.hpp"

namespace apbridge {
namespace {

const char* const kDocPath = APBRIDGE_SOURCE_DIR "/docs/PARITY.md";

// The documents a section may be about: the four spec documents and REFERENCE.md.
const std::set<std::string> kDocuments = {"invoices-api.txt", "payments-api.txt", "erp-payment-update.txt",
                                          "supplier-get-invoice.txt", "REFERENCE.md"};

enum class Kind { kRoutes, kElements, kQueries, kFeatures };

struct TableShape {
  Kind kind;
  std::vector<std::string> columns;
};

const TableShape kShapes[] = {
    {Kind::kRoutes, {"method", "path", "action", "status", "note"}},
    {Kind::kElements, {"resource", "element", "wire name", "read", "write", "note"}},
    {Kind::kQueries, {"request", "answer", "status", "note"}},
    {Kind::kFeatures, {"feature", "status", "note"}},
};

// One table row: its cells by column name.
struct Row {
  Kind kind = Kind::kFeatures;
  std::string document;  // the section's document; empty outside one
  int line = 0;
  std::map<std::string, std::string> cells;

  [[nodiscard]] const std::string& operator[](const std::string& column) const { return cells.at(column); }
  [[nodiscard]] std::string Where() const { return std::string(kDocPath) + ":" + std::to_string(line); }
};

struct Doc {
  bool read = false;
  std::vector<Row> rows;
  std::vector<std::string> problems;  // malformed lines, as "path:line: what"
};

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// "| a | b\|c |" -> {"a", "b|c"}; nullopt if the line is not a table row.
std::optional<std::vector<std::string>> SplitRow(std::string_view line) {
  std::string text = Trim(line);
  if (text.size() < 2 || text.front() != '|' || text.back() != '|') return std::nullopt;
  std::vector<std::string> cells;
  std::string cell;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == '\\' && text[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (text[i] == '|') {
      cells.push_back(Trim(cell));
      cell.clear();
    } else {
      cell += text[i];
    }
  }
  cells.push_back(Trim(cell));
  return cells;
}

bool IsSeparator(const std::vector<std::string>& cells) {
  for (const std::string& c : cells) {
    if (c.empty() || c.find_first_not_of("-:") != std::string::npos) return false;
  }
  return true;
}

// "## invoices-api.txt: Invoices API" -> "invoices-api.txt"; "" for other headings.
std::string HeadingDocument(std::string_view line) {
  std::string rest = Trim(line.substr(3));
  size_t colon = rest.find(':');
  if (colon == std::string::npos || rest.find(' ') < colon) return "";
  std::string word = rest.substr(0, colon);
  return word.ends_with(".txt") || word.ends_with(".md") ? word : "";
}

Doc Parse(std::istream& in) {
  Doc doc;
  doc.read = true;
  std::string document;
  const TableShape* table = nullptr;
  bool want_separator = false;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::string where = std::string(kDocPath) + ":" + std::to_string(number) + ": ";
    if (line.starts_with("## ")) {
      document = HeadingDocument(line);
      if (!document.empty() && kDocuments.count(document) == 0) {
        std::string problem = where;
        problem += "a section about an unknown document '";
        problem += document;
        problem += "'";
        doc.problems.push_back(std::move(problem));
      }
    }
    std::optional<std::vector<std::string>> cells = SplitRow(line);
    if (!cells) {
      if (want_separator) doc.problems.push_back(where + "a table header without its |---| line");
      table = nullptr;
      want_separator = false;
      continue;
    }
    if (want_separator) {
      if (!IsSeparator(*cells) || cells->size() != table->columns.size()) {
        doc.problems.push_back(where + "expected the |---| line of the table above");
      }
      want_separator = false;
      continue;
    }
    if (table == nullptr) {
      for (const TableShape& shape : kShapes) {
        if (*cells == shape.columns) table = &shape;
      }
      if (table == nullptr) {
        doc.problems.push_back(where + "a table of no known kind (see 'How to read this page')");
        // Skip the rest of that table without more messages.
        static const TableShape kUnknown{Kind::kFeatures, {}};
        table = &kUnknown;
      }
      want_separator = !table->columns.empty();
      continue;
    }
    if (table->columns.empty()) continue;
    if (cells->size() != table->columns.size()) {
      doc.problems.push_back(where + std::to_string(cells->size()) + " cells, the table has " +
                             std::to_string(table->columns.size()) + " columns");
      continue;
    }
    Row row;
    row.kind = table->kind;
    row.document = document;
    row.line = number;
    for (size_t i = 0; i < cells->size(); ++i) row.cells[table->columns[i]] = (*cells)[i];
    doc.rows.push_back(std::move(row));
  }
  return doc;
}

const Doc& TheDoc() {
  static const Doc doc = [] {
    std::ifstream in(kDocPath);
    if (!in) return Doc{};
    return Parse(in);
  }();
  return doc;
}

// The text of a code cell: "`exported`" -> "exported".
std::string Code(const std::string& cell) {
  if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`') return cell.substr(1, cell.size() - 2);
  return cell;
}

enum class Status { kSupported, kDeviates, kNotYet, kNotApplicable };

// "supported", "deviates", "not yet (issue N)" for one of the issues that
// bring the rest, or "n/a" where `allow_na`; nullopt for anything else.
std::optional<Status> StatusOf(const std::string& cell, bool allow_na) {
  if (cell == "supported") return Status::kSupported;
  if (cell == "deviates") return Status::kDeviates;
  if (allow_na && cell == "n/a") return Status::kNotApplicable;
  for (int issue = 8; issue <= 13; ++issue) {
    if (cell == "not yet (issue " + std::to_string(issue) + ")") return Status::kNotYet;
  }
  return std::nullopt;
}

bool Present(std::optional<Status> s) { return s == Status::kSupported || s == Status::kDeviates; }

// The status cells of a row, with whether "n/a" is allowed in them.
std::vector<std::pair<std::string, bool>> StatusColumns(Kind kind) {
  if (kind == Kind::kElements) return {{"read", true}, {"write", true}};
  return {{"status", false}};
}

// Whether the route table serves (method, path): GET index and GET show of
// every ApiResource, the only routes it registers (api/read_routes.cpp).
bool Served(std::string_view method, std::string_view path) {
  for (const model::ApiWriteRoute& r : model::ApiWriteRoutes()) {
    if (method == r.method && path == r.path) return true;
  }
  if (method == "POST") {
    for (std::string_view token : model::TokenEndpointPaths()) {
      if (path == token) return true;
    }
  }
  if (method != "GET") return false;
  for (const model::ApiResource& r : model::ApiResources()) {
    if (path == r.path || path == std::string(r.path) + "/:id") return true;
  }
  return false;
}

std::vector<const Row*> RowsOf(Kind kind) {
  std::vector<const Row*> out;
  for (const Row& row : TheDoc().rows) {
    if (row.kind == kind) out.push_back(&row);
  }
  return out;
}

const Row* ElementRow(std::string_view document, std::string_view resource, std::string_view element) {
  for (const Row* row : RowsOf(Kind::kElements)) {
    if (row->document == document && (*row)["resource"] == resource && Code((*row)["element"]) == element) {
      return row;
    }
  }
  return nullptr;
}

TEST(ParityDocTest, IsWellFormed) {
  const Doc& doc = TheDoc();
  ASSERT_TRUE(doc.read) << "cannot read " << kDocPath;
  for (const std::string& problem : doc.problems) ADD_FAILURE() << problem;
  for (Kind kind : {Kind::kRoutes, Kind::kElements, Kind::kQueries}) {
    EXPECT_FALSE(RowsOf(kind).empty()) << "no table of kind " << static_cast<int>(kind);
  }
  std::set<std::tuple<std::string, std::string, std::string>> keys;
  for (const Row& row : doc.rows) {
    bool deviates = false;
    for (const auto& [column, allow_na] : StatusColumns(row.kind)) {
      std::optional<Status> s = StatusOf(row[column], allow_na);
      EXPECT_TRUE(s.has_value()) << row.Where() << ": " << column << " '" << row[column]
                                 << "' is not supported, deviates, not yet (issue 8..13)"
                                 << (allow_na ? " or n/a" : "");
      deviates = deviates || s == Status::kDeviates;
    }
    if (deviates) {
      EXPECT_FALSE(row["note"].empty()) << row.Where() << ": a deviation needs a note (how, why)";
    }
    if (row.kind != Kind::kFeatures) {
      EXPECT_FALSE(row.document.empty()) << row.Where() << ": outside a document's section";
    }
    std::tuple<std::string, std::string, std::string> key;
    switch (row.kind) {
      case Kind::kRoutes:
        EXPECT_TRUE(Code(row["path"]).starts_with("/")) << row.Where() << ": path";
        key = {row.document, row["method"], Code(row["path"])};
        break;
      case Kind::kElements:
        key = {row.document, row["resource"], Code(row["element"])};
        break;
      case Kind::kQueries:
        EXPECT_TRUE(row["answer"] == "ok" || row["answer"] == "400")
            << row.Where() << ": answer '" << row["answer"] << "' is not ok or 400";
        key = {row.document, "", Code(row["request"])};
        break;
      case Kind::kFeatures:
        key = {row.document, "", row["feature"]};
        break;
    }
    EXPECT_TRUE(keys.insert(key).second) << row.Where() << ": listed twice in its section";
  }
}

// A supported or deviating element names a catalog field, exactly as written
// on the wire (no '?', dashes), readable for a read status, writable for a
// write status.
TEST(ParityDocTest, DocumentedElementsAreCatalogFields) {
  const model::Catalog& catalog = model::Catalog::Coupa();
  for (const Row* row : RowsOf(Kind::kElements)) {
    const bool read = Present(StatusOf((*row)["read"], true));
    const bool write = Present(StatusOf((*row)["write"], true));
    if (!read && !write) continue;
    const model::Resource* resource = catalog.Find((*row)["resource"]);
    if (resource == nullptr) {
      ADD_FAILURE() << row->Where() << ": no catalog resource '" << (*row)["resource"] << "'";
      continue;
    }
    const std::string wire = Code((*row)["wire name"]);
    const model::Field* field = resource->Find(wire);
    if (field == nullptr) {
      ADD_FAILURE() << row->Where() << ": " << resource->name() << " has no field '" << wire << "'";
      continue;
    }
    EXPECT_EQ(field->name, wire) << row->Where() << ": write the wire name as the catalog does";
    if (read) {
      EXPECT_TRUE(field->Has(model::kOut)) << row->Where() << ": " << wire << " is not API Out";
    }
    if (write) {
      EXPECT_TRUE(field->Has(model::kIn)) << row->Where() << ": " << wire << " is not API In";
    }
  }
}

// Every spec element has a row; where it is supported or deviates, the row's
// wire name is the catalog field the spec row maps to.
void ExpectDocumented(std::string_view document, std::string_view resource, std::string_view name,
                      std::string_view field) {
  const Row* row = ElementRow(document, resource, name);
  if (row == nullptr) {
    ADD_FAILURE() << kDocPath << " has no row for " << document << " " << resource << " '" << name << "'";
    return;
  }
  if (field.empty()) return;
  if (!Present(StatusOf((*row)["read"], true)) && !Present(StatusOf((*row)["write"], true))) return;
  const model::Resource& r = model::Catalog::Coupa().Get(resource);
  const model::Field* want = r.Find(field);
  ASSERT_NE(want, nullptr) << "spec_tables.hpp: " << resource << " lacks " << field;
  EXPECT_EQ(r.Find(Code((*row)["wire name"])), want)
      << row->Where() << ": '" << name << "' is the catalog's " << want->name;
}

TEST(ParityDocTest, EverySpecElementIsDocumented) {
  for (const model::testing::SpecRow& s : model::testing::kInvoicesApiRows) {
    ExpectDocumented("invoices-api.txt", s.resource, s.name, s.field.empty() ? s.name : s.field);
  }
  for (const model::testing::SpecRow& s : model::testing::kPaymentsApiRows) {
    ExpectDocumented("payments-api.txt", s.resource, s.name, s.field.empty() ? s.name : s.field);
  }
  for (const model::testing::SpecElement& s : model::testing::kOtherSpecElements) {
    ExpectDocumented(s.document, s.resource, s.name, s.field);
  }
}

// The route rows agree with the route table both ways: supported and
// deviating routes are served, routes that are not yet are not.
TEST(ParityDocTest, RouteStatusesMatchTheRouteTable) {
  for (const Row* row : RowsOf(Kind::kRoutes)) {
    const std::string path = Code((*row)["path"]);
    const bool served = Served((*row)["method"], path);
    if (Present(StatusOf((*row)["status"], false))) {
      EXPECT_TRUE(served) << row->Where() << ": " << (*row)["method"] << " " << path
                          << " is not in the route table (model::ApiResources, ApiWriteRoutes)";
    } else {
      EXPECT_FALSE(served) << row->Where() << ": " << (*row)["method"] << " " << path
                           << " is served: update its status";
    }
  }
}

bool HasRouteRow(std::string_view document, std::string_view method, std::string_view path) {
  for (const Row* row : RowsOf(Kind::kRoutes)) {
    if ((document.empty() || row->document == document) && (*row)["method"] == method &&
        Code((*row)["path"]) == path) {
      return true;
    }
  }
  return false;
}

TEST(ParityDocTest, EverySpecRouteIsDocumented) {
  for (const model::testing::SpecRoute& r : model::testing::kSpecRoutes) {
    EXPECT_TRUE(HasRouteRow(r.document, r.method, r.path))
        << kDocPath << " has no row for " << r.document << " " << r.method << " " << r.path;
  }
}

TEST(ParityDocTest, EveryServedRouteIsDocumented) {
  for (const model::ApiResource& r : model::ApiResources()) {
    for (const std::string& path : {std::string(r.path), std::string(r.path) + "/:id"}) {
      EXPECT_TRUE(HasRouteRow("", "GET", path)) << kDocPath << " has no row for the served GET " << path;
    }
  }
  for (const model::ApiWriteRoute& r : model::ApiWriteRoutes()) {
    EXPECT_TRUE(HasRouteRow("", r.method, r.path))
        << kDocPath << " has no row for the served " << r.method << " " << r.path;
  }
}

// Each query row goes through the parser the server uses, on the resource its
// path serves: ok must parse, 400 must be rejected.
TEST(ParityDocTest, QueriesParseAsDocumented) {
  query::ParseOptions options;
  options.parse_selection = codec::ParseFieldSelection;
  for (const Row* row : RowsOf(Kind::kQueries)) {
    if (!Present(StatusOf((*row)["status"], false))) continue;
    const std::string target = Code((*row)["request"]);
    const http::Request request = http::Request::FromTarget(http::Method::kGet, target);
    const model::ApiResource* api = nullptr;
    query::Route route = query::Route::kIndex;
    for (const model::ApiResource& r : model::ApiResources()) {
      const std::string prefix = std::string(r.path) + "/";
      if (request.path == r.path) {
        api = &r;
      } else if (request.path.starts_with(prefix) &&
                 request.path.find('/', prefix.size()) == std::string::npos) {
        api = &r;
        route = query::Route::kShow;
      }
    }
    if (api == nullptr) {
      ADD_FAILURE() << row->Where() << ": no served route answers " << request.path;
      continue;
    }
    const model::Resource& resource = model::Catalog::Coupa().Get(api->resource);
    auto read = query::ParseReadRequest(resource, request.query, route, options);
    if ((*row)["answer"] == "ok") {
      EXPECT_TRUE(read.has_value()) << row->Where() << ": " << target
                                    << " is rejected: " << read.error().message;
    } else {
      EXPECT_FALSE(read.has_value()) << row->Where() << ": " << target << " is accepted";
    }
  }
}

}  // namespace
}  // namespace apbridge
