// Test data for cmake/check_layers.cmake: checked as a file of the codec
// layer, this include runs against the layer graph and must be refused.
#pragma once

#include "model/record.hpp"
#include "storage/store.hpp"
