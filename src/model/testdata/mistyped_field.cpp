// Must not compile: gross-total holds decimals, not integers (see the test
// field_handle_of_the_wrong_type_does_not_compile).
#include "model/fields.hpp"

namespace apbridge::model {
inline constexpr auto kWrongType = FieldOf<int64_t>(defs::kInvoiceHeader, "gross-total");
}  // namespace apbridge::model
