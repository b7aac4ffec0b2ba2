#pragma once

// Helpers for the processing tests: real capture segments recorded by media::CaptureSession,
// the ffmpeg tool for sources the fixtures library does not make, and readers for what the
// processing jobs wrote (top-level MP4 boxes, demuxed packets).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::media::testing_support {

// A short capture (1 video + 2 audio lavfi inputs, 1 s segments, about 3.6 s) made once per
// test binary and kept until it exits. Fails the calling test when the capture fails.
struct CapturedSegments {
  std::filesystem::path dir;
  std::vector<std::filesystem::path> segments;
};
const CapturedSegments& capturedSegments();

// Runs `ffmpeg -nostdin -hide_banner -loglevel error -y <arguments>` and waits for it.
Status runFfmpeg(const std::vector<std::string>& arguments);

// The types ("ftyp", "moov", "mdat", ...) of the file's top-level ISO-BMFF boxes, in order.
Expected<std::vector<std::string>> topLevelBoxes(const std::filesystem::path& path);

struct StreamPackets {
  std::string type;                 // "video" | "audio"
  std::vector<std::int64_t> ptsMs;  // presentation times in file order
  std::vector<std::uint8_t> firstPacket;
};
// Demuxes every packet of the file (no decoding).
Expected<std::vector<StreamPackets>> readPackets(const std::filesystem::path& path);

// The largest difference in decode time between packets next to each other in the file (by
// byte position): small when the streams are interleaved, a fragment's length when not.
Expected<std::int64_t> largestInterleaveStepMs(const std::filesystem::path& path);

}  // namespace audientia::media::testing_support
