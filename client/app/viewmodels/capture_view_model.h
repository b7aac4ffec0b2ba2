#pragma once

// The hearing room's state (prosecutors): the hearing being prepared (a new one, with case
// number, kind, participants and their roles, room and title, or an existing one recorded into
// again), the sources (cameras and microphones of this workstation, saved as its room layout,
// or the clearly marked test sources), and the recording itself: start, pause with a reason,
// resume, stop and seal, typed markers, live meters and previews, the clock, the health banner
// and the event list. The capture runs through CaptureService (never on the UI thread); a new
// hearing is created through HearingsApiService. Once the capture runs, captureStarted() hands
// its folder to the upload queue, which follows it while it records and completes it at the
// seal. At start, captures an earlier run left unsealed (a crash) are offered for resuming.

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "audientia/v1/hearings.pb.h"
#include "services/capture_service.h"
#include "services/hearings_api_service.h"
#include "viewmodels/capture_event_model.h"
#include "viewmodels/capture_marker_model.h"

namespace audientia::gui {

enum class CaptureState {
  kUnspecified = 0,
  kPreparing,  // the form and the sources; nothing records
  kStarting,   // creating the hearing, opening the inputs
  kRecording,
  kPaused,
  kStopping,  // sealing
  kSealed,    // done; the upload completes it on the server
};

struct ParticipantEntry {
  QString role;  // a key of participantRoles(): "witness"
  QString name;
};

// A marker the keyboard stamps: F2 "question"...
struct MarkerKind {
  QString kind;   // stored in the manifest
  QString label;  // the user's words
  QString shortcut;
  bool asksText = false;  // asks for the text first (a note)
};

struct SourceEntry {
  QString spec;  // "v4l2:/dev/video0", "lavfi:..."
  QString label;
  bool video = false;
};

struct MeterChannel {
  QString label;  // "Microphone 1 · L"
  double peakDb = -120;
  double rmsDb = -120;
  bool clipping = false;  // a peak at full scale in the last second
};

struct HealthBanner {
  EventSeverity severity = EventSeverity::kUnspecified;  // kUnspecified: nothing to show
  QString text;
};

class CaptureViewModel : public QObject {
  Q_OBJECT

 public:
  // captureRoot: where captures are written, one folder each.
  CaptureViewModel(CaptureService& capture, HearingsApiService& hearings, QString captureRoot,
                   QObject* parent = nullptr);
  ~CaptureViewModel() override;

  // --- The hearing
  // The office new hearings are created in: the logged-in prosecutor's.
  void setOfficeId(const QString& officeId) { officeId_ = officeId; }
  static QStringList participantRoles();  // "suspect", "defendant", ...
  static QString participantRoleLabel(const QString& role);
  static QList<v1::HearingKind> hearingKinds();
  void setCaseNumber(const QString& caseNumber);
  void setKind(v1::HearingKind kind);
  void setTitle(const QString& title);
  void setLocation(const QString& location);
  void setParticipants(const QList<ParticipantEntry>& participants);
  const QString& caseNumber() const { return caseNumber_; }
  v1::HearingKind kind() const { return kind_; }
  const QString& title() const { return title_; }
  const QString& location() const { return location_; }
  const QList<ParticipantEntry>& participants() const { return participants_; }
  // Records into an existing hearing (a further session of it) instead of creating one.
  void useExistingHearing(const QString& hearingId, const QString& caseNumber);
  void useNewHearing();
  bool isExistingHearing() const { return !existingHearingId_.isEmpty(); }
  // The hearing was created by record() (not chosen among the existing ones).
  bool isCreatedHere() const { return createdHere_; }
  // The hearing recorded (set once created or chosen).
  const QString& hearingId() const { return hearingId_; }
  // What keeps recording from starting, in the user's words; empty when it may start.
  QStringList problems() const;
  bool canRecord() const;

  // --- The sources
  // Asks the engine for this machine's devices (devicesChanged when known).
  void loadDevices();
  const std::vector<SourceEntry>& devices() const { return devices_; }
  static SourceEntry testCamera();
  static SourceEntry testMicrophone();
  void setSources(const QStringList& video, const QStringList& audio);
  void useTestSources();
  const QStringList& videoSources() const { return video_; }
  const QStringList& audioSources() const { return audio_; }
  // Any lavfi source: the recording is not of a real room (training, tests).
  bool usesTestSources() const;
  QString sourceLabel(const QString& spec) const;
  // The workstation's room layout: saved at each start, loaded at construction.
  void saveProfile() const;

