// The element rules of invoices-api.txt, once for every write of an invoice
// (create, update) and of the records it owns (lines, charges, tax lines):
// what the API may write, what it must leave as it is, and what is Required.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "model/record.hpp"
#include "resources/field_errors.hpp"
#include "resources/unchanged_elements.hpp"
#include "storage/store.hpp"

namespace apbridge::resources::invoices {

struct ElementOptions {
  // An element the API may not write (Out only) sent with another value than
  // the record has: false = a 400 naming it, true = ignored. Sending it back
  // unchanged, as clients that GET, edit and PUT do, is fine either way.
  bool lenient = false;
};

// Applies the element rules to the records of one write. Not thread-safe: one
// per write, borrowing its unit of work and its errors.
class ElementRules {
 public:
  ElementRules(storage::UnitOfWork& uow, ElementOptions options, FieldErrors& errors)
      : uow_(uow), options_(options), errors_(errors) {}

  // Takes each element `sent` holds (a body's record) against `stored` (the
  // record as stored; an empty record of the resource for a new one) and sets
  // in `merged` (a copy of stored) those that change it:
  // - writable scalars and custom fields take the value sent;
  // - writable references take the record whose id is sent, which must exist
  //   (a reference without id, or naming no record, is an error);
  // - a Required element sent null is an error;
  // - an Out-only element, or a collection, must come back unchanged (an
  //   Out-only one is ignored when lenient); otherwise an error naming it;
  // - updated-at and updated-by describe the copy the client read and are
  //   ignored.
  // Fields in `handled` are left to the caller (collections it merges, the
  // lock-version-key). Errors go to the FieldErrors under `path`; the Status
  // fails only when the store does.
  [[nodiscard]] Status Apply(const model::Record& sent, const model::Record& stored, std::string_view path,
                             std::initializer_list<int> handled, model::Record& merged);

  [[nodiscard]] FieldErrors& errors() { return errors_; }

 private:
  storage::UnitOfWork& uow_;
  ElementOptions options_;
  FieldErrors& errors_;
};

// Required: one "is required" error per missing element of `invoice` (a
// body, an invoice about to be created, or a stored one read with
// model::Shape::kStored): the catalog's kRequired elements of the header
// (bill-to-address, invoice-date, invoice-number) and of each line
// (invoice-lines[N].description, .price), and what Coupa needs to make sense
// of an invoice, supplier and currency. Null, absent, a blank string and a
// reference without id are missing.
void CheckRequired(const model::Record& invoice, FieldErrors& errors);

}  // namespace apbridge::resources::invoices
