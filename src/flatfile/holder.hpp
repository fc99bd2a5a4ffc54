// Who holds a load's claim: "host:pid" of the server (or `apbridge import`)
// working it, and whether that process is gone, so a restarted server takes
// over at once what a killed one left, without waiting for the lease.
#pragma once

#include <string>
#include <string_view>

namespace apbridge::flatfile {

[[nodiscard]] std::string ThisProcessHolder();

// True only when `holder` names a process of this host that no longer
// exists. A process on another host is never known gone (its lease decides).
[[nodiscard]] bool IsHolderGone(std::string_view holder);

}  // namespace apbridge::flatfile