  // --- Recording
  CaptureState state() const { return state_; }
  QString stateText() const;
  bool isCapturing() const;  // recording or paused (or on the way): closing must ask first
  void record();
  static QStringList pauseReasons();
  void pause(const QString& reason);
  void resume();
  void stop();
  // After the seal: ready for the next hearing (the form keeps the sources).
  void startOver();
  const std::vector<MarkerKind>& markerKinds() const { return markerKinds_; }
  // Stamps marker kind `kindIndex` now; text may be empty.
  void addMarker(int kindIndex, const QString& text = {});
  CaptureMarkerModel* markers() { return &markers_; }
  CaptureEventModel* events() { return &events_; }

  // Live signals (refreshed about 20 times a second while capturing).
  const std::vector<MeterChannel>& meters() const { return meters_; }
  QImage preview(int videoInput) const;
  QString elapsedText() const;
  std::int64_t elapsedMs() const;
  const HealthBanner& banner() const { return banner_; }
  const QString& captureDir() const { return captureDir_; }
  // Frames dropped so far (once sealed: by the whole recording).
  std::int64_t droppedFrames() const;
  const QString& sealSummary() const { return sealSummary_; }

  // --- After a crash
  void findInterrupted();
  const std::vector<InterruptedCapture>& interrupted() const { return interrupted_; }
  // Resumes recording into the interrupted capture `index` (same hearing, same folder; the gap
  // is in its manifest), with the sources it was recorded from.
  void resumeInterrupted(int index);
  // Seals it as it is and hands it to the upload queue.
  void sealInterrupted(int index);

 signals:
  void stateChanged(audientia::gui::CaptureState state);
  void formChanged();
  void devicesChanged();
  void sourcesChanged();
  void metersChanged();
  void previewChanged(int videoInput);
  void clockChanged();
  void bannerChanged();
  void errorOccurred(const QString& message);
  void statusMessage(const QString& message);
  void hearingCreated(const QString& hearingId);
  // A capture folder to upload (following it while it records).
  void captureStarted(const QString& hearingId, const QString& directory);
  void interruptedFound(int count);

 private:
  void setState(CaptureState state);
  void startCapture(bool resume);
  void onHealth(const media::HealthEvent& event);
  void tick();
  void addEvent(EventSeverity severity, const QString& what, const QString& detail,
                const QString& technical = {});
  void updateBanner();
  QString inputLabel(int input) const;
  void loadProfile();
  void loadMarkerKinds();

  CaptureService& capture_;
  HearingsApiService& hearingsApi_;
  QString captureRoot_;
  CaptureState state_ = CaptureState::kPreparing;

  QString officeId_;
  QString caseNumber_;
  v1::HearingKind kind_ = v1::HEARING_KIND_UNSPECIFIED;
  QString title_;
  QString location_;
  QList<ParticipantEntry> participants_;
  QString existingHearingId_;
  bool createdHere_ = false;
  QString hearingId_;

  std::vector<SourceEntry> devices_;
  QStringList video_;
  QStringList audio_;

  std::vector<MarkerKind> markerKinds_;
  CaptureMarkerModel markers_;
  CaptureEventModel events_;
  QString captureDir_;
  QString sealSummary_;
  std::int64_t droppedAtSeal_ = 0;
  bool resuming_ = false;

  QTimer ticker_;
  std::vector<MeterChannel> meters_;
  std::vector<std::chrono::steady_clock::time_point> clippedAt_;
  std::vector<std::uint64_t> previewSerials_;
  std::int64_t lastSecond_ = -1;
  std::int64_t frozenElapsedMs_ = 0;  // the clock shown once stopped

  // Problems the engine reported and not yet over, by (input, group).
  struct ActiveProblem {
    EventSeverity severity = EventSeverity::kWarning;
    QString text;
    std::chrono::steady_clock::time_point since;
    bool transient = false;  // clears by itself after a while (clipping, dropped frames)
  };
  std::map<std::pair<int, int>, ActiveProblem> problems_;
  HealthBanner banner_;

  std::vector<InterruptedCapture> interrupted_;
};

}  // namespace audientia::gui

Q_DECLARE_METATYPE(audientia::gui::CaptureState)
