#pragma once

// The session clock and the cutting of its media time into segment slots.
//
// Media time is microseconds since the session started (steady clock). Recording happens in
// spans (start..pause, resume..pause, ..., resume..stop); each span is cut every segmentLength
// into slots, numbered in order across spans. A slot becomes a segment file when it receives its
// first packet. Frames whose media time falls outside every span (in a pause) are not recorded.

#include <chrono>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <vector>

namespace audientia::media {

class SessionClock {
 public:
  SessionClock()
      : steadyStart_(std::chrono::steady_clock::now()),
        wallStart_(std::chrono::system_clock::now()) {}
  std::int64_t nowUs() const {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                 steadyStart_)
        .count();
  }
  std::chrono::steady_clock::time_point steadyAt(std::int64_t mediaUs) const {
    return steadyStart_ + std::chrono::microseconds(mediaUs);
  }
  std::chrono::system_clock::time_point wallAt(std::int64_t mediaUs) const {
    return wallStart_ + std::chrono::duration_cast<std::chrono::system_clock::duration>(
                            std::chrono::microseconds(mediaUs));
  }
  std::chrono::system_clock::time_point wallStart() const { return wallStart_; }

 private:
  std::chrono::steady_clock::time_point steadyStart_;
  std::chrono::system_clock::time_point wallStart_;
};

struct SegmentSlot {
  std::int64_t id = 0;  // increasing across the session
  std::int64_t startUs = 0;
  std::int64_t endUs = 0;  // exclusive; the span's end when it closes earlier
};

class Timeline {
 public:
  static constexpr std::int64_t kOpen = std::numeric_limits<std::int64_t>::max();

  explicit Timeline(std::int64_t segmentUs);

  // The slot holding `mediaUs`; nullopt when it falls in a pause (or after stop).
  std::optional<SegmentSlot> locate(std::int64_t mediaUs) const;
  // The slot holding `mediaUs`, or the first slot after it when it falls in a pause.
  std::optional<SegmentSlot> locateOrNext(std::int64_t mediaUs) const;

  bool paused() const;
  void pauseAt(std::int64_t mediaUs);
  void resumeAt(std::int64_t mediaUs);
  void stopAt(std::int64_t mediaUs);

 private:
  struct Span {
    std::int64_t startUs;
    std::int64_t endUs;
    std::int64_t firstId;
  };
  SegmentSlot slotIn(const Span& span, std::int64_t mediaUs) const;
  std::int64_t slotCount(const Span& span) const;

  std::int64_t segmentUs_;
  mutable std::mutex mutex_;
  std::vector<Span> spans_;
  bool open_ = true;
};

}  // namespace audientia::media
