#pragma once

// The muxer thread: takes encoded packets from every track, routes each by its media time to
// its segment slot (timeline.h), opens segment files as slots start, and closes a segment once
// every live track has moved past it (or a grace time after its end), hashing it into the
// manifest. Encoders hand packets over without waiting on I/O; the thread also runs the
// session's periodic checks (`tick`).

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "audientia/base/expected.h"
#include "capture/manifest_keeper.h"
#include "capture/segment_writer.h"
#include "capture/timeline.h"
#include "ffmpeg_handles.h"

namespace audientia::media {

struct EncodedPacket {
  int track = 0;
  Packet packet;  // absolute session timestamps in the track encoder's time base
};

class SegmentMuxer {
 public:
  struct Config {
    std::filesystem::path dir;
    std::vector<const AVCodecContext*> encoders;
    int firstSequence = 1;
    std::int64_t graceUs = 3'000'000;
    const Timeline* timeline = nullptr;
    const SessionClock* clock = nullptr;
    ManifestKeeper* manifest = nullptr;
    std::function<void(HealthKind, int track, std::string detail)> health;
    std::function<void()> tick;  // every ~200 ms on the muxer thread
  };

  explicit SegmentMuxer(Config config);
  ~SegmentMuxer();
  SegmentMuxer(const SegmentMuxer&) = delete;
  SegmentMuxer& operator=(const SegmentMuxer&) = delete;

  void start();
  void submit(EncodedPacket packet);
  // Call after every encoder has flushed: writes what is queued, closes every segment, joins.
  void finish();
  // The first write/close failure, if any.
  Status status() const;
  std::int64_t droppedPackets() const { return droppedPackets_.load(); }

 private:
  struct OpenSegment {
    SegmentSlot slot;
    int sequence = 0;
    std::unique_ptr<SegmentWriter> writer;
  };

  void run();
  void route(EncodedPacket& packet);
  OpenSegment* segmentFor(const SegmentSlot& slot);
  void closeReady(bool all);
  void closeSegment(OpenSegment& segment);
  void fail(const Error& error, int track);

  Config config_;
  std::vector<AVRational> timeBases_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<EncodedPacket> queue_;
  bool finishing_ = false;

  // Muxer thread only.
  std::map<std::int64_t, OpenSegment> open_;
  std::int64_t lastClosedId_ = -1;
  int nextSequence_;
  std::vector<std::int64_t> trackSlot_;
  std::vector<std::int64_t> trackLastUs_;  // session time of the last packet's arrival

  mutable std::mutex statusMutex_;
  std::optional<Error> firstError_;
  std::atomic<std::int64_t> droppedPackets_{0};
};

}  // namespace audientia::media
