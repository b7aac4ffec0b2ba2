// The capture manifest parser and its chain check, on arbitrary text: never a crash, and a
// manifest that parses survives a round trip through toJson.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "audientia/media/capture_manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace audientia::media;
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto manifest = manifestFromJson(text);
  if (!manifest) return 0;
  (void)checkManifestChain(*manifest);
  (void)sealHash(*manifest);
  auto again = manifestFromJson(toJson(*manifest));
  if (!again) std::abort();  // what we write we must be able to read
  if (toJson(*again) != toJson(*manifest)) std::abort();
  return 0;
}
