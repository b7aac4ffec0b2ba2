#include "app/common/object_chunks.h"

namespace audientia::app {

Status forEachChunk(ports::ObjectReader& reader, std::span<std::byte> buffer,
                    const std::function<Status(std::span<const std::byte>)>& use) {
  for (std::uint64_t offset = 0;;) {
    AUDIENTIA_TRY(std::size_t got, reader.read(offset, buffer));
    if (got == 0) return ok();
    AUDIENTIA_TRY_STATUS(use(buffer.first(got)));
    offset += got;
  }
}

}  // namespace audientia::app
