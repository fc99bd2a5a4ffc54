// Aligned text tables for the list commands (filters list, custom-fields list).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace apbridge::app {

// Writes `header` and `rows` to `out`, each column padded to its widest cell
// plus two spaces; the last column is not padded (it may be long).
void PrintTable(std::ostream& out, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows);

}  // namespace apbridge::app
