#pragma once

// One capture input: the device opened through libavdevice, its decoder, and the reader thread
// that decodes frames, puts them on the session clock and hands them to the track's queue
// without ever waiting for it (a full queue drops the frame and counts it).
//
// Clock: the first frame's timestamp is anchored to the session clock when it arrives; later
// frames keep the device's own spacing. Virtual (lavfi) sources are paced to real time here.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "audientia/base/expected.h"
#include "audientia/media/device_spec.h"
#include "capture/bounded_queue.h"
#include "capture/timeline.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

using FrameQueue = BoundedQueue<Frame>;

class InputReader {
 public:
  // Opens the device and its decoder. Errors name the spec and carry FFmpeg's reason.
  static Expected<std::unique_ptr<InputReader>> open(const DeviceSpec& spec, DeviceMedia media);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  const DeviceSpec& spec() const { return spec_; }
  const AVCodecContext* decoder() const { return decoder_.get(); }
  double frameRate() const { return frameRate_; }

  // Starts the reader thread; frames (pts = session microseconds) go to `queue`.
  // `stopped` is called once, on the reader thread, when the input ends by itself.
  void start(const SessionClock& clock, FrameQueue& queue,
             std::function<void(const std::string& reason)> stopped);
  // Asks the thread to stop, joins it and closes the queue.
  void stop();

  std::int64_t framesRead() const { return framesRead_.load(); }
  std::int64_t framesDropped() const { return framesDropped_.load(); }
  // Session time of the last frame delivered (-1 before the first).
  std::int64_t lastFrameUs() const { return lastFrameUs_.load(); }
  bool ended() const { return ended_.load(); }

 private:
  InputReader() = default;
  void run(std::function<void(const std::string&)> stopped);
  void deliver(AVFrame* frame);
  static int interrupted(void* opaque);

  DeviceSpec spec_;
  DeviceMedia media_ = DeviceMedia::kUnspecified;
  InputFormatContext format_;
  CodecContext decoder_;
  int streamIndex_ = -1;
  double frameRate_ = 0.0;
  const SessionClock* clock_ = nullptr;
  FrameQueue* queue_ = nullptr;
  std::thread thread_;
  std::atomic<bool> stopRequested_{false};
  std::atomic<bool> ended_{false};
  std::atomic<std::int64_t> framesRead_{0};
  std::atomic<std::int64_t> framesDropped_{0};
  std::atomic<std::int64_t> lastFrameUs_{-1};
  bool anchored_ = false;
  std::int64_t basePtsUs_ = 0;
  std::int64_t anchorUs_ = 0;
  std::int64_t nextPtsUs_ = 0;
};

}  // namespace audientia::media
