#pragma once

// A track: the encoder thread of one input. It takes frames from the input's queue, skips what
// falls in a pause, filters, encodes, and hands packets to the muxer. VideoTrack and AudioTrack
// add the filters, the encoder settings and the live signals.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "audientia/base/expected.h"
#include "audientia/media/capture_events.h"
#include "audientia/media/capture_session.h"
#include "capture/input_reader.h"
#include "capture/segment_muxer.h"
#include "capture/timeline.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

struct TrackContext {
  const CaptureOptions* options = nullptr;
  const CaptureCallbacks* callbacks = nullptr;
  const SessionClock* clock = nullptr;
  const Timeline* timeline = nullptr;
  std::function<void(HealthKind, int track, std::string detail)> health;
};

class EncoderTrack {
 public:
  EncoderTrack(int index, TrackContext context, std::size_t queueCapacity);
  virtual ~EncoderTrack();
  EncoderTrack(const EncoderTrack&) = delete;
  EncoderTrack& operator=(const EncoderTrack&) = delete;

  int index() const { return index_; }
  const AVCodecContext* encoder() const { return encoder_.get(); }
  FrameQueue& queue() { return queue_; }

  void start(SegmentMuxer& muxer);
  // Call after the input's reader stopped (its queue is closed): drains, flushes, joins.
  void finish();

 protected:
  virtual void process(AVFrame* frame) = 0;
  // Sends a frame (nullptr: flush) to the encoder and hands every packet to the muxer.
  void encode(AVFrame* frame);
  void reportOnce(HealthKind kind, const std::string& detail);

  int index_;
  TrackContext context_;
  CodecContext encoder_;
  std::int64_t defaultPacketDuration_ = 0;  // in the encoder's time base

 private:
  void run();

  FrameQueue queue_;
  SegmentMuxer* muxer_ = nullptr;
  std::thread thread_;
  bool encoderFailed_ = false;
};

// Creates the track for a video or audio input (opens its encoder and filters).
Expected<std::unique_ptr<EncoderTrack>> makeVideoTrack(int index, const InputReader& input,
                                                       TrackContext context);
Expected<std::unique_ptr<EncoderTrack>> makeAudioTrack(int index, const InputReader& input,
                                                       TrackContext context);

}  // namespace audientia::media
