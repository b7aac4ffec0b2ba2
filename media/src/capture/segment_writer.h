#pragma once

// One fragmented MP4 segment file: ftyp+moov first (empty_moov), then a moof+mdat fragment at
// each video keyframe (about 1 s) or every second for audio-only captures, flushed to the file at
// once and fdatasync'ed at least every second. Written through our own file descriptor so the
// data reaches the disk on our schedule, not on the page cache's.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "audientia/base/expected.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

class SegmentWriter {
 public:
  // `encoders`: one per track, in track order (their codec parameters and time bases).
  static Expected<std::unique_ptr<SegmentWriter>> open(
      const std::filesystem::path& path, const std::vector<const AVCodecContext*>& encoders);
  ~SegmentWriter();
  SegmentWriter(const SegmentWriter&) = delete;
  SegmentWriter& operator=(const SegmentWriter&) = delete;

  // `packet` in its encoder's time base, timestamps relative to the segment start.
  Status write(int track, AVPacket* packet);
  // Writes the trailer, syncs and closes. The writer cannot be used afterwards.
  Status finish();

  // Largest end time over all tracks, relative to the segment start.
  std::int64_t durationUs() const { return durationUs_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  SegmentWriter() = default;
  static int writePacket(void* opaque, std::uint8_t* data, int size);
  static std::int64_t seek(void* opaque, std::int64_t offset, int whence);
  void syncIfDue();

  std::filesystem::path path_;
  int fd_ = -1;
  int writeErrno_ = 0;
  OutputFormatContext format_;
  AVIOContext* io_ = nullptr;
  std::vector<AVRational> encoderTimeBases_;
  std::vector<std::int64_t> lastDts_;
  std::int64_t durationUs_ = 0;
  std::chrono::steady_clock::time_point lastSync_;
  bool dirty_ = false;
  bool finished_ = false;
  bool headerWritten_ = false;
};

}  // namespace audientia::media
