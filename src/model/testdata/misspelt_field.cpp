// Must not compile: the handle names a field the resource lacks (see the
// test field_handle_of_a_misspelt_field_does_not_compile).
#include "model/fields.hpp"

namespace apbridge::model {
inline constexpr auto kTypo = FieldOf<Decimal>(defs::kInvoiceHeader, "gross-totl");
}  // namespace apbridge::model
