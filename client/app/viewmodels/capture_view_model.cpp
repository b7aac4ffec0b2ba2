#include "viewmodels/capture_view_model.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <algorithm>
#include <cmath>

#include "viewmodels/formatting.h"

namespace audientia::gui {
namespace {

constexpr int kTickMs = 50;  // meters: about 20 updates a second

QString messageOf(const Error& error) {
  return QString::fromStdString(error.message());
}

QDateTime wallOf(std::chrono::system_clock::time_point time) {
  return QDateTime::fromMSecsSinceEpoch(
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count());
}

std::vector<std::string> toStd(const QStringList& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(item.toStdString());
  return out;
}

}  // namespace

CaptureViewModel::CaptureViewModel(CaptureService& capture, HearingsApiService& hearings,
                                   QString captureRoot, QObject* parent)
    : QObject(parent),
      capture_(capture),
      hearingsApi_(hearings),
      captureRoot_(std::move(captureRoot)),
      markers_(this),
      events_(this) {
  qRegisterMetaType<CaptureState>();
  ticker_.setInterval(kTickMs);
  connect(&ticker_, &QTimer::timeout, this, &CaptureViewModel::tick);
  connect(&capture_, &CaptureService::healthEvent, this, &CaptureViewModel::onHealth);
  connect(&markers_, &CaptureMarkerModel::textEdited, this, [this](int index, const QString& text) {
    capture_.editMarker(index, text.toStdString(), this, [this, index, text](Status done) {
      if (!done) {
        emit errorOccurred(
            tr("The marker's text could not be changed: %1").arg(messageOf(done.error())));
        return;
      }
      markers_.setText(index, text);
    });
  });
  loadMarkerKinds();
  loadProfile();
}

CaptureViewModel::~CaptureViewModel() = default;

// --- The hearing

QStringList CaptureViewModel::participantRoles() {
  return {QStringLiteral("suspect"),       QStringLiteral("defendant"),
          QStringLiteral("victim"),        QStringLiteral("witness"),
          QStringLiteral("injured party"), QStringLiteral("interpreter"),
          QStringLiteral("lawyer"),        QStringLiteral("legal guardian"),
          QStringLiteral("expert"),        QStringLiteral("other")};
}

QString CaptureViewModel::participantRoleLabel(const QString& role) {
  return participantRoleName(role);  // formatting.h: the hearing's details show them too
}

QList<v1::HearingKind> CaptureViewModel::hearingKinds() {
  return {v1::HEARING_KIND_SUSPECT, v1::HEARING_KIND_DEFENDANT, v1::HEARING_KIND_VICTIM,
          v1::HEARING_KIND_WITNESS, v1::HEARING_KIND_EXPERT,    v1::HEARING_KIND_OTHER};
}

void CaptureViewModel::setCaseNumber(const QString& caseNumber) {
  if (caseNumber_ == caseNumber) return;
  caseNumber_ = caseNumber;
  emit formChanged();
}

void CaptureViewModel::setKind(v1::HearingKind kind) {
  if (kind_ == kind) return;
  kind_ = kind;
  emit formChanged();
}

void CaptureViewModel::setTitle(const QString& title) {
  if (title_ == title) return;
  title_ = title;
  emit formChanged();
}

void CaptureViewModel::setLocation(const QString& location) {
  if (location_ == location) return;
  location_ = location;
  emit formChanged();
}

void CaptureViewModel::setParticipants(const QList<ParticipantEntry>& participants) {
  participants_ = participants;
  emit formChanged();
}

void CaptureViewModel::useExistingHearing(const QString& hearingId, const QString& caseNumber) {
  if (isCapturing()) return;
  existingHearingId_ = hearingId;
  hearingId_ = hearingId;
  caseNumber_ = caseNumber;
  createdHere_ = false;
  emit formChanged();
}

void CaptureViewModel::useNewHearing() {
  if (isCapturing()) return;
  existingHearingId_.clear();
  hearingId_.clear();
  createdHere_ = false;
  emit formChanged();
}

QStringList CaptureViewModel::problems() const {
  QStringList out;
  if (!isExistingHearing()) {
    const QString caseNumber = caseNumber_.trimmed();
    if (caseNumber.isEmpty()) {
      out << tr("Enter the case number.");
    } else if (caseNumber.size() > 100) {
      out << tr("The case number is longer than 100 characters.");
    }
    if (kind_ == v1::HEARING_KIND_UNSPECIFIED) out << tr("Choose the kind of hearing.");
    if (participants_.isEmpty()) out << tr("Add the person heard (a participant with a role).");
    for (int i = 0; i < participants_.size(); ++i) {
      if (participants_[i].name.trimmed().isEmpty()) {
        out << tr("Participant %1 has no name.").arg(i + 1);
      }
      if (participants_[i].role.trimmed().isEmpty()) {
        out << tr("Participant %1 has no role.").arg(i + 1);
      }
    }
  }
  if (video_.isEmpty() && audio_.isEmpty()) {
    out << tr("Choose at least one camera or microphone.");
  }
  return out;
}

bool CaptureViewModel::canRecord() const {
  return state_ == CaptureState::kPreparing && problems().isEmpty();
}

// --- The sources

SourceEntry CaptureViewModel::testCamera() {
  return {QStringLiteral("lavfi:testsrc2=size=640x360:rate=25"),
          tr("Test camera (generated picture)"), true};
}

SourceEntry CaptureViewModel::testMicrophone() {
  return {QStringLiteral("lavfi:sine=frequency=440:sample_rate=48000"),
          tr("Test microphone (440 Hz tone)"), false};
}

void CaptureViewModel::loadDevices() {
  capture_.listDevices(this, [this](Expected<std::vector<media::DeviceInfo>> found) {
    devices_.clear();
    if (found) {
      int cameras = 0, microphones = 0;
      for (const auto& device : *found) {
        const bool video = device.media == media::DeviceMedia::kVideo;
        QString label = QString::fromStdString(device.description);
        if (label.isEmpty()) {
          label = video ? tr("Camera %1").arg(++cameras) : tr("Microphone %1").arg(++microphones);
        }
        devices_.push_back({QString::fromStdString(device.spec), label, video});
      }
    }
    devices_.push_back(testCamera());
    devices_.push_back(testMicrophone());
    emit devicesChanged();
  });
}

void CaptureViewModel::setSources(const QStringList& video, const QStringList& audio) {
  if (isCapturing()) return;
  video_ = video;
  audio_ = audio;
  emit sourcesChanged();
  emit formChanged();
}

void CaptureViewModel::useTestSources() {
  setSources({testCamera().spec}, {testMicrophone().spec});
}

bool CaptureViewModel::usesTestSources() const {
  const auto isTest = [](const QString& spec) { return spec.startsWith(QLatin1String("lavfi:")); };
  return std::any_of(video_.begin(), video_.end(), isTest) ||
         std::any_of(audio_.begin(), audio_.end(), isTest);
}

QString CaptureViewModel::sourceLabel(const QString& spec) const {
  for (const auto& device : devices_) {
    if (device.spec == spec) return device.label;
  }
  if (spec == testCamera().spec) return testCamera().label;
  if (spec == testMicrophone().spec) return testMicrophone().label;
  if (spec.startsWith(QLatin1String("lavfi:"))) {
    return tr("Test source (%1)").arg(spec.mid(6).section(QLatin1Char('='), 0, 0));
  }
  return spec;
}

void CaptureViewModel::saveProfile() const {
  QSettings settings;
  settings.setValue(QStringLiteral("capture/video"), video_);
  settings.setValue(QStringLiteral("capture/audio"), audio_);
}

void CaptureViewModel::loadProfile() {
  QSettings settings;
  video_ = settings.value(QStringLiteral("capture/video")).toStringList();
  audio_ = settings.value(QStringLiteral("capture/audio")).toStringList();
}

void CaptureViewModel::loadMarkerKinds() {
  markerKinds_ = {{QStringLiteral("question"), tr("Question"), QStringLiteral("F2"), false},
                  {QStringLiteral("answer"), tr("Answer"), QStringLiteral("F3"), false},
                  {QStringLiteral("objection"), tr("Objection"), QStringLiteral("F4"), false},
                  {QStringLiteral("exhibit"), tr("Exhibit shown"), QStringLiteral("F5"), false},
                  {QStringLiteral("note"), tr("Note"), QStringLiteral("F6"), true}};
  // A workstation's own set: [capture] markers = "F2|question|Question|0", ... (kind, label,
  // asks for text).
  QSettings settings;
  const QStringList custom = settings.value(QStringLiteral("capture/markers")).toStringList();
  std::vector<MarkerKind> configured;
  for (const auto& entry : custom) {
    const QStringList parts = entry.split(QLatin1Char('|'));
    if (parts.size() < 3 || parts[1].trimmed().isEmpty()) continue;
    configured.push_back({parts[1].trimmed(), parts[2].trimmed(), parts[0].trimmed(),
                          parts.size() > 3 && parts[3].trimmed() == QLatin1String("1")});
  }
  if (!configured.empty()) markerKinds_ = std::move(configured);
}

// --- Recording

QString CaptureViewModel::stateText() const {
  switch (state_) {
    case CaptureState::kPreparing:
      return tr("Not recording");
    case CaptureState::kStarting:
      return tr("Starting…");
    case CaptureState::kRecording:
      return tr("RECORDING");
    case CaptureState::kPaused:
      return tr("PAUSED");
    case CaptureState::kStopping:
      return tr("Sealing…");
    case CaptureState::kSealed:
      return tr("Sealed");
    default:
      return {};
  }
}

bool CaptureViewModel::isCapturing() const {
  return state_ == CaptureState::kStarting || state_ == CaptureState::kRecording ||
         state_ == CaptureState::kPaused || state_ == CaptureState::kStopping;
}

void CaptureViewModel::setState(CaptureState state) {
  if (state_ == state) return;
  state_ = state;
  emit stateChanged(state);
}

void CaptureViewModel::record() {
  if (state_ != CaptureState::kPreparing) return;
  const QStringList missing = problems();
  if (!missing.isEmpty()) {
    emit errorOccurred(tr("Recording cannot start yet:\n%1").arg(missing.join(QLatin1Char('\n'))));
    return;
  }
  setState(CaptureState::kStarting);
  if (isExistingHearing()) {
    hearingId_ = existingHearingId_;
    startCapture(false);
    return;
  }
  v1::CreateHearingRequest request;
  request.set_office_id(officeId_.toStdString());
  request.set_case_number(caseNumber_.trimmed().toStdString());
  request.set_kind(kind_);
  request.set_title(title_.trimmed().toStdString());
  request.set_location(location_.trimmed().toStdString());
  for (const auto& participant : participants_) {
    auto* added = request.add_participants();
    added->set_role(participant.role.trimmed().toStdString());
    added->set_name(participant.name.trimmed().toStdString());
  }
  hearingsApi_.createHearing(request, this, [this](Expected<v1::Hearing> created) {
    if (!created) {
      setState(CaptureState::kPreparing);
      emit errorOccurred(tr("The hearing could not be created, nothing was recorded: %1")
                             .arg(messageOf(created.error())));
      return;
    }
    hearingId_ = QString::fromStdString(created->id());
    // A retry after a failed start records into this hearing rather than a second one.
    existingHearingId_ = hearingId_;
    createdHere_ = true;
    emit hearingCreated(hearingId_);
    emit formChanged();
    startCapture(false);
  });
}

void CaptureViewModel::startCapture(bool resume) {
  media::CaptureOptions options;
  if (!resume) {
    const QString folder =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
        QLatin1Char('-') + hearingId_.left(8);
    captureDir_ = QDir(captureRoot_).filePath(folder);
    QDir().mkpath(captureRoot_);
    markers_.clear();
    events_.clear();
  }
  options.outputDir = captureDir_.toStdString();
  options.videoInputs = toStd(video_);
  options.audioInputs = toStd(audio_);
  options.hearingId = hearingId_.toStdString();
  options.title =
      (caseNumber_.trimmed() +
       (title_.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + title_.trimmed()))
          .toStdString();
  options.resume = resume;
  // The free space at which the engine stops and seals (settings: capture/diskFloorMiB).
  const qulonglong floorMiB =
      QSettings().value(QStringLiteral("capture/diskFloorMiB"), 256).toULongLong();
  options.diskFloorBytes = static_cast<std::uint64_t>(floorMiB) << 20;
  saveProfile();
  resuming_ = resume;
  capture_.start(options, this, [this, resume](Status started) {
    if (!started) {
      setState(CaptureState::kPreparing);
      emit errorOccurred(tr("Recording could not start: %1").arg(messageOf(started.error())));
      return;
    }
    meters_.clear();
    clippedAt_.clear();
    previewSerials_.assign(static_cast<std::size_t>(video_.size()), 0);
    problems_.clear();
    updateBanner();
    lastSecond_ = -1;
    sealSummary_.clear();
    markers_.setEditable(true);
    ticker_.start();
    setState(CaptureState::kRecording);
    addEvent(EventSeverity::kInfo,
             resume ? tr("Recording resumed after an interruption (the gap is recorded)")
                    : tr("Recording started"),
             usesTestSources() ? tr("test sources") : QString());
    emit captureStarted(hearingId_, captureDir_);
  });
}

QStringList CaptureViewModel::pauseReasons() {
  return {tr("Break requested by a participant"), tr("Consultation with the lawyer"),
          tr("Technical problem"), tr("Recess"), tr("Participant left the room")};
}

void CaptureViewModel::pause(const QString& reason) {
  if (state_ != CaptureState::kRecording) return;
  const QString why = reason.trimmed();
  if (why.isEmpty()) {
    emit errorOccurred(tr("A pause needs a reason: choose one or type it."));
    return;
  }
  capture_.pause(why.toStdString(), this, [this, why](Status done) {
    if (!done) {
      emit errorOccurred(tr("The recording could not be paused: %1").arg(messageOf(done.error())));
      return;
    }
    setState(CaptureState::kPaused);
    addEvent(EventSeverity::kInfo, tr("Paused"), why);
  });
}

void CaptureViewModel::resume() {
  if (state_ != CaptureState::kPaused) return;
  capture_.resume(this, [this](Status done) {
    if (!done) {
      emit errorOccurred(tr("The recording could not be resumed: %1").arg(messageOf(done.error())));
      return;
    }
    setState(CaptureState::kRecording);
    addEvent(EventSeverity::kInfo, tr("Resumed"), {});
  });
}

void CaptureViewModel::stop() {
  if (state_ != CaptureState::kRecording && state_ != CaptureState::kPaused) return;
  frozenElapsedMs_ = elapsedMs();
  setState(CaptureState::kStopping);
  capture_.stop(this, [this](Expected<media::CaptureSummary> summary) {
    ticker_.stop();
    markers_.setEditable(false);
    if (!summary) {
      // The engine keeps what it wrote; `capture recover` or the next start finishes it.
      setState(CaptureState::kSealed);
      addEvent(EventSeverity::kError, tr("Sealing failed"), messageOf(summary.error()));
      emit errorOccurred(tr("The recording stopped but could not be sealed: %1. Its folder %2 is "
                            "kept and will be offered for recovery at the next start.")
                             .arg(messageOf(summary.error()), captureDir_));
      return;
    }
    droppedAtSeal_ = summary->droppedFrames;
    sealSummary_ =
        tr("%n segment(s), %1, %2 frames dropped; seal %3", nullptr, summary->segmentCount)
            .arg(durationText(summary->recordedDuration.count()))
            .arg(summary->droppedFrames)
            .arg(QString::fromStdString(summary->sealSha256).left(16));
    addEvent(EventSeverity::kInfo, tr("Recording stopped and sealed"), sealSummary_);
    setState(CaptureState::kSealed);
    emit statusMessage(tr("The recording is sealed; it is uploaded in the background."));
  });
}

void CaptureViewModel::startOver() {
  if (state_ != CaptureState::kSealed) return;
  createdHere_ = false;
  existingHearingId_.clear();
  hearingId_.clear();
  caseNumber_.clear();
  title_.clear();
  participants_.clear();
  kind_ = v1::HEARING_KIND_UNSPECIFIED;
  captureDir_.clear();
  meters_.clear();
  problems_.clear();
  updateBanner();
  markers_.clear();
  events_.clear();
  setState(CaptureState::kPreparing);
  emit formChanged();
  emit metersChanged();
}

void CaptureViewModel::addMarker(int kindIndex, const QString& text) {
  if (state_ != CaptureState::kRecording && state_ != CaptureState::kPaused) return;
  if (kindIndex < 0 || kindIndex >= static_cast<int>(markerKinds_.size())) return;
  const MarkerKind kind = markerKinds_[static_cast<std::size_t>(kindIndex)];
  capture_.addMarker(
      kind.kind.toStdString(), text.trimmed().toStdString(), this,
      [this, kind](Expected<media::Marker> marker) {
        if (!marker) {
          emit errorOccurred(
              tr("The marker could not be written: %1").arg(messageOf(marker.error())));
          return;
        }
        markers_.append({marker->index, kind.kind, kind.label, QString::fromStdString(marker->text),
                         marker->mediaTime.count(), wallOf(marker->wallTime)});
      });
}

QImage CaptureViewModel::preview(int videoInput) const {
  return capture_.latestPreview(videoInput);
}

std::int64_t CaptureViewModel::elapsedMs() const {
  if (state_ == CaptureState::kRecording || state_ == CaptureState::kPaused) {
    return capture_.mediaTime().count();
  }
  if (state_ == CaptureState::kStopping || state_ == CaptureState::kSealed) return frozenElapsedMs_;
  return 0;
}

QString CaptureViewModel::elapsedText() const {
  return clockText(elapsedMs());
}

std::int64_t CaptureViewModel::droppedFrames() const {
  if (state_ == CaptureState::kSealed) return droppedAtSeal_;
  return capture_.droppedFrames();
}

QString CaptureViewModel::inputLabel(int input) const {
  if (input < 0) return tr("the recording");
  if (input < video_.size()) return sourceLabel(video_[input]);
  const int audio = input - static_cast<int>(video_.size());
  if (audio < audio_.size()) return sourceLabel(audio_[audio]);
  return tr("input %1").arg(input + 1);
}

}  // namespace audientia::gui
