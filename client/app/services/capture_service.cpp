#include "services/capture_service.h"

#include <QMetaObject>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <cstring>
#include <exception>
#include <utility>

#include "audientia/media/capture_manifest.h"
#include "audientia/media/capture_verify.h"

namespace audientia::gui {
namespace {

Error noCapture() {
  return {ErrorCode::kFailedPrecondition, "no capture is running"};
}

}  // namespace

QString defaultCaptureRoot() {
  const QString configured = qEnvironmentVariable("AUDIENTIA_CAPTURE_DIR");
  if (!configured.isEmpty()) return configured;
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
         QStringLiteral("/captures");
}

CaptureService::CaptureService(QObject* parent) : QObject(parent) {
  qRegisterMetaType<media::HealthEvent>();
  pool_.setMaxThreadCount(1);
  pool_.setExpiryTimeout(-1);
}

CaptureService::~CaptureService() {
  pool_.waitForDone();
  std::shared_ptr<media::CaptureSession> session;
  {
    std::lock_guard lock(sessionMutex_);
    session = std::move(session_);
  }
  // The engine's destructor stops and seals; its callbacks end before it returns.
  session.reset();
}

template <class T, class Work>
void CaptureService::post(QObject* context, Work work, Done<T> done) {
  QPointer<QObject> guard(context);
  auto task = [this, guard, work = std::move(work), done = std::move(done)]() mutable {
    Expected<T> result = [&]() -> Expected<T> {
      try {
        return work();
      } catch (const std::exception& e) {
        return Error{ErrorCode::kInternal, std::string("unexpected failure: ") + e.what()};
      }
    }();
    QMetaObject::invokeMethod(
        &receiver_,
        [guard, done = std::move(done), result = std::move(result)]() mutable {
          if (guard && done) done(std::move(result));
        },
        Qt::QueuedConnection);
  };
  static_cast<void>(QtConcurrent::run(&pool_, std::move(task)));
}

void CaptureService::listDevices(QObject* context, Done<std::vector<media::DeviceInfo>> done) {
  post<std::vector<media::DeviceInfo>>(
      context,
      []() -> Expected<std::vector<media::DeviceInfo>> { return media::listCaptureDevices(); },
      std::move(done));
}

void CaptureService::findInterrupted(const std::filesystem::path& root, QObject* context,
                                     Done<std::vector<InterruptedCapture>> done) {
  post<std::vector<InterruptedCapture>>(
      context,
      [root]() -> Expected<std::vector<InterruptedCapture>> {
        std::vector<InterruptedCapture> found;
        std::error_code error;
        if (!std::filesystem::is_directory(root, error)) return found;
        for (const auto& entry : std::filesystem::directory_iterator(root, error)) {
          if (!entry.is_directory() || !std::filesystem::exists(entry.path() / "manifest.json")) {
            continue;
          }
          auto manifest = media::readManifest(entry.path());
          if (!manifest || manifest->state == "sealed") continue;
          // Refused while the process recording it is alive (the capture's lock): skipped.
          auto recovery = media::recoverCapture(entry.path(), media::RecoveryMode::kLeaveOpen);
          if (!recovery) continue;
          auto recovered = media::readManifest(entry.path());
          if (!recovered || recovered->state == "sealed") continue;
          InterruptedCapture capture;
          capture.dir = entry.path();
          capture.hearingId = recovered->hearingId;
          capture.title = recovered->title;
          capture.gapStart = recovery->gapStart;
          for (const auto& track : recovered->tracks) {
            (track.media == "video" ? capture.videoInputs : capture.audioInputs)
                .push_back(track.spec);
          }
          found.push_back(std::move(capture));
        }
        return found;
      },
      std::move(done));
}

void CaptureService::sealInterrupted(const std::filesystem::path& dir, QObject* context,
                                     Done<void> done) {
  post<void>(
      context,
      [dir]() -> Status {
        AUDIENTIA_TRY_STATUS(media::recoverCapture(dir, media::RecoveryMode::kSeal));
        return ok();
      },
      std::move(done));
}

void CaptureService::start(const media::CaptureOptions& options, QObject* context,
                           Done<void> done) {
  post<void>(
      context,
      [this, options]() -> Status {
        if (isRunning()) return Error(ErrorCode::kFailedPrecondition, "a capture is running");
        {
          std::lock_guard lock(signalsMutex_);
          levels_.clear();
          previews_.assign(options.videoInputs.size(), Preview{});
        }
        media::CaptureCallbacks callbacks;
        callbacks.onLevels = [this](const media::AudioLevels& levels) { onLevels(levels); };
        callbacks.onPreview = [this](const media::PreviewFrame& frame) { onPreview(frame); };
        callbacks.onHealth = [this](const media::HealthEvent& event) {
          QMetaObject::invokeMethod(
              &receiver_, [this, event]() { emit healthEvent(event); }, Qt::QueuedConnection);
        };
        AUDIENTIA_TRY(std::unique_ptr<media::CaptureSession> session,
                      media::CaptureSession::start(options, std::move(callbacks)));
        std::lock_guard lock(sessionMutex_);
        session_ = std::move(session);
        return ok();
      },
      std::move(done));
}

void CaptureService::pause(const std::string& reason, QObject* context, Done<void> done) {
  post<void>(
      context,
      [this, reason]() -> Status {
        std::shared_ptr<media::CaptureSession> session;
        {
          std::lock_guard lock(sessionMutex_);
          session = session_;
        }
        if (!session) return noCapture();
        return session->pause(reason);
      },
      std::move(done));
}

void CaptureService::resume(QObject* context, Done<void> done) {
  post<void>(
      context,
      [this]() -> Status {
        std::shared_ptr<media::CaptureSession> session;
        {
          std::lock_guard lock(sessionMutex_);
          session = session_;
        }
        if (!session) return noCapture();
        return session->resume();
      },
      std::move(done));
}

void CaptureService::addMarker(const std::string& kind, const std::string& text, QObject* context,
                               Done<media::Marker> done) {
  post<media::Marker>(
      context,
      [this, kind, text]() -> Expected<media::Marker> {
        std::shared_ptr<media::CaptureSession> session;
        {
          std::lock_guard lock(sessionMutex_);
          session = session_;
        }
        if (!session) return noCapture();
        return session->addMarker(kind, text);
      },
      std::move(done));
}

void CaptureService::editMarker(int index, const std::string& text, QObject* context,
                                Done<void> done) {
  post<void>(
      context,
      [this, index, text]() -> Status {
        std::shared_ptr<media::CaptureSession> session;
        {
          std::lock_guard lock(sessionMutex_);
          session = session_;
        }
        if (!session) return noCapture();
        return session->editMarker(index, text);
      },
      std::move(done));
}

void CaptureService::stop(QObject* context, Done<media::CaptureSummary> done) {
  post<media::CaptureSummary>(
      context,
      [this]() -> Expected<media::CaptureSummary> {
        std::shared_ptr<media::CaptureSession> session;
        {
          std::lock_guard lock(sessionMutex_);
          session = session_;
        }
        if (!session) return noCapture();
        auto summary = session->stop();
        std::lock_guard lock(sessionMutex_);
        session_.reset();
        return summary;
      },
      std::move(done));
}

bool CaptureService::isRunning() const {
  std::lock_guard lock(sessionMutex_);
  return session_ != nullptr;
}

std::chrono::milliseconds CaptureService::mediaTime() const {
  std::lock_guard lock(sessionMutex_);
  return session_ ? session_->mediaTime() : std::chrono::milliseconds(0);
}

std::int64_t CaptureService::droppedFrames() const {
  std::lock_guard lock(sessionMutex_);
  return session_ ? session_->droppedFrames() : 0;
}

std::vector<InputLevels> CaptureService::latestLevels() const {
  std::lock_guard lock(signalsMutex_);
  return levels_;
}

QImage CaptureService::latestPreview(int input, std::uint64_t* serial) const {
  std::lock_guard lock(signalsMutex_);
  if (input < 0 || input >= static_cast<int>(previews_.size())) return {};
  const auto& preview = previews_[static_cast<std::size_t>(input)];
  if (serial) *serial = preview.serial;
  return preview.front;
}

void CaptureService::onLevels(const media::AudioLevels& levels) {
  std::lock_guard lock(signalsMutex_);
  for (auto& known : levels_) {
    if (known.input == levels.input) {
      known.peakDb = levels.peakDb;
      known.rmsDb = levels.rmsDb;
      return;
    }
  }
  levels_.push_back({levels.input, levels.peakDb, levels.rmsDb});
}

void CaptureService::onPreview(const media::PreviewFrame& frame) {
  if (frame.width <= 0 || frame.height <= 0 ||
      frame.rgb.size() < static_cast<std::size_t>(frame.width) * frame.height * 3) {
    return;
  }
  std::lock_guard lock(signalsMutex_);
  if (frame.input < 0 || frame.input >= static_cast<int>(previews_.size())) return;
  auto& preview = previews_[static_cast<std::size_t>(frame.input)];
  // The frame's buffer belongs to the engine: copied row by row into a buffer of ours. In steady
  // state (same size, the UI done with it) nothing is allocated.
  if (preview.back.width() != frame.width || preview.back.height() != frame.height ||
      !preview.back.isDetached()) {
    preview.back = QImage(frame.width, frame.height, QImage::Format_RGB888);
  }
  const std::size_t row = static_cast<std::size_t>(frame.width) * 3;
  for (int y = 0; y < frame.height; ++y) {
    std::memcpy(preview.back.scanLine(y), frame.rgb.data() + row * static_cast<std::size_t>(y),
                row);
  }
  std::swap(preview.front, preview.back);
  ++preview.serial;
}

}  // namespace audientia::gui
