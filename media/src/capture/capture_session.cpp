#include "audientia/media/capture_session.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <random>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/device_spec.h"
#include "capture/capture_lock.h"
#include "capture/encoder_track.h"
#include "capture/input_reader.h"
#include "capture/manifest_keeper.h"
#include "capture/segment_muxer.h"
#include "capture/timeline.h"
#include "ffmpeg_error.h"

namespace audientia::media {

struct CaptureSession::Impl {
  CaptureOptions options;
  CaptureCallbacks callbacks;
  std::optional<posix::FileLock> lock;  // capture.lock, for as long as the session records
  std::vector<DeviceSpec> specs;
  std::unique_ptr<SessionClock> clock;
  std::unique_ptr<Timeline> timeline;
  std::unique_ptr<ManifestKeeper> manifest;
  std::vector<std::unique_ptr<InputReader>> inputs;
  std::vector<std::unique_ptr<EncoderTrack>> tracks;
  std::unique_ptr<SegmentMuxer> muxer;
  mutable std::mutex mutex;
  std::optional<Expected<CaptureSummary>> result;
  // Monitor state (muxer thread).
  std::vector<char> stallReported;
  std::int64_t droppedReported = 0;
  std::int64_t lastDropReportUs = -1'000'000'000;
  std::int64_t lastDiskCheckUs = 0;
  std::int64_t lastLowDiskReportUs = -1'000'000'000'000;
  bool floorReached = false;

  ~Impl() {
    // Producers before consumers: readers feed the tracks' queues, tracks feed the muxer.
    inputs.clear();
    tracks.clear();
    muxer.reset();
    lock.reset();
  }

  void health(HealthKind kind, int track, const std::string& detail) {
    HealthEvent event;
    event.kind = kind;
    event.input = track;
    if (track >= 0 && static_cast<std::size_t>(track) < specs.size())
      event.inputSpec = specs[track].text;
    event.detail = detail;
    event.mediaTime = std::chrono::milliseconds(clock->nowUs() / 1000);
    event.wallTime = std::chrono::system_clock::now();
    if (callbacks.onHealth) callbacks.onHealth(event);
    (void)manifest->addEvent(event);
  }

  void tick();
  // Free space at the floor: pause (closing the segment cleanly) with the reason, and tell the
  // host, which stops and seals. Skipped while stop() runs (it holds the mutex and waits for
  // this thread).
  void reachFloor(std::int64_t now, double freeBytes) {
    std::unique_lock guard(mutex, std::try_to_lock);
    if (!guard.owns_lock() || result) return;
    floorReached = true;
    char detail[160];
    std::snprintf(detail, sizeof detail,
                  "only %.0f MiB left on the disk (floor %.0f MiB): recording stopped here so "
                  "that nothing is torn; stop to seal it",
                  freeBytes / 1048576.0, static_cast<double>(options.diskFloorBytes) / 1048576.0);
    if (!timeline->paused()) {
      timeline->pauseAt(now);
      ManifestPause pause;
      pause.run = manifest->run();
      pause.reason = "disk full";
      pause.mediaStartMs = now / 1000;
      pause.wallStart = formatWallTime(clock->wallAt(now));
      (void)manifest->addPause(pause);
    }
    guard.unlock();
    health(HealthKind::kDiskFull, -1, detail);
  }
  std::int64_t dropped() const {
    std::int64_t total = 0;
    for (const auto& input : inputs) total += input->framesDropped();
    return total;
  }
};

void CaptureSession::Impl::tick() {
  std::int64_t now = clock->nowUs();
  std::int64_t stallUs = options.stalledAfter.count() * 1000;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i]->ended()) continue;  // reported by the reader itself
    std::int64_t last = inputs[i]->lastFrameUs();
    bool stalled = last < 0 ? now > stallUs + 1'000'000 : now - last > stallUs;
    if (stalled && !stallReported[i]) {
      stallReported[i] = 1;
      char detail[96];
      std::snprintf(detail, sizeof detail, "no frames for %.1f s",
                    static_cast<double>(stallUs) / 1e6);
      health(HealthKind::kInputStopped, static_cast<int>(i), detail);
    } else if (!stalled) {
      stallReported[i] = 0;
    }
  }
  std::int64_t total = dropped();
  if (total > droppedReported && now - lastDropReportUs >= 5'000'000) {
    health(HealthKind::kFramesDropped, -1,
           std::to_string(total - droppedReported) + " frames dropped (" + std::to_string(total) +
               " in all): encoding is falling behind");
    droppedReported = total;
    lastDropReportUs = now;
  }
  if (now - lastDiskCheckUs >= 5'000'000) {
    lastDiskCheckUs = now;
    std::uintmax_t written = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(options.outputDir, ec)) {
      if (entry.is_regular_file(ec)) written += entry.file_size(ec);
    }
    struct statvfs fs {};
    double seconds = static_cast<double>(now) / 1e6;
    const bool known = ::statvfs(options.outputDir.c_str(), &fs) == 0;
    const double free =
        known ? static_cast<double>(fs.f_bavail) * static_cast<double>(fs.f_frsize) : 0;
    if (known && !floorReached && free < static_cast<double>(options.diskFloorBytes)) {
      reachFloor(now, free);
      return;
    }
    if (known && written > 0 && seconds > 1) {
      double minutesLeft = free / (static_cast<double>(written) / seconds) / 60.0;
      if (minutesLeft < static_cast<double>(options.lowDiskMinutes.count()) &&
          now - lastLowDiskReportUs >= 300'000'000) {
        lastLowDiskReportUs = now;
        char detail[128];
        std::snprintf(detail, sizeof detail, "disk space for about %.0f more minutes", minutesLeft);
        health(HealthKind::kLowDisk, -1, detail);
      }
    }
  }
}

