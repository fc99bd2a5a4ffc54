// Compile-time handles (model/field_ref.hpp) of the catalog fields that rules
// and fixtures name in code, one namespace per resource (its wire name in
// snake_case: model::invoice_header::kGrossTotal), one header per catalog
// family. Add a handle there rather than naming a field by string.
#pragma once

#include "model/fields_coupa_pay.hpp"
#include "model/fields_internal.hpp"
#include "model/fields_invoice.hpp"
#include "model/fields_reference.hpp"
