// The media probe (FFmpeg behind the media library's RAII wrappers) on arbitrary bytes, as an
// uploaded file that is not what its name says would reach it.

#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>

#include "audientia/media/probe.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/dev/shm/audientia-probe-fuzz-" + std::to_string(::getpid());
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  (void)audientia::media::probe(path);
  return 0;
}