namespace {

std::string newSessionId() {
  std::random_device random;
  char text[40];
  std::snprintf(text, sizeof text, "%08x%08x%08x%08x", random(), random(), random(), random());
  return text;
}

Status validate(const CaptureOptions& options) {
  if (options.outputDir.empty()) return invalidArgument("capture: no output directory given");
  if (options.videoInputs.empty() && options.audioInputs.empty()) {
    return invalidArgument("capture: no inputs given (at least one video or audio device spec)");
  }
  if (options.segmentLength < std::chrono::seconds(1)) {
    return invalidArgument("capture: segment length must be at least 1 s");
  }
  if (options.audioSampleRate < 8000 || options.audioSampleRate > 96000) {
    return invalidArgument("capture: audio sample rate must be 8000..96000 Hz");
  }
  return ok();
}

// The manifest to continue: a fresh one, or the recovered one when resuming.
Expected<CaptureManifest> startingManifest(const CaptureOptions& options,
                                           const std::vector<DeviceSpec>& specs, int& run,
                                           int& firstSequence) {
  std::vector<ManifestTrack> tracks;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    bool video = i < options.videoInputs.size();
    tracks.push_back(
        {static_cast<int>(i), video ? "video" : "audio", specs[i].text, video ? "h264" : "aac"});
  }
  bool exists = std::filesystem::exists(options.outputDir / kManifestFileName);
  if (exists && !options.resume) {
    return Error(
        ErrorCode::kAlreadyExists,
        options.outputDir.string() + " already holds a capture (use resume after recovery)");
  }
  if (!exists) {
    if (options.resume) return notFound("no capture to resume in " + options.outputDir.string());
    CaptureManifest manifest;
    manifest.sessionId = newSessionId();
    manifest.hearingId = options.hearingId;
    manifest.title = options.title;
    manifest.state = "recording";
    manifest.segmentLengthMs = options.segmentLength.count();
    manifest.tracks = tracks;
    run = 1;
    firstSequence = 1;
    return manifest;
  }
  AUDIENTIA_TRY(auto manifest, readManifest(options.outputDir));
  if (manifest.state != "recovered") {
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot resume the capture in " + options.outputDir.string() +
                     ": its state is \"" + manifest.state +
                     "\" (run recovery first; a sealed capture is final)");
  }
  if (manifest.tracks.size() != tracks.size()) {
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot resume: the capture has " + std::to_string(manifest.tracks.size()) +
                     " tracks, the new inputs make " + std::to_string(tracks.size()));
  }
  if (!options.hearingId.empty() && options.hearingId != manifest.hearingId) {
    return Error(ErrorCode::kFailedPrecondition,
                 "cannot resume: the capture in " + options.outputDir.string() +
                     " records hearing " +
                     (manifest.hearingId.empty() ? "(none)" : manifest.hearingId) +
                     ", not hearing " + options.hearingId);
  }
  run = static_cast<int>(manifest.runs.size()) + 1;
  firstSequence = 1;
  for (const auto& s : manifest.segments) firstSequence = std::max(firstSequence, s.sequence + 1);
  manifest.state = "recording";
  return manifest;
}

}  // namespace

