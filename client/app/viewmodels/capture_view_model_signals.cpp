// CaptureViewModel, the live signals: meters and previews read on the timer, the engine's
// health events turned into the event list and the banner.

#include <QDateTime>

#include "viewmodels/capture_view_model.h"

namespace audientia::gui {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kClipHold = std::chrono::seconds(1);        // the clip light stays on this long
constexpr auto kTransientHold = std::chrono::seconds(10);  // clipping, dropped frames
constexpr double kClipDb = -0.1;

// Problem groups: a recovery event clears its group.
enum Group {
  kSoundGroup = 1,
  kLoudGroup,
  kPictureGroup,
  kInputGroup,
  kFramesGroup,
  kDiskGroup,
  kEncoderGroup
};

}  // namespace

void CaptureViewModel::tick() {
  const auto now = Clock::now();
  // Meters: one per channel of every audio input heard from.
  std::vector<MeterChannel> meters;
  std::size_t channel = 0;
  for (const auto& levels : capture_.latestLevels()) {
    const QString input = inputLabel(levels.input);
    for (std::size_t c = 0; c < levels.peakDb.size(); ++c, ++channel) {
      MeterChannel meter;
      meter.label = levels.peakDb.size() == 1 ? input : tr("%1 · channel %2").arg(input).arg(c + 1);
      meter.peakDb = levels.peakDb[c];
      meter.rmsDb = c < levels.rmsDb.size() ? levels.rmsDb[c] : meter.peakDb;
      if (clippedAt_.size() <= channel) clippedAt_.resize(channel + 1, Clock::time_point{});
      if (meter.peakDb >= kClipDb) clippedAt_[channel] = now;
      meter.clipping =
          clippedAt_[channel] != Clock::time_point{} && now - clippedAt_[channel] < kClipHold;
      meters.push_back(meter);
    }
  }
  meters_ = std::move(meters);
  emit metersChanged();
  for (int i = 0; i < static_cast<int>(previewSerials_.size()); ++i) {
    std::uint64_t serial = 0;
    capture_.latestPreview(i, &serial);
    if (serial != previewSerials_[static_cast<std::size_t>(i)]) {
      previewSerials_[static_cast<std::size_t>(i)] = serial;
      emit previewChanged(i);
    }
  }
  const std::int64_t second = QDateTime::currentSecsSinceEpoch();
  if (second != lastSecond_) {
    lastSecond_ = second;
    emit clockChanged();
  }
  // Transient problems end by themselves.
  bool changed = false;
  for (auto it = problems_.begin(); it != problems_.end();) {
    if (it->second.transient && now - it->second.since > kTransientHold) {
      it = problems_.erase(it);
      changed = true;
    } else {
      ++it;
    }
  }
  if (changed) updateBanner();
}

void CaptureViewModel::onHealth(const media::HealthEvent& event) {
  const QString input = inputLabel(event.input);
  const QString detail = QString::fromStdString(event.detail);
  EventSeverity severity = EventSeverity::kWarning;
  QString what;
  int group = 0;
  bool recovered = false, transient = false;
  switch (event.kind) {
    case media::HealthKind::kSilence:
      what = tr("No sound from %1").arg(input);
      group = kSoundGroup;
      break;
    case media::HealthKind::kSilenceEnded:
      what = tr("Sound again from %1").arg(input);
      group = kSoundGroup;
      recovered = true;
      break;
    case media::HealthKind::kClipping:
      what = tr("%1 is too loud: the sound is clipped").arg(input);
      group = kLoudGroup;
      transient = true;
      break;
    case media::HealthKind::kFrozenVideo:
      what = tr("The picture of %1 is frozen").arg(input);
      group = kPictureGroup;
      break;
    case media::HealthKind::kBlackVideo:
      what = tr("The picture of %1 is black").arg(input);
      group = kPictureGroup;
      break;
    case media::HealthKind::kVideoRecovered:
      what = tr("The picture of %1 moves again").arg(input);
      group = kPictureGroup;
      recovered = true;
      break;
    case media::HealthKind::kInputStopped:
      what = tr("%1 stopped delivering: check its cable").arg(input);
      severity = EventSeverity::kError;
      group = kInputGroup;
      break;
    case media::HealthKind::kFramesDropped:
      what = tr("Frames were dropped: this computer cannot keep up");
      group = kFramesGroup;
      transient = true;
      break;
    case media::HealthKind::kLowDisk:
      what = tr("Little disk space left for the recording");
      severity = EventSeverity::kError;
      group = kDiskGroup;
      break;
    case media::HealthKind::kDiskFull:
      what = tr("The disk is full: recording stopped and is being sealed");
      severity = EventSeverity::kError;
      group = kDiskGroup;
      break;
    case media::HealthKind::kEncoderError:
      what = tr("Recording failed on %1").arg(input);
      severity = EventSeverity::kError;
      group = kEncoderGroup;
      break;
    default:
      what = tr("Warning from %1").arg(input);
      break;
  }
  // The engine's words are English and technical: kept for support in the tooltip.
  addEvent(recovered ? EventSeverity::kInfo : severity, what, {}, detail);
  const auto key = std::make_pair(event.input, group);
  if (recovered) {
    problems_.erase(key);
  } else {
    problems_[key] = {severity, what, Clock::now(), transient};
  }
  updateBanner();
  // The engine closed its segment at the disk's floor: sealing keeps what was recorded.
  if (event.kind == media::HealthKind::kDiskFull) stop();
}

void CaptureViewModel::updateBanner() {
  HealthBanner banner;
  const ActiveProblem* shown = nullptr;
  for (const auto& [key, problem] : problems_) {
    if (!shown || problem.severity > shown->severity ||
        (problem.severity == shown->severity && problem.since > shown->since)) {
      shown = &problem;
    }
  }
  if (shown) {
    banner.severity = shown->severity;
    banner.text = shown->text;
    if (problems_.size() > 1) {
      banner.text += QLatin1Char(' ') + tr("(+%n more in the event list)", nullptr,
                                           static_cast<int>(problems_.size() - 1));
    }
  }
  if (banner.severity != banner_.severity || banner.text != banner_.text) {
    banner_ = banner;
    emit bannerChanged();
  }
}

void CaptureViewModel::addEvent(EventSeverity severity, const QString& what, const QString& detail,
                                const QString& technical) {
  events_.append({severity, what, detail, elapsedMs(), QDateTime::currentDateTime(), technical});
}

}  // namespace audientia::gui
