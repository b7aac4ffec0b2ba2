#include "audientia/base/memory_policy.h"

#include <malloc.h>

namespace audientia::memory {

void limitArenas() {
  ::mallopt(M_ARENA_MAX, 2);
}

void reuseLargeBlocks() {
  ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

void returnFreedMemory() {
  ::malloc_trim(0);
}

}  // namespace audientia::memory