CaptureSession::CaptureSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

CaptureSession::~CaptureSession() {
  if (impl_) (void)stop();
}

Expected<std::unique_ptr<CaptureSession>> CaptureSession::start(const CaptureOptions& options,
                                                                CaptureCallbacks callbacks) {
  configureFfmpeg();
  AUDIENTIA_TRY_STATUS(validate(options));
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->callbacks = std::move(callbacks);
  for (const auto& text : options.videoInputs) {
    AUDIENTIA_TRY(auto spec, parseDeviceSpec(text));
    impl->specs.push_back(spec);
  }
  for (const auto& text : options.audioInputs) {
    AUDIENTIA_TRY(auto spec, parseDeviceSpec(text));
    impl->specs.push_back(spec);
  }
  std::error_code ec;
  std::filesystem::create_directories(options.outputDir, ec);
  if (ec)
    return Error(ErrorCode::kInternal,
                 "creating " + options.outputDir.string() + ": " + ec.message());
  AUDIENTIA_TRY(auto lock,
                lockCaptureDirectory(options.outputDir, "a capture is already running in " +
                                                            options.outputDir.string()));
  impl->lock.emplace(std::move(lock));
  int run = 1;
  int firstSequence = 1;
  AUDIENTIA_TRY(auto manifest, startingManifest(options, impl->specs, run, firstSequence));

  for (std::size_t i = 0; i < impl->specs.size(); ++i) {
    DeviceMedia media = i < options.videoInputs.size() ? DeviceMedia::kVideo : DeviceMedia::kAudio;
    AUDIENTIA_TRY(auto input, InputReader::open(impl->specs[i], media));
    impl->inputs.push_back(std::move(input));
  }
  impl->clock = std::make_unique<SessionClock>();
  impl->timeline = std::make_unique<Timeline>(
      std::chrono::duration_cast<std::chrono::microseconds>(options.segmentLength).count());
  Impl* self = impl.get();
  TrackContext context;
  context.options = &impl->options;
  context.callbacks = &impl->callbacks;
  context.clock = impl->clock.get();
  context.timeline = impl->timeline.get();
  context.health = [self](HealthKind kind, int track, std::string detail) {
    self->health(kind, track, detail);
  };
  for (std::size_t i = 0; i < impl->inputs.size(); ++i) {
    auto track = i < options.videoInputs.size()
                     ? makeVideoTrack(static_cast<int>(i), *impl->inputs[i], context)
                     : makeAudioTrack(static_cast<int>(i), *impl->inputs[i], context);
    if (!track) return track.error();
    impl->tracks.push_back(std::move(*track));
  }

  std::string wallStart = formatWallTime(impl->clock->wallStart());
  for (auto& gap : manifest.gaps) {
    if (gap.wallEnd.empty()) gap.wallEnd = wallStart;
  }
  manifest.runs.push_back({run, wallStart, ""});
  impl->manifest = std::make_unique<ManifestKeeper>(options.outputDir, std::move(manifest), run);
  AUDIENTIA_TRY_STATUS(impl->manifest->save());

  SegmentMuxer::Config config;
  config.dir = options.outputDir;
  for (const auto& track : impl->tracks) config.encoders.push_back(track->encoder());
  config.firstSequence = firstSequence;
  config.timeline = impl->timeline.get();
  config.clock = impl->clock.get();
  config.manifest = impl->manifest.get();
  config.health = context.health;
  config.tick = [self] { self->tick(); };
  impl->muxer = std::make_unique<SegmentMuxer>(std::move(config));
  impl->stallReported.assign(impl->inputs.size(), 0);
  impl->muxer->start();
  for (auto& track : impl->tracks) track->start(*impl->muxer);
  for (std::size_t i = 0; i < impl->inputs.size(); ++i) {
    int index = static_cast<int>(i);
    impl->inputs[i]->start(*impl->clock, impl->tracks[i]->queue(),
                           [self, index](const std::string& reason) {
                             self->health(HealthKind::kInputStopped, index, reason);
                           });
  }
  return std::unique_ptr<CaptureSession>(new CaptureSession(std::move(impl)));
}

