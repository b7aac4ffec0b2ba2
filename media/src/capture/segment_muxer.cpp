#include "capture/segment_muxer.h"

#include "audientia/media/capture_manifest.h"

namespace audientia::media {
namespace {
constexpr AVRational kMicroseconds{1, 1000000};
}

SegmentMuxer::SegmentMuxer(Config config)
    : config_(std::move(config)), nextSequence_(config_.firstSequence) {
  for (const auto* encoder : config_.encoders) timeBases_.push_back(encoder->time_base);
  trackSlot_.assign(timeBases_.size(), -1);
  trackLastUs_.assign(timeBases_.size(), 0);
}

SegmentMuxer::~SegmentMuxer() {
  finish();
}

void SegmentMuxer::start() {
  thread_ = std::thread([this] { run(); });
}

void SegmentMuxer::submit(EncodedPacket packet) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(packet));
  }
  ready_.notify_one();
}

void SegmentMuxer::finish() {
  {
    std::lock_guard lock(mutex_);
    finishing_ = true;
  }
  ready_.notify_all();
  if (thread_.joinable()) thread_.join();
}

Status SegmentMuxer::status() const {
  std::lock_guard lock(statusMutex_);
  if (firstError_) return *firstError_;
  return ok();
}

void SegmentMuxer::fail(const Error& error, int track) {
  {
    std::lock_guard lock(statusMutex_);
    if (!firstError_) firstError_ = error;
  }
  if (config_.health) config_.health(HealthKind::kEncoderError, track, error.message());
}

void SegmentMuxer::run() {
  auto lastTick = std::chrono::steady_clock::now();
  while (true) {
    std::deque<EncodedPacket> batch;
    bool finishing = false;
    {
      std::unique_lock lock(mutex_);
      ready_.wait_for(lock, std::chrono::milliseconds(100),
                      [this] { return finishing_ || !queue_.empty(); });
      batch.swap(queue_);
      finishing = finishing_;
    }
    for (auto& packet : batch) route(packet);
    auto now = std::chrono::steady_clock::now();
    if (now - lastTick >= std::chrono::milliseconds(200)) {
      lastTick = now;
      closeReady(false);
      if (config_.tick) config_.tick();
    }
    if (finishing) {
      std::unique_lock lock(mutex_);
      if (queue_.empty()) break;
    }
  }
  closeReady(true);
}

SegmentMuxer::OpenSegment* SegmentMuxer::segmentFor(const SegmentSlot& slot) {
  auto found = open_.find(slot.id);
  if (found != open_.end()) return &found->second;
  OpenSegment segment;
  segment.slot = slot;
  segment.sequence = nextSequence_;
  std::string file = segmentFileName(segment.sequence);
  auto writer = SegmentWriter::open(config_.dir / file, config_.encoders);
  if (!writer) {
    fail(writer.error(), -1);
    return nullptr;
  }
  ++nextSequence_;
  segment.writer = std::move(*writer);
  ManifestSegment entry;
  entry.sequence = segment.sequence;
  entry.file = file;
  entry.mediaStartMs = slot.startUs / 1000;
  entry.wallStart = formatWallTime(config_.clock->wallAt(slot.startUs));
  entry.run = config_.manifest->run();
  auto saved = config_.manifest->openSegment(entry);
  if (!saved) fail(saved.error(), -1);
  return &open_.emplace(slot.id, std::move(segment)).first->second;
}

void SegmentMuxer::route(EncodedPacket& item) {
  AVPacket* packet = item.packet.get();
  auto track = static_cast<std::size_t>(item.track);
  AVRational tb = timeBases_[track];
  std::int64_t ptsUs = av_rescale_q(packet->pts, tb, kMicroseconds);
  auto slot = config_.timeline->locate(ptsUs);
  if (!slot) {
    slot = config_.timeline->locateOrNext(ptsUs);
    if (!slot || ptsUs < slot->startUs) {
      ++droppedPackets_;  // encoder delay reaching into a pause (e.g. AAC priming)
      return;
    }
  }
  if (slot->id <= lastClosedId_) {
    ++droppedPackets_;  // later than the grace time
    return;
  }
  trackSlot_[track] = std::max(trackSlot_[track], slot->id);
  trackLastUs_[track] = config_.clock->nowUs();
  OpenSegment* segment = segmentFor(*slot);
  if (segment == nullptr) return;
  std::int64_t offset = av_rescale_q(slot->startUs, kMicroseconds, tb);
  packet->pts -= offset;
  if (packet->dts != AV_NOPTS_VALUE) packet->dts -= offset;
  auto written = segment->writer->write(item.track, packet);
  if (!written) fail(written.error(), item.track);
}

void SegmentMuxer::closeReady(bool all) {
  std::int64_t now = config_.clock->nowUs();
  while (!open_.empty()) {
    auto& [id, segment] = *open_.begin();
    bool ready = all || now > segment.slot.endUs + config_.graceUs;
    if (!ready && now >= segment.slot.endUs) {
      ready = true;
      for (std::size_t t = 0; t < trackSlot_.size(); ++t) {
        bool live = now - trackLastUs_[t] < config_.graceUs;
        if (live && trackSlot_[t] <= id) ready = false;
      }
    }
    if (!ready) break;
    closeSegment(segment);
    lastClosedId_ = id;
    open_.erase(open_.begin());
  }
}

void SegmentMuxer::closeSegment(OpenSegment& segment) {
  auto finished = segment.writer->finish();
  if (!finished) fail(finished.error(), -1);
  ManifestSegment entry;
  entry.sequence = segment.sequence;
  entry.file = segmentFileName(segment.sequence);
  entry.mediaStartMs = segment.slot.startUs / 1000;
  entry.durationMs = segment.writer->durationUs() / 1000;
  entry.wallStart = formatWallTime(config_.clock->wallAt(segment.slot.startUs));
  entry.wallEnd =
      formatWallTime(config_.clock->wallAt(segment.slot.startUs + segment.writer->durationUs()));
  entry.run = config_.manifest->run();
  auto saved = config_.manifest->finishSegment(std::move(entry));
  if (!saved) fail(saved.error(), -1);
}

}  // namespace audientia::media
