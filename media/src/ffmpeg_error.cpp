#include "ffmpeg_error.h"

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <string>

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

namespace audientia::media {
namespace {

// At most this many reasons are kept per capture: the first ones say why a call failed.
constexpr std::size_t kMaxCapturedMessages = 8;

thread_local FfmpegLogCapture* tCurrentCapture = nullptr;

// Routes FFmpeg's log into the current thread's capture, or into nothing.
void logCallback(void* /*avClass*/, int level, const char* format, va_list args) {
  FfmpegLogCapture* capture = tCurrentCapture;
  if (capture == nullptr || level > AV_LOG_ERROR || format == nullptr) return;
  char buffer[1024];
  const int written = std::vsnprintf(buffer, sizeof buffer, format, args);
  if (written <= 0) return;
  const auto length = std::min(static_cast<std::size_t>(written), sizeof buffer - 1);
  capture->add(level, std::string_view(buffer, length));
}

std::string withReasons(const Error& error, const std::string& reasons) {
  if (reasons.empty()) return error.message();
  return error.message() + " (FFmpeg: " + reasons + ")";
}

}  // namespace

std::string ffmpegErrorText(int averror) {
  char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
  if (av_strerror(averror, buffer, sizeof buffer) < 0) {
    return "unknown FFmpeg error " + std::to_string(averror);
  }
  return buffer;
}

ErrorCode errorCodeForFfmpeg(int averror) {
  switch (averror) {
    case AVERROR(ENOENT):
      return ErrorCode::kNotFound;
    case AVERROR(EACCES):
    case AVERROR(EPERM):
      return ErrorCode::kPermissionDenied;
    case AVERROR_INVALIDDATA:
    case AVERROR(EINVAL):
    case AVERROR(EISDIR):
    case AVERROR_EOF:
    case AVERROR_DEMUXER_NOT_FOUND:
    case AVERROR_DECODER_NOT_FOUND:
    case AVERROR_STREAM_NOT_FOUND:
    case AVERROR_PROTOCOL_NOT_FOUND:
    case AVERROR_OPTION_NOT_FOUND:
    case AVERROR_PATCHWELCOME:
      return ErrorCode::kInvalidArgument;
    case AVERROR_ENCODER_NOT_FOUND:
    case AVERROR_MUXER_NOT_FOUND:
    case AVERROR_FILTER_NOT_FOUND:
    case AVERROR_BSF_NOT_FOUND:
      return ErrorCode::kUnimplemented;
    case AVERROR(ENOMEM):
      // Allocations are capped (kFfmpegMaxAllocation): past the cap, an input asked for more
      // than a real recording needs. Not kResourceExhausted, which means "no space" to callers
      // that wait for an operator (the job runner defers such work).
      return ErrorCode::kInvalidArgument;
    case AVERROR(ENOSPC):
      return ErrorCode::kResourceExhausted;
    case AVERROR_EXIT:
    case AVERROR(EINTR):
      return ErrorCode::kCancelled;
    case AVERROR(EAGAIN):
    case AVERROR(EIO):
      return ErrorCode::kUnavailable;
    default:
      return ErrorCode::kInternal;
  }
}

Error ffmpegError(int averror, std::string_view call, std::string_view target) {
  std::string message(call);
  message += " on '";
  message += target;
  message += "': ";
  message += ffmpegErrorText(averror);
  return {errorCodeForFfmpeg(averror), std::move(message)};
}

Error ffmpegAllocationError(std::string_view call, std::string_view target) {
  return {ErrorCode::kResourceExhausted,
          std::string(call) + " on '" + std::string(target) + "': out of memory"};
}

void configureFfmpeg() {
  static std::once_flag once;
  std::call_once(once, [] {
    av_max_alloc(kFfmpegMaxAllocation);
    av_log_set_level(AV_LOG_ERROR);
    av_log_set_callback(&logCallback);
  });
}

FfmpegLogCapture::FfmpegLogCapture() : previous_(tCurrentCapture) {
  configureFfmpeg();
  tCurrentCapture = this;
}

FfmpegLogCapture::~FfmpegLogCapture() {
  tCurrentCapture = previous_;
}

void FfmpegLogCapture::add(int /*level*/, std::string_view text) {
  // FFmpeg may log one line in several calls: a line ends at '\n'.
  for (const char c : text) {
    if (c != '\n') {
      partialLine_.push_back(c);
      continue;
    }
    if (!partialLine_.empty() && messages_.size() < kMaxCapturedMessages &&
        (messages_.empty() || messages_.back() != partialLine_)) {
      messages_.push_back(partialLine_);
    }
    partialLine_.clear();
  }
}

std::string FfmpegLogCapture::summary() const {
  std::string out;
  for (const auto& message : messages_) {
    if (!out.empty()) out += "; ";
    out += message;
  }
  if (!partialLine_.empty() && messages_.size() < kMaxCapturedMessages) {
    if (!out.empty()) out += "; ";
    out += partialLine_;
  }
  return out;
}

Error FfmpegLogCapture::error(int averror, std::string_view call, std::string_view target) const {
  Error base = ffmpegError(averror, call, target);
  return {base.code(), withReasons(base, summary())};
}

}  // namespace audientia::media
