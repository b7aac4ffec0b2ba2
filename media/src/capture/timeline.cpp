#include "capture/timeline.h"

#include <algorithm>

namespace audientia::media {

Timeline::Timeline(std::int64_t segmentUs) : segmentUs_(std::max<std::int64_t>(segmentUs, 1)) {
  spans_.push_back({0, kOpen, 0});
}

SegmentSlot Timeline::slotIn(const Span& span, std::int64_t mediaUs) const {
  std::int64_t k = (mediaUs - span.startUs) / segmentUs_;
  SegmentSlot slot;
  slot.id = span.firstId + k;
  slot.startUs = span.startUs + k * segmentUs_;
  slot.endUs = std::min(span.endUs, slot.startUs + segmentUs_);
  return slot;
}

std::int64_t Timeline::slotCount(const Span& span) const {
  if (span.endUs == kOpen) return kOpen / 2;
  return std::max<std::int64_t>(1, (span.endUs - span.startUs + segmentUs_ - 1) / segmentUs_);
}

std::optional<SegmentSlot> Timeline::locate(std::int64_t mediaUs) const {
  std::lock_guard lock(mutex_);
  for (const auto& span : spans_) {
    if (mediaUs >= span.startUs && mediaUs < span.endUs) return slotIn(span, mediaUs);
  }
  return std::nullopt;
}

std::optional<SegmentSlot> Timeline::locateOrNext(std::int64_t mediaUs) const {
  std::lock_guard lock(mutex_);
  for (const auto& span : spans_) {
    if (mediaUs < span.startUs) return slotIn(span, span.startUs);
    if (mediaUs < span.endUs) return slotIn(span, mediaUs);
  }
  return std::nullopt;
}

bool Timeline::paused() const {
  std::lock_guard lock(mutex_);
  return open_ && spans_.back().endUs != kOpen;
}

void Timeline::pauseAt(std::int64_t mediaUs) {
  std::lock_guard lock(mutex_);
  auto& span = spans_.back();
  if (span.endUs == kOpen) span.endUs = std::max(mediaUs, span.startUs);
}

void Timeline::resumeAt(std::int64_t mediaUs) {
  std::lock_guard lock(mutex_);
  const auto& last = spans_.back();
  if (!open_ || last.endUs == kOpen) return;
  spans_.push_back({std::max(mediaUs, last.endUs), kOpen, last.firstId + slotCount(last)});
}

void Timeline::stopAt(std::int64_t mediaUs) {
  pauseAt(mediaUs);
  std::lock_guard lock(mutex_);
  open_ = false;
}

}  // namespace audientia::media
