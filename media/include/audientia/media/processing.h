#pragma once

// What the server's processing jobs do with stored media: assemble a playable master from
// capture segments by stream copy, cut a clip by stream copy, make thumbnails, compute a
// waveform. Everything works on local files; no re-encoding of the evidence ever happens
// (thumbnails are new pictures, the master and clips hold the very same packets as their
// sources).

#include <cstdint>
#include <filesystem>
#include <map>
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

struct ClipResult {
  std::int64_t startMs = 0;     // where the clip really starts in the source's media time (the
                                // video keyframe at or before the asked start)
  std::int64_t endMs = 0;       // where it really ends in the source's media time
  std::int64_t durationMs = 0;  // of the written clip
  std::int64_t packetsCopied = 0;
};

// Copies every stream of `input` from the video keyframe at or before fromMs to toMs (packets
// with a presentation time before toMs; for a file without video, from fromMs itself) into an MP4
// at `output` by stream copy (no re-encoding), timestamps starting at 0, moov atom in front
// (faststart), with `metadata` as container tags (arbitrary keys kept: the MP4 muxer's
// use_metadata_tags). Writes output + ".tmp" and renames, so that a failed cut leaves no file
// under `output`. Media time is counted from the source's start (its container start time).
// toMs past the end is allowed: the clip then ends with the source (endMs says where).
// Errors: kInvalidArgument for fromMs < 0, toMs <= fromMs, fromMs at or past the source's
// duration, or an input that is not media; kInternal on FFmpeg write errors.
Expected<ClipResult> cutClip(const std::filesystem::path& input,
                             const std::filesystem::path& output, std::int64_t fromMs,
                             std::int64_t toMs, const std::map<std::string, std::string>& metadata);

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

struct CameraPicture {
  int streamIndex = 0;           // the stream in the file
  int camera = 0;                // 0 for the first video stream, 1 for the second, ...
  std::int64_t mediaTimeMs = 0;  // of the frame used
  int width = 0, height = 0;     // of the JPEG
  std::string jpeg;              // JPEG bytes
};

// One JPEG picture of every video stream of `input`: the first frame at or after atMs (the
// last frame when the stream ends before it), scaled to `width` pixels wide (height keeps the
// displayed aspect ratio, even). A file without video gives none (not an error); a video
// stream without any frame gives none either (the others keep their `camera` numbers).
// Media time is counted from the file's start (its container start time, as for cutClip), so
// the pictures of cameras whose streams start at different times show the same moment.
// kInvalidArgument for width < 2 or atMs < 0; errors of opening as makeThumbnails.
Expected<std::vector<CameraPicture>> cameraPictures(const std::filesystem::path& input,
                                                    std::int64_t atMs, int width = 320);

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
