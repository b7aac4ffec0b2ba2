#pragma once

// What the server's processing jobs do with stored media: assemble a playable master from
// capture segments by stream copy, cut thumbnails, compute a waveform. Everything works on
// local files; no re-encoding of the evidence ever happens (thumbnails are new pictures, the
// master holds the very same packets as the segments).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "audientia/base/expected.h"

namespace audientia::media {

struct AssembleResult {
  std::int64_t durationMs = 0;
  std::int64_t packetsCopied = 0;
};

// Concatenates the segments (in the order given; all with the same streams and codecs) into
// one MP4 at `output` by stream copy, timestamps made continuous across segments (a declared
// gap is not padded: playback simply continues), with the moov atom at the front (faststart)
// so a player can seek over byte ranges. Writes to output + ".tmp" and renames.
// Errors: kInvalidArgument naming the segment that is not media or whose streams differ from
// the first's; kInternal on FFmpeg write errors.
Expected<AssembleResult> assembleMaster(const std::vector<std::filesystem::path>& segments,
                                        const std::filesystem::path& output);

struct Thumbnail {
  std::filesystem::path path;  // thumb-00001.jpg, ...
  std::int64_t mediaTimeMs = 0;
};

// JPEG thumbnails of the first video stream, one every `everyMs` of media time starting at 0,
// scaled to `width` pixels wide (height keeps the aspect ratio, even), written into outDir as
// thumb-00001.jpg, ... At most maxCount. A file without video gives no thumbnails (not an
// error).
Expected<std::vector<Thumbnail>> makeThumbnails(const std::filesystem::path& input,
                                                const std::filesystem::path& outDir,
                                                std::int64_t everyMs, int width = 320,
                                                int maxCount = 2000);

struct Waveform {
  int sampleRate = 0;
  int channels = 0;
  int peaksPerSecond = 0;
  std::int64_t durationMs = 0;
  // Per channel, pairs of (min, max) sample values in [-1, 1] per bucket:
  // peaks[channel][2 * i], peaks[channel][2 * i + 1].
  std::vector<std::vector<float>> peaks;
};

// Decodes the first audio stream and keeps min/max per channel per 1/peaksPerSecond s.
// kNotFound when the file has no audio stream.
Expected<Waveform> computeWaveform(const std::filesystem::path& input, int peaksPerSecond = 10);
// {"version":1,"sample_rate":..,"channels":..,"peaks_per_second":..,"duration_ms":..,
//  "peaks":[[min,max,min,max,...],...]} with values rounded to 4 decimals.
std::string waveformToJson(const Waveform& waveform);

}  // namespace audientia::media
