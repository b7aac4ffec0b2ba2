#pragma once

// A stored object read from its start to its end in chunks, the one loop that hashing, copying
// and streaming stored objects share (fixity, processing, exports, work copies).

#include <cstddef>
#include <functional>
#include <span>

#include "audientia/base/expected.h"
#include "ports/media_store.h"

namespace audientia::app {

// Reads `reader` in chunks of at most buffer.size() bytes and hands each to `use`, in order;
// stops at the first error of the store or of `use` and returns it.
Status forEachChunk(ports::ObjectReader& reader, std::span<std::byte> buffer,
                    const std::function<Status(std::span<const std::byte>)>& use);

}  // namespace audientia::app
