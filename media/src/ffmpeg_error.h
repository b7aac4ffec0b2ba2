#pragma once

// FFmpeg's errors, kept apart from the media library's own (after avcpp's averror.h).
//
// An FFmpeg failure becomes an audientia::Error whose message names the FFmpeg call, what it
// was called on, FFmpeg's own text for the code (av_strerror) and, when FFmpeg logged a reason
// while the call ran, that reason:
//   "avformat_open_input on '/x/a.mp4': Invalid data found when processing input
//    (FFmpeg: moov atom not found)"
//
// Code mapping (one place):
//   AVERROR(ENOENT)                                 -> kNotFound
//   AVERROR(EACCES), AVERROR(EPERM)                 -> kPermissionDenied
//   AVERROR_INVALIDDATA, AVERROR(EINVAL), AVERROR_EOF, AVERROR(EISDIR),
//   *_NOT_FOUND for demuxers, decoders, streams, protocols and options -> kInvalidArgument
//   AVERROR_PATCHWELCOME                            -> kInvalidArgument (a feature FFmpeg lacks)
//   *_NOT_FOUND for encoders, muxers, filters, bitstream filters -> kUnimplemented
//   AVERROR(ENOMEM)                                 -> kInvalidArgument (past the allocation cap)
//   AVERROR(ENOSPC)                                 -> kResourceExhausted (the disk is full)
//   AVERROR_EXIT, AVERROR(EINTR)                    -> kCancelled
//   AVERROR(EAGAIN), AVERROR(EIO)                   -> kUnavailable
//   anything else                                   -> kInternal

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "audientia/base/error.h"

namespace audientia::media {

// FFmpeg's text for an AVERROR code, e.g. "No such file or directory".
std::string ffmpegErrorText(int averror);

ErrorCode errorCodeForFfmpeg(int averror);

// call: the FFmpeg function that failed; target: what it worked on (a path, a codec name...).
Error ffmpegError(int averror, std::string_view call, std::string_view target);

// For allocation functions that return nullptr instead of a code.
Error ffmpegAllocationError(std::string_view call, std::string_view target);

// Process-wide FFmpeg settings, applied once (idempotent, thread-safe; every entry point of the
// media library calls it):
// - the log is quiet: nothing reaches stderr (see FfmpegLogCapture);
// - no single allocation may exceed kFfmpegMaxAllocation. A hostile file of a few kilobytes can
//   declare millions of samples (an MP4 sample table) and make a demuxer ask for gigabytes; with
//   the limit the call fails with ENOMEM (kInvalidArgument) instead of exhausting the server.
//   256 MiB is far above what real hearings need (the index of a 24 h recording at 25 fps with
//   audio is about 100 MiB; an 8K RGBA frame is 130 MiB).
inline constexpr std::size_t kFfmpegMaxAllocation = 256u << 20;
void configureFfmpeg();

// While alive, collects on this thread the messages that FFmpeg logs at AV_LOG_ERROR or more
// severe, so that an Error can carry FFmpeg's reason instead of it going to stderr. Scopes nest
// (the innermost collects). Messages logged on FFmpeg's own worker threads are dropped.
class FfmpegLogCapture {
 public:
  FfmpegLogCapture();
  ~FfmpegLogCapture();
  FfmpegLogCapture(const FfmpegLogCapture&) = delete;
  FfmpegLogCapture& operator=(const FfmpegLogCapture&) = delete;
  FfmpegLogCapture(FfmpegLogCapture&&) = delete;
  FfmpegLogCapture& operator=(FfmpegLogCapture&&) = delete;

  const std::vector<std::string>& messages() const { return messages_; }
  // The collected messages joined with "; " (empty when none).
  std::string summary() const;

  // Like ffmpegError(), with the collected reasons appended.
  Error error(int averror, std::string_view call, std::string_view target) const;

  // Called by the log callback.
  void add(int level, std::string_view text);

 private:
  FfmpegLogCapture* previous_;
  std::vector<std::string> messages_;
  std::string partialLine_;
};

}  // namespace audientia::media