Status CaptureSession::pause(const std::string& reason) {
  std::lock_guard lock(impl_->mutex);
  if (impl_->result) return Error(ErrorCode::kFailedPrecondition, "capture is stopped");
  if (impl_->timeline->paused())
    return Error(ErrorCode::kFailedPrecondition, "capture is already paused");
  std::int64_t now = impl_->clock->nowUs();
  impl_->timeline->pauseAt(now);
  ManifestPause pause;
  pause.run = impl_->manifest->run();
  pause.reason = reason;
  pause.mediaStartMs = now / 1000;
  pause.wallStart = formatWallTime(impl_->clock->wallAt(now));
  return impl_->manifest->addPause(pause);
}

Status CaptureSession::resume() {
  std::lock_guard lock(impl_->mutex);
  if (impl_->result) return Error(ErrorCode::kFailedPrecondition, "capture is stopped");
  if (!impl_->timeline->paused())
    return Error(ErrorCode::kFailedPrecondition, "capture is not paused");
  if (impl_->floorReached) {
    return Error(ErrorCode::kResourceExhausted,
                 "the disk is full: stop to seal what was recorded, free space, then record a "
                 "new session of the hearing");
  }
  std::int64_t now = impl_->clock->nowUs();
  impl_->timeline->resumeAt(now);
  return impl_->manifest->endPause(now / 1000, formatWallTime(impl_->clock->wallAt(now)));
}

bool CaptureSession::paused() const {
  return impl_->timeline->paused();
}

Expected<Marker> CaptureSession::addMarker(const std::string& kind, const std::string& text) {
  if (kind.empty()) return invalidArgument("a marker needs a kind");
  Marker marker{kind, text, mediaTime(), std::chrono::system_clock::now(), -1};
  AUDIENTIA_TRY(marker.index, impl_->manifest->addMarker(marker));
  return marker;
}

Status CaptureSession::editMarker(int index, const std::string& text) {
  std::lock_guard lock(impl_->mutex);
  if (impl_->result) {
    return Error(ErrorCode::kFailedPrecondition, "the capture is sealed: its markers are final");
  }
  return impl_->manifest->editMarker(index, text);
}

std::chrono::milliseconds CaptureSession::mediaTime() const {
  return std::chrono::milliseconds(impl_->clock->nowUs() / 1000);
}

std::int64_t CaptureSession::droppedFrames() const {
  return impl_->dropped();
}

Expected<CaptureSummary> CaptureSession::stop() {
  std::lock_guard lock(impl_->mutex);
  if (impl_->result) return *impl_->result;
  std::int64_t now = impl_->clock->nowUs();
  impl_->timeline->stopAt(now);
  for (auto& input : impl_->inputs) input->stop();
  for (auto& track : impl_->tracks) track->finish();
  impl_->muxer->finish();
  CaptureSummary summary;
  summary.droppedFrames = impl_->dropped();
  auto seal = impl_->manifest->seal(formatWallTime(impl_->clock->wallAt(now)));
  Status written = impl_->muxer->status();
  if (!seal) {
    impl_->result = seal.error();
  } else if (!written) {
    impl_->result = written.error().withContext("capture sealed, but a segment failed");
  } else {
    summary.sealSha256 = *seal;
    summary.segmentCount = impl_->manifest->segmentCount();
    summary.recordedDuration = std::chrono::milliseconds(impl_->manifest->recordedMs());
    impl_->result = summary;
  }
  impl_->lock.reset();
  return *impl_->result;
}

}  // namespace audientia::media
