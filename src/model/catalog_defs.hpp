// Every resource declaration of the catalog, as constant data (one header per
// family). constexpr so that code naming a field gets a compile-time handle
// (model/fields.hpp) instead of a string looked up at run time.
#pragma once

#include "model/catalog_coupa_pay.hpp"
#include "model/catalog_internal.hpp"
#include "model/catalog_invoice.hpp"
#include "model/catalog_reference.hpp"
